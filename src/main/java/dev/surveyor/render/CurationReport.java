package dev.surveyor.render;

import dev.surveyor.json.Json;
import dev.surveyor.link.Urls;
import dev.surveyor.view.export.Curation;

/** {@code data/curation.json}: what a curator should look at next. */
public final class CurationReport {
  private CurationReport() {}

  public static OutputFile file(Curation curation) {
    return new OutputFile(Urls.CURATION_JSON, Json.pretty(curation));
  }
}
