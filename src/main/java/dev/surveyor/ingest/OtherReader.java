package dev.surveyor.ingest;

import dev.surveyor.model.Markdown;
import dev.surveyor.model.OtherPage;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;

/**
 * Reads {@code other.md}, optional: the curator's lead line ({@code digest}) and introduction (the
 * body) for the page of papers in no theme, as a theme file gives its theme page's. Front matter is
 * optional; an unknown key in it is refused with its line and column.
 */
final class OtherReader {
  static final String FILE = "other.md";

  /** Front matter of {@code other.md}. */
  record OtherFront(String digest) {}

  private final ContentFiles files;
  private final CuratedFiles curated;

  OtherReader(ContentFiles files, CuratedFiles curated) {
    this.files = files;
    this.curated = curated;
  }

  OtherPage read(EarlierRead earlier) {
    if (earlier.applies(FILE)) {
      return earlier.previous().other();
    }
    SourceText text = files.readText(files.resolve(FILE));
    if (text == null) {
      return OtherPage.NONE;
    }
    FrontMatter fm = curated.split(text);
    if (fm == null) {
      return OtherPage.NONE;
    }
    OtherFront front = fm.yaml().isBlank() ? null : curated.parse(text, fm, OtherFront.class);
    Markdown intro = new Markdown(fm.body(), new Provenance(text.file(), fm.bodyLine()));
    return new OtherPage(front == null ? null : front.digest(), intro);
  }
}
