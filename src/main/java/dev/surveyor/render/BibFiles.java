package dev.surveyor.render;

import dev.surveyor.cite.BibTeX;
import dev.surveyor.view.export.BibFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The BibTeX files: {@code survey.bib} for every paper, one per theme and one for "Other". */
public final class BibFiles {
  private BibFiles() {}

  public static List<OutputFile> of(List<BibFile> files) {
    return files.stream().map(BibFiles::file).toList();
  }

  /** One of them, made on whichever core writes it. */
  public static OutputFile file(BibFile file) {
    String text = BibTeX.file(file.description(), file.entries());
    return new OutputFile(file.path(), text.getBytes(StandardCharsets.UTF_8));
  }
}
