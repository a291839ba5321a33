package dev.surveyor.ingest;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.SubtopicPins.PinFront;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;
import java.util.List;

/**
 * Reads {@code survey.md}: the site's settings from its front matter, the home introduction from
 * its body. Problems are reported; the defaults stand in for settings that could not be read.
 */
final class SettingsReader {
  static final String FILE = "survey.md";

  /** Front matter of {@code survey.md}. */
  record SurveyFront(
      String title,
      String tagline,
      String baseUrl,
      String language,
      Integer listingYear,
      String author,
      Integer feedSize,
      Integer relatedCount,
      List<PinFront> otherSubtopics,
      String sourceName,
      String sourceUrl,
      String captured,
      String repository,
      List<String> learnFrom,
      List<List<String>> searchSynonyms) {}

  /**
   * What {@code survey.md} gave.
   *
   * @param text the file as read, for errors about its keys; null when it was not read afresh
   */
  record Settings(SurveyConfig config, Markdown intro, SourceText text) {}

  private final ContentFiles files;
  private final CuratedFiles curated;
  private final Diagnostics diagnostics;

  SettingsReader(ContentFiles files, CuratedFiles curated, Diagnostics diagnostics) {
    this.files = files;
    this.curated = curated;
    this.diagnostics = diagnostics;
  }

  Settings read(EarlierRead earlier) {
    if (earlier.applies(FILE)) {
      return new Settings(earlier.previous().config(), earlier.previous().intro(), null);
    }
    SurveyConfig config = SurveyConfig.defaults();
    Markdown intro = new Markdown("", new Provenance(FILE, 1));
    SourceText survey = files.readText(files.resolve(FILE));
    if (survey == null) {
      diagnostics.report(Diagnostic.error(FILE, 0, "missing: the survey needs a survey.md"));
      return new Settings(config, intro, null);
    }
    FrontMatter fm = curated.split(survey);
    if (fm == null) {
      return new Settings(config, intro, survey);
    }
    SurveyFront front = curated.parse(survey, fm, SurveyFront.class);
    if (front != null) {
      check(survey, front);
      if (front.title() == null || front.title().isBlank()) {
        diagnostics.report(Diagnostic.error(FILE, 1, "front matter needs a title"));
      } else {
        config = config(front);
      }
    }
    intro = new Markdown(fm.body(), new Provenance(FILE, fm.bodyLine()));
    return new Settings(config, intro, survey);
  }

  /** Reports the link settings that cannot be used, at their values. */
  private void check(SourceText survey, SurveyFront front) {
    SurveyConfig.baseUrlProblem(front.baseUrl())
        .ifPresent(problem -> diagnostics.report(CuratedFiles.atKey(survey, "base_url", problem)));
    SurveyConfig.linkProblem(front.sourceUrl())
        .ifPresent(
            problem -> diagnostics.report(CuratedFiles.atKey(survey, "source_url", problem)));
    SurveyConfig.linkProblem(front.repository())
        .ifPresent(
            problem -> diagnostics.report(CuratedFiles.atKey(survey, "repository", problem)));
    if (front.searchSynonyms() != null) {
      for (List<String> group : front.searchSynonyms()) {
        if (group == null
            || group.stream().filter(n -> n != null && !n.isBlank()).distinct().count() < 2) {
          diagnostics.report(
              CuratedFiles.atKey(
                  survey,
                  "search_synonyms",
                  "must give each group two names or more, not " + group));
        }
      }
    }
  }

  private SurveyConfig config(SurveyFront front) {
    return SurveyConfig.builder()
        .title(front.title())
        .tagline(front.tagline())
        .baseUrl(front.baseUrl())
        .language(front.language())
        .listingYear(front.listingYear())
        .author(front.author())
        .feedSize(front.feedSize() == null ? 0 : front.feedSize())
        .relatedCount(front.relatedCount() == null ? 0 : front.relatedCount())
        .otherSubtopics(SubtopicPins.of(FILE, front.otherSubtopics(), diagnostics))
        .sourceName(front.sourceName())
        .sourceUrl(front.sourceUrl())
        .captured(front.captured())
        .repository(front.repository())
        .learnFrom(front.learnFrom())
        .searchSynonyms(front.searchSynonyms())
        .build();
  }
}
