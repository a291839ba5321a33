package dev.surveyor.view.export;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.text.ShownLinks;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The papers of {@code data/papers.json}, one export record per paper, in the survey's order. */
public final class PaperExports {
  /** One paper as exported; the writer spells the fields as the export documents them. */
  public record PaperEntry(
      String slug,
      String title,
      String abstractText,
      String url,
      List<String> themes,
      Map<String, List<String>> evidence,
      Map<String, Double> scores,
      List<Source> sources,
      Integer authors,
      String organization,
      String date,
      String datePrinted,
      Integer upvotes,
      List<String> links,
      List<String> authorNames,
      boolean authorNamesCut,
      Integer year,
      String venue,
      List<String> tags,
      List<Link> namedLinks) {}

  /** Where a record was found: a file relative to the content directory and a 1-based line. */
  public record Source(String file, int line) {}

  /** A link a source gives for the paper ("Paper", "Code"). */
  public record Link(String name, String url) {}

  private PaperExports() {}

  /** Made as they are written, so the export of a large survey is never whole in memory. */
  public static Stream<PaperEntry> of(Survey survey) {
    return survey.papers().stream().map(paper -> entry(survey, paper));
  }

  static PaperEntry entry(Survey survey, Paper paper) {
    Map<String, List<String>> evidence = new TreeMap<>();
    Map<String, Double> scores = new TreeMap<>();
    for (Assignment a : survey.assignmentsOf(paper)) {
      if (a.member()) {
        evidence.put(a.theme(), a.evidence().stream().map(Evidence::describe).toList());
        scores.put(a.theme(), a.score());
      }
    }
    return new PaperEntry(
        paper.slug(),
        paper.title(),
        // as the page shows it: a link through a captured mirror goes to its original host
        ShownLinks.plain(paper.abstractText(), paper.linkSpans()),
        Urls.paper(paper.slug()),
        survey.themesOf(paper),
        evidence,
        scores,
        paper.occurrences().stream()
            .map(o -> new Source(o.provenance().file(), o.provenance().line()))
            .toList(),
        paper.authorCount(),
        paper.organization(),
        paper.date() == null ? null : paper.date().iso(),
        paper.date() == null ? null : paper.date().printed(),
        paper.upvotes(),
        paper.links(),
        paper.details().authors(),
        paper.details().moreAuthors(),
        paper.details().year(),
        paper.details().venue(),
        paper.details().tags(),
        paper.details().links().stream().map(PaperExports::link).toList());
  }

  private static Link link(NamedLink link) {
    return new Link(link.name(), link.url());
  }
}
