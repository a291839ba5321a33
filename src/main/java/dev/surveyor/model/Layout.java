package dev.surveyor.model;

/** The shapes of source we recognise, detected from a file's content. */
public enum Layout {
  BLANK_SEPARATED("title and abstract separated by blank lines"),
  BLANK_SEPARATED_WITH_METADATA(
      "title and abstract separated by blank lines, metadata lines after each record"),
  ALTERNATING("title and abstract on alternating lines"),
  FRONT_MATTER("one paper per file: YAML front matter, the abstract as the body"),
  JSON_LINES("one paper per line: a JSON object with its title, abstract, authors and date"),
  EMPTY("no records");

  private final String description;

  Layout(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
