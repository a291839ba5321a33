package dev.surveyor.markdown;

import dev.surveyor.model.Markdown;
import dev.surveyor.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Markdown into top-level blocks that render on their own exactly as they do in the whole
 * text, so a block unchanged since an earlier build need not be rendered again. A cut is made only
 * before a line that follows a blank line and begins at the margin with a letter, {@code #} or
 * {@code [}: there a new paragraph or heading starts, which nothing before it can continue (list
 * items and code need indentation, lazy lines no blank before) and which cannot loosen a list above
 * it. Text with constructs that reach across blank lines is left whole: link reference definitions,
 * code fences, and any HTML (an HTML block may end only at its closing tag, and the sanitiser
 * balances tags over the whole text).
 */
final class MarkdownBlocks {
  private static final List<String> SPANNING = List.of("]:", "```", "~~~", "<");

  private MarkdownBlocks() {}

  /** The blocks, in order: their texts joined are the text; each knows the line it starts on. */
  static List<Markdown> split(Markdown markdown) {
    String text = markdown.text();
    if (SPANNING.stream().anyMatch(text::contains)) {
      return List.of(markdown);
    }
    List<Markdown> blocks = new ArrayList<>();
    int blockStart = 0;
    int blockLine = markdown.start().line();
    int line = markdown.start().line();
    boolean afterBlank = false;
    boolean blockHasText = false;
    for (int at = 0; at < text.length(); ) {
      int end = text.indexOf('\n', at);
      int next = end < 0 ? text.length() : end + 1;
      if (afterBlank && blockHasText && startsBlock(text.charAt(at))) {
        blocks.add(
            new Markdown(
                text.substring(blockStart, at),
                new Provenance(markdown.start().file(), blockLine)));
        blockStart = at;
        blockLine = line;
        blockHasText = false;
      }
      afterBlank = text.substring(at, end < 0 ? text.length() : end).isBlank();
      blockHasText |= !afterBlank;
      at = next;
      line++;
    }
    blocks.add(
        new Markdown(
            text.substring(blockStart), new Provenance(markdown.start().file(), blockLine)));
    return blocks;
  }

  private static boolean startsBlock(char first) {
    return Character.isLetter(first) || first == '#' || first == '[';
  }
}
