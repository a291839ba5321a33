package dev.surveyor.text;

import java.util.regex.Pattern;

/**
 * Slips of typing or capture that can be mended without guessing: a function word typed twice ("in
 * the the broad applications") and a space before a semicolon ("42.7 ; adding"). Only function
 * words, since a doubled content word may be meant ("that that", "had had" are left alone too); a
 * space before a full stop stays, as it often marks a dropped word or symbol ({@link Leftovers}
 * lists those for the curator).
 */
public final class TypingSlips {
  private static final Pattern DOUBLED =
      Pattern.compile(
          "\\b(the|The|a|an|of|to|in|and|is|are|for|on|with|by|from|as|at|we|our|this|its|be)"
              + "\\s+\\1\\b");

  private static final Pattern SPACE_BEFORE_SEMICOLON =
      Pattern.compile("(?<=[\\p{L}\\p{N})%]) +;(?=\\s)");

  private TypingSlips() {}

  public static String mended(String text) {
    String s = text;
    if (s.contains(" ;")) {
      s = SPACE_BEFORE_SEMICOLON.matcher(s).replaceAll(";");
    }
    return DOUBLED.matcher(s).replaceAll("$1");
  }
}
