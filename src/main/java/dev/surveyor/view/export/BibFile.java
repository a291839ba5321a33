package dev.surveyor.view.export;

import dev.surveyor.cite.Citation;
import java.util.List;

/**
 * One BibTeX file of the site.
 *
 * @param description what the file holds, for its header comment
 * @param entries the citations, in the file's order
 */
public record BibFile(String path, String description, List<Citation> entries) {
  public BibFile {
    entries = List.copyOf(entries);
  }
}
