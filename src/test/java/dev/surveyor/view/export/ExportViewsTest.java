package dev.surveyor.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Severity;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.support.Repo;
import dev.surveyor.view.export.Curation.CaptureLeftover;
import dev.surveyor.view.export.Curation.NearMiss;
import dev.surveyor.view.export.PaperExports.PaperEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export views of the real survey: what data/, the BibTeX files and the feed will say. */
class ExportViewsTest {
  private static Site.Loaded loaded;
  private static Survey survey;

  @BeforeAll
  static void load() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    loaded = Site.load(Repo.content(), null, diagnostics);
    diagnostics.throwIfErrors();
    survey = loaded.survey();
  }

  @Test
  void everyPaperIsExportedInOrderWithTheEvidenceOfEachOfItsThemes() {
    List<PaperEntry> entries = PaperExports.of(survey).toList();
    assertEquals(survey.papers().size(), entries.size());
    int sources = 0;
    for (int i = 0; i < entries.size(); i++) {
      Paper paper = survey.papers().get(i);
      PaperEntry entry = entries.get(i);
      assertEquals(paper.slug(), entry.slug());
      assertEquals(Urls.paper(paper.slug()), entry.url());
      assertEquals(survey.themesOf(paper), entry.themes(), paper.slug());
      assertEquals(new TreeSet<>(survey.themesOf(paper)), entry.evidence().keySet());
      assertEquals(entry.evidence().keySet(), entry.scores().keySet());
      assertEquals(paper.firstSeen().file(), entry.sources().get(0).file());
      assertEquals(paper.firstSeen().line(), entry.sources().get(0).line());
      sources += entry.sources().size();
    }
    // every record of every listing is a source of exactly one exported paper
    assertEquals(survey.corpus().recordCount(), sources);
  }

  @Test
  void theReportAccountsForEveryLineOfEveryListing() {
    Corpus corpus = survey.corpus();
    ListingReport.Report report = ListingReport.of(corpus);
    assertEquals(corpus.listings().size(), report.files().size());
    int lines = 0;
    for (ListingReport.FileReport file : report.files()) {
      long counted = file.lineRoles().values().stream().mapToLong(Long::longValue).sum();
      assertEquals(file.lines(), counted, file.file());
      assertEquals((long) file.chromeLines().size(), file.lineRoles().get("chrome"), file.file());
      assertEquals((long) file.rejected().size(), file.lineRoles().get("rejected"), file.file());
      lines += file.lines();
    }
    ListingReport.Totals totals = report.totals();
    assertEquals(lines, totals.lines());
    assertEquals(corpus.recordCount(), totals.records());
    assertEquals(survey.papers().size(), totals.papers());
    assertEquals(totals.records() - totals.papers(), totals.duplicatesMerged());
    // each merge lists the records it joined, so the merges account for every duplicate
    int joined = report.merged().stream().mapToInt(m -> m.sources().size() - 1).sum();
    assertEquals(totals.duplicatesMerged(), joined);
  }

  @Test
  void nearMissesAreRuledOutPapersCloseToTheThresholdClosestFirst() {
    Curation curation = CurationViews.of(survey);
    assertFalse(curation.nearMisses().isEmpty(), "this survey has near misses");
    assertEquals(curation.nearMisses().size(), curation.nearMissCount());
    for (NearMiss near : curation.nearMisses()) {
      Paper paper = paper(near.slug());
      Assignment a =
          survey.assignmentsOf(paper).stream()
              .filter(x -> x.theme().equals(near.theme()))
              .findFirst()
              .orElseThrow();
      assertEquals(Assignment.Decision.RULES_OUT, a.decision(), near.slug());
      assertTrue(near.score() >= 0.6 * near.threshold() && near.score() < near.threshold());
    }
    for (int i = 1; i < curation.nearMisses().size(); i++) {
      NearMiss before = curation.nearMisses().get(i - 1);
      NearMiss after = curation.nearMisses().get(i);
      int order = before.theme().compareTo(after.theme());
      assertTrue(order < 0 || order == 0 && before.score() >= after.score(), after.slug());
    }
    List<String> groups = new ArrayList<>(survey.themes().stream().map(Theme::slug).toList());
    groups.add(Survey.OTHER);
    assertEquals(groups, List.copyOf(curation.subtopics().keySet()));
  }

  @Test
  void leftoversAreFoundInTextNoNoteReplacedAndBecomeNotesAtTheirSource() {
    List<CaptureLeftover> leftovers = CurationViews.of(survey).captureLeftovers();
    assertFalse(leftovers.isEmpty(), "the capture of this survey left some");
    for (CaptureLeftover leftover : leftovers) {
      Paper paper = paper(leftover.slug());
      String text = leftover.field().equals("title") ? paper.title() : paper.abstractText();
      String core = leftover.excerpt().replace("…", "");
      assertTrue(text.contains(core), leftover.excerpt());
      assertTrue(
          survey.noteOf(paper).map(n -> n.abstractText().isEmpty()).orElse(true)
              || leftover.field().equals("title"),
          "a curated abstract has no leftovers: " + leftover.slug());
      Diagnostic note = leftover.asNote();
      assertEquals(Severity.NOTE, note.severity());
      assertEquals(paper.firstSeen().file(), note.file());
      assertEquals(paper.firstSeen().line(), note.line());
      assertEquals(
          paper.firstSeen()
              + ": note: "
              + leftover.problem()
              + " in the "
              + leftover.field()
              + ": \""
              + leftover.excerpt()
              + "\" (replace it in content/papers/"
              + paper.slug()
              + ".md)",
          note.format());
    }
    Set<String> slugs = new HashSet<>();
    leftovers.forEach(l -> slugs.add(l.slug()));
    // curated in content/papers: their notes replace the abstracts the capture broke
    assertFalse(slugs.stream().anyMatch(s -> s.startsWith("carft-")), slugs.toString());
  }

  @Test
  void theBibFilesHoldEveryPaperOnceInTheSurveyFileAndOnceByTheme() {
    List<BibFile> files = BibViews.of(survey, loaded.citations());
    assertEquals(survey.themes().size() + 2, files.size());
    assertEquals(Urls.SURVEY_BIB, files.get(0).path());
    assertEquals(survey.papers().size(), files.get(0).entries().size());
    assertTrue(files.get(0).description().startsWith(survey.papers().size() + " entries: "));
    for (int i = 0; i < survey.themes().size(); i++) {
      Theme theme = survey.themes().get(i);
      BibFile file = files.get(i + 1);
      assertEquals(Urls.themeBib(theme.slug()), file.path());
      assertEquals(survey.papersIn(theme).size(), file.entries().size(), theme.slug());
    }
    BibFile other = files.get(files.size() - 1);
    assertEquals(Urls.themeBib("other"), other.path());
    assertEquals(survey.papersInNoTheme().size(), other.entries().size());
  }

  @Test
  void theFeedCarriesTheNewestDatedPapersWithTheirThemes() {
    String base = "https://example.org/survey/";
    Survey hosted =
        survey.withContent(
            survey.content().withConfig(survey.content().config().withBaseUrl(base)));
    assertFalse(HostingViews.of(survey).hasBaseUrl(), "this survey names no base URL");
    Hosting hosting = HostingViews.of(hosted);
    assertEquals(base, hosting.baseUrl());
    Hosting.Feed feed = hosting.feed();
    assertEquals(base + Urls.FEED, feed.selfUrl());
    List<Paper> newest = Recency.newestFirst(survey.papers());
    int size = Math.min(survey.content().config().feedSize(), newest.size());
    assertTrue(size > 0, "this survey has dated papers");
    assertEquals(size, feed.entries().size());
    assertEquals(newest.get(0).date().iso() + "T00:00:00Z", feed.updated(), "the newest day");
    for (int i = 0; i < size; i++) {
      Paper paper = newest.get(i);
      Hosting.Entry entry = feed.entries().get(i);
      assertEquals(base + Urls.paper(paper.slug()), entry.url());
      // A day of its own only where the listing printed the year; else the feed's date.
      String printed = paper.date().machine();
      assertEquals(printed == null ? null : printed + "T00:00:00Z", entry.published());
      assertEquals(printed == null ? feed.updated() : entry.published(), entry.updated());
      assertEquals(
          survey.themesOf(paper), entry.categories().stream().map(Hosting.Category::term).toList());
    }
  }

  private static Paper paper(String slug) {
    return survey.papers().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
  }
}
