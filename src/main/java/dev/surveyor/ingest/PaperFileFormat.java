package dev.surveyor.ingest;

import dev.surveyor.model.SourceText;
import java.util.List;

/**
 * One paper per Markdown file ({@link PaperFileParser}): a text source whose first line opens front
 * matter, whatever its name ends in.
 */
final class PaperFileFormat implements SourceFormat {
  private static final List<String> SUFFIXES = List.of(".txt", ".md", ".markdown");

  // A YAML reader is costly to start; a survey of listings alone never needs one.
  private volatile PaperFileParser parser;

  @Override
  public List<String> suffixes() {
    return SUFFIXES;
  }

  @Override
  public boolean claims(SourceText source) {
    return PaperFileParser.isPaperFile(source);
  }

  @Override
  public Result parse(SourceText source) {
    return parser().parse(source);
  }

  private PaperFileParser parser() {
    PaperFileParser made = parser;
    if (made == null) {
      synchronized (this) {
        made = parser;
        if (made == null) {
          made = new PaperFileParser(new YamlReader());
          parser = made;
        }
      }
    }
    return made;
  }
}
