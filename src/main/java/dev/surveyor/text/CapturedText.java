package dev.surveyor.text;

/**
 * What a reader should see of a captured title or abstract: its LaTeX read as the text it stands
 * for, and Markdown's strong emphasis as the words it marks. Used wherever captured text enters, so
 * pages, search, analysis and labels all see the same words.
 */
public final class CapturedText {
  private CapturedText() {}

  public static String readable(String text) {
    return EmphasisMarks.plain(LatexText.readable(text));
  }
}
