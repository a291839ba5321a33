package dev.surveyor.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader should see of a captured title or abstract: its LaTeX read as the text it stands
 * for, Markdown's strong emphasis as the words it marks, and slips of typing mended ({@link
 * TypingSlips}), a function word it glued to a name parted from it and sentences it glued at a full
 * stop set apart ({@link GluedWords}), a prose word it glued to a bracket parted from it ({@link
 * GluedBrackets}), and dashes it typed as hyphens, spaced or not ({@link CollapsedDashes}, {@link
 * DashedLists}). Used wherever captured text enters, so pages, search, analysis and labels all see
 * the same words.
 */
public final class CapturedText {
  /**
   * The macros authors define for their own method's name ({@code \method}, {@code \ours}): an
   * abstract that uses one names the method the title names before its colon.
   */
  private static final Pattern NAME_MACRO =
      Pattern.compile("\\\\(?:method|methodname|ours|model|modelname|name|sys|system|approach)\\b");

  /** "MathSE: Improving ...": the name a title gives before its colon. */
  private static final Pattern TITLE_NAME = Pattern.compile("^([\\p{L}\\p{N}][\\w.+-]{1,30}):\\s");

  private CapturedText() {}

  public static String readable(String text) {
    return DashedLists.mended(
        CollapsedDashes.mended(
            TypingSlips.mended(
                GluedBrackets.mended(
                    GluedWords.mended(EmphasisMarks.plain(LatexText.readable(text)))))));
  }

  /**
   * An abstract as a reader should see it: {@link #readable}, and an author's macro for the
   * method's name replaced by the name the title gives ("\method" in the abstract of "MathSE:
   * Improving ..." reads "MathSE"). Left as written when the title names nothing.
   */
  public static String readableAbstract(String text, String title) {
    Matcher name = TITLE_NAME.matcher(title);
    String named =
        text.indexOf('\\') >= 0 && name.find()
            ? NAME_MACRO.matcher(text).replaceAll(Matcher.quoteReplacement(name.group(1)))
            : text;
    return readable(named);
  }
}
