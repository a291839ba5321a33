package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.Repo;
import dev.surveyor.text.ShownLinks;
import org.junit.jupiter.api.Test;

/**
 * Paper pages and {@code papers.json} show an abstract's links from the links found when it was
 * read (a curator's abstract included), never searching it again: on every paper of the real survey
 * that is what searching every abstract shows.
 */
class KnownLinksTest {
  @Test
  void anAbstractsKnownLinksShowWhatSearchingItShows() throws Exception {
    Survey survey = Site.load(Repo.content(), null, new Diagnostics()).survey();
    int withLinks = 0;
    for (Paper paper : survey.papers()) {
      String text = paper.abstractText();
      assertEquals(
          ShownLinks.runs(text), ShownLinks.runs(text, paper.linkSpans()), paper.slug() + " runs");
      assertEquals(
          ShownLinks.plain(text),
          ShownLinks.plain(text, paper.linkSpans()),
          paper.slug() + " plain");
      withLinks += paper.links().isEmpty() ? 0 : 1;
    }
    int papers = survey.papers().size();
    assertTrue(
        withLinks > 10 && withLinks < papers,
        "abstracts with and without links: " + withLinks + " of " + papers);
  }
}
