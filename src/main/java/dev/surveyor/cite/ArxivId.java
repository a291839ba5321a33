package dev.surveyor.cite;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the arXiv identifier a paper's links point at ("arxiv.org/abs/2401.01234v2"). */
public final class ArxivId {
  // New-style ids (2401.01234) and old-style ones (hep-th/9901001), each with an optional version.
  private static final Pattern LINK =
      Pattern.compile(
          "^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/"
              + "(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$");

  private ArxivId() {}

  /** The first link to an arXiv paper, as its identifier without version. */
  public static Optional<String> find(List<String> links) {
    for (String link : links) {
      Matcher m = LINK.matcher(link);
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
