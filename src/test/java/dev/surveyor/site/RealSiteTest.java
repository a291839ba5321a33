package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real survey, built from content/ into a temporary directory and read back. */
class RealSiteTest {
  private static Path out;
  private static SiteCheck site;

  @BeforeAll
  static void build() {
    Run run = RealBuild.run();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err(), "the real survey builds without warnings");
    out = RealBuild.out();
    site = RealBuild.site();
  }

  @Test
  void hasAPagePerPaperAndTheme() {
    long papers = site.pages().stream().filter(p -> p.startsWith("papers/")).count();
    assertEquals(469, papers);
    Set<String> themes =
        new TreeSet<>(site.pages().stream().filter(p -> p.startsWith("themes/")).toList());
    assertEquals(
        Set.of(
            "themes/curriculum.html",
            "themes/instruction-tuning.html",
            "themes/other.html",
            "themes/peft.html",
            "themes/reasoning.html"),
        themes);
  }

  @Test
  void everyInternalLinkAndAnchorResolvesAndEveryPageIsReachable() {
    assertEquals(List.of(), site.brokenLinks());
  }

  @Test
  void everyPaperIsReachableFromItsThemesOrOther() {
    Set<String> listed = new TreeSet<>();
    for (String page : site.pages()) {
      if (page.startsWith("themes/")) {
        site.page(page)
            .select(".paper-title a")
            .forEach(a -> listed.add(a.attr("href").replace("../", "")));
      }
    }
    assertEquals(469, listed.size());
  }

  @Test
  void papersJsonHasEveryPaperWithTheDocumentedFields() throws Exception {
    JsonNode papers = new ObjectMapper().readTree(out.resolve("data/papers.json").toFile());
    assertEquals(469, papers.size());
    for (JsonNode p : papers) {
      for (String field :
          List.of(
              "slug",
              "title",
              "abstract",
              "url",
              "themes",
              "evidence",
              "sources",
              "authors",
              "organization",
              "date",
              "upvotes",
              "links")) {
        assertTrue(p.has(field), field + " missing in " + p.get("slug"));
      }
      assertTrue(site.pages().contains(p.get("url").asText()));
      for (JsonNode theme : p.get("themes")) {
        assertTrue(p.get("evidence").has(theme.asText()), "evidence for each theme");
      }
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve("data/report.json").toFile());
    assertEquals(552, report.at("/totals/records").asInt());
    assertEquals(469, report.at("/totals/papers").asInt());
    assertEquals(83, report.at("/totals/duplicatesMerged").asInt());
    assertEquals(1872, report.at("/totals/lines").asInt());
    int merged = 0;
    for (JsonNode group : report.get("merged")) {
      merged += group.get("sources").size() - 1;
    }
    assertEquals(83, merged);
  }

  @Test
  void paperPagesShowEvidenceAndProvenance() {
    Document page =
        site.page("papers/masked-thought-simply-masking-partial-reasoning-steps-can.html");
    assertTrue(page.select(".verdict h3 a").text().contains("Reasoning"));
    assertTrue(
        page.select(".verdict .evidence li").first().text().contains(" in the title"),
        page.select(".verdict .evidence li").first().text());
    assertTrue(
        page.select(".verdict .decision")
            .first()
            .text()
            .matches(
                "Placed here by the theme's phrases: [0-9.]+ points \\(a paper joins the theme"
                    + " at [0-9.]+ points\\)\\."),
        page.select(".verdict .decision").first().text());
    assertEquals(4, page.select(".sources li").size());
    // readers see which listing and line; curators also get the file
    for (var source : page.select(".sources li")) {
      assertTrue(
          source
              .text()
              .matches(
                  "(First|Second|Third|Fourth|Fifth) listing, line [0-9,]+ \\(curators' file:"
                      + " sources/[0-9a-f_]+\\.txt:[0-9]+\\)"),
          source.text());
    }
    assertTrue(page.select("a[rel=prev], a[rel=next]").size() >= 1);
  }

  @Test
  void theHomePageShowsWhereToStartInEachThemeAndNoSectionOnThinData() {
    Document home = site.page("index.html");
    var key = home.select("section:has(> #start-heading) section");
    assertEquals(4, key.size());
    for (var theme : key) {
      assertEquals(3, theme.select(".paper-item").size(), theme.text());
    }
    // upvote counts exist for 32 of the 469 papers: too few to rank the survey by
    assertTrue(home.select("#popular-heading").isEmpty());
  }

  @Test
  void theHomeNamesWhereThePapersComeFromAndMethodologyKeepsTheRecordCounts() {
    Document home = site.page("index.html");
    assertEquals(
        "469 papers from five Hugging Face Daily Papers listings, captured in 2025.",
        home.selectFirst(".hero .totals").text());
    assertFalse(home.select(".hero").text().contains("records"), "bookkeeping left the home");
    assertEquals(
        "methodology.html",
        home.select(".intro a:contains(Methodology page)").attr("href"),
        "How to read the site links the page it names");
    Document methodology = site.page("methodology.html");
    var account = methodology.selectFirst("p.collection-account");
    assertEquals(
        "The five listings hold 552 records. 83 of them repeat a paper already found in another"
            + " listing and were merged into it, which leaves 469 papers.",
        account.text());
    // it and the table of what each listing gives close the section on collecting papers
    assertEquals("table", account.nextElementSibling().tagName());
    // then what the three listings of 119 records are (review 7), before the next section
    Element same = account.nextElementSibling().nextElementSibling();
    assertTrue(same.hasClass("same-length"), same.outerHtml());
    // and how many papers the listings dated (the home page's hero said it until review 9)
    Element dating = same.nextElementSibling();
    assertTrue(dating.hasClass("dating"), dating.outerHtml());
    // the last of the folded sub-section "The five listings, counted", before the next section
    assertNull(dating.nextElementSibling(), dating.parent().outerHtml());
    assertEquals("details", dating.parent().tagName());
    assertEquals("Assigning themes", dating.parent().nextElementSibling().text());
  }

  @Test
  void aThemeOverviewShowsItsLeadAndFoldsItsSectionsSoThePapersComeSoon() throws Exception {
    // Reasoning's whole overview put 1,000 words, 9.6 phone screens, before the first paper
    for (String theme : List.of("reasoning", "instruction-tuning", "curriculum", "peft")) {
      Document page = site.page("themes/" + theme + ".html");
      var intro = page.selectFirst("section.intro");
      var rest = intro.selectFirst("details.overview-rest.print-open");
      assertEquals("Read the whole overview", rest.selectFirst("summary").text(), theme);
      assertEquals("h3", rest.child(1).tagName(), theme + ": the fold starts at a heading");
      var lead = intro.clone();
      lead.select("details").remove();
      assertTrue(lead.select("h3").isEmpty(), theme);
      // what is read before the papers without opening anything
      var before = page.selectFirst("main").clone();
      before.select("details, section:has(#papers-heading)").remove();
      int words = before.text().split("\\s+").length;
      assertTrue(words < 450, theme + ": " + words + " words before the papers");
      // nothing lost: every paper the curated overview links is still linked from it
      String markdown =
          java.nio.file.Files.readString(Repo.content().resolve("themes/" + theme + ".md"));
      long curatedLinks =
          java.util.regex.Pattern.compile("\\]\\(paper:").matcher(markdown).results().count();
      assertEquals(curatedLinks, intro.select("a[href^=../papers/]").size(), theme);
    }
  }

  @Test
  void aLongThemePageShowsItsSubTopicsFirstWithTheirPapersFoldedAway() {
    // Reasoning was 27,000 px tall on a desktop (2,800 px folded, measured in Chromium)
    Document page = site.page("themes/reasoning.html");
    var subtopics = page.select("section.subtopic");
    assertTrue(subtopics.size() > 1);
    for (var subtopic : subtopics) {
      var folded = subtopic.selectFirst("details.subtopic-papers");
      if (subtopic.select(".paper-item").size() <= 4) {
        assertNull(folded, subtopic.id() + ": a group of four or fewer is shown open");
        continue;
      }
      assertTrue(folded != null && !folded.hasAttr("open"), subtopic.id());
      assertTrue(folded.selectFirst("summary").text().matches("Show the papers (of|in) .+"));
      assertEquals(
          subtopic.select(".paper-item").size(), folded.select(".paper-item").size(), "all inside");
    }
    // without scripts every paper is still in the page, a click away
    assertEquals(206, page.select("section.subtopic .paper-item").size());
  }

  @Test
  void aCuratedAbstractIsShownAsCuratedWithTheCapturedTextBesideIt() {
    Document page =
        site.page("papers/carft-boosting-llm-reasoning-via-contrastive-learning-with.html");
    assertTrue(page.selectFirst(".abstract").text().contains("approach, i.e., CARFT, to enhance"));
    assertTrue(
        page.selectFirst("details.captured summary").text().startsWith("Curated text: a curator"));
    assertTrue(
        page.selectFirst(".captured-abstract").text().contains("approach, i.e., , to enhance"));
    // MathSE's own macro reads as the name its title gives; LaTeX subscripts as text
    String mathse =
        site.page("papers/mathse-improving-multimodal-mathematical-reasoning-via-self.html")
            .selectFirst(".abstract")
            .text();
    assertTrue(mathse.contains("we propose MathSE, a Mathematical"), mathse);
    assertFalse(mathse.contains("\\method"), mathse);
  }

  @Test
  void aPaperACuratorTookOutOfItsOnlyThemeDoesNotSayTheRulesMissedIt() {
    Document page =
        site.page("papers/enhancing-domain-specific-retrieval-augmented-generation.html");
    String why = page.select("section:has(h2:containsOwn(Why it is grouped here))").text();
    assertTrue(
        why.contains("as the curator's note above explains")
            && !why.contains("No theme's rules matched"),
        why);
  }

  @Test
  void theNavigationBarUsesAThemesShortNameWhereItHasOne() {
    assertEquals(
        List.of(
            "Home",
            "Reasoning",
            "Instruction tuning",
            "Curriculum",
            "PEFT",
            "Other papers",
            "All papers",
            "Methods & models",
            "Map",
            "Methodology",
            "About"),
        site.page("index.html").select(".site-nav a").eachText());
    // the ways into the survey besides its lists, from any depth, marked where the reader is
    for (String page : List.of("search.html", "entities.html", "map.html")) {
      var current = site.page(page).select(".site-nav a[aria-current=page]");
      assertEquals(1, current.size(), page);
      assertEquals(page, current.attr("href"), page);
    }
    // the papers of no theme, a third of the survey, are a list like a theme's
    assertEquals(
        List.of("Other papers"),
        site.page("themes/other.html").select(".site-nav a[aria-current=page]").eachText());
    assertEquals(
        List.of("../entities.html", "../map.html"),
        site.page("themes/peft.html").select(".site-nav a").eachAttr("href").subList(7, 9));
    assertEquals(
        "Parameter-efficient fine-tuning", site.page("themes/peft.html").selectFirst("h1").text());
  }

  @Test
  void theMapsLegendCountsTheDotsDrawnAndTheThemesSizeWhereItDiffers() {
    // Review 6: the legend gave theme sizes (206) beside 197 dots drawn in the colour.
    Document map = site.page("map.html");
    List<String> differ = new java.util.ArrayList<>();
    for (var item : map.select(".legend li")) {
      String theme = item.selectFirst("a").attr("href");
      int listed = site.page(theme).select("li.paper-item").size();
      String colour = item.selectFirst(".swatch").className().replaceAll(".*tone-(\\d+).*", "$1");
      int drawn = map.select("circle.tone-" + colour).size();
      String count = item.selectFirst(".count").text();
      // review 7: "197 dots (206 papers)" read as two counts of one thing; the theme's size comes
      // first. Reader23: "197 in its colour, 9 in another theme's" was cryptic; it says why the
      // others take another colour.
      assertEquals(
          drawn == listed
              ? drawn + " papers"
              : listed
                  + " papers, "
                  + (listed - drawn)
                  + " of them drawn in the colour of another theme they match more closely",
          count,
          theme);
      if (drawn != listed) {
        differ.add(theme);
      }
    }
    assertEquals(5, map.select(".legend li").size());
    assertEquals(4, differ.size(), "every theme shares papers with another: " + differ);
  }

  @Test
  void oneThingHasOneName() {
    assertEquals("Other papers", site.page("themes/other.html").selectFirst("h1").text());
    assertEquals("Other papers", site.page("index.html").selectFirst(".theme-other h3").text());
    assertEquals("Other papers", site.page("map.html").select(".legend a").last().text());
    assertEquals(
        "Methods, benchmarks and models", site.page("entities.html").selectFirst("h1").text());
    // the footer repeats the navigation, whose bar has room only for the short name; the bar
    // leaves out Search, which its search box offers (review 7: search was offered twice)
    List<String> footer = site.page("index.html").select("footer .footer-links a").eachText();
    assertEquals(
        footer.stream().filter(l -> !l.equals("Search")).toList(),
        site.page("index.html").select("nav.site-nav a").eachText());
    assertTrue(footer.contains("Search"), footer.toString());
    assertEquals(
        site.page("index.html").select("nav.site-nav a[href=entities.html]").text(),
        site.page("index.html").select("footer a[href=entities.html]").text());
    assertTrue(site.page("entities/alpaca.html").text().contains("benchmark or dataset"));
  }

  @Test
  void eachThemesOverviewFollowsItsSubtopicsAndNoneIsACatchAll() {
    for (String theme : List.of("reasoning", "instruction-tuning", "curriculum", "peft")) {
      Document page = site.page("themes/" + theme + ".html");
      // the papers in no named sub-topic are listed apart, not as a group the overview describes
      List<String> subtopics =
          page.select("nav li a[href^=#topic-]:not([href=#topic-ungrouped])").eachText();
      List<String> headings = page.select(".prose h3").eachText();
      assertTrue(subtopics.size() >= 3, theme + ": " + subtopics);
      // the overview names every sub-topic, in the order the page lists them; it may say more
      assertEquals(subtopics, headings.stream().filter(subtopics::contains).toList(), theme);
      assertEquals(
          subtopics.size(),
          headings.stream().filter(subtopics::contains).distinct().count(),
          theme);
      int all = page.select("li.paper-item").size();
      for (var count : page.select("nav li:has(a[href^=#topic-]) .count")) {
        // "Evaluating instruction following" once held 52 of the theme's 89 papers
        assertTrue(
            Integer.parseInt(count.text().replaceAll("[^0-9]", "")) <= 0.45 * all,
            theme + ": " + count.parent().text() + " of " + all);
      }
    }
  }

  @Test
  void aGroupShownToReadersHasANameOrIsListedApart() {
    for (String theme : List.of("reasoning", "instruction-tuning", "curriculum", "peft", "other")) {
      Document page = site.page("themes/" + theme + ".html");
      List<String> headings = page.select("section.subtopic h3").eachText();
      List<String> ids = page.select("section.subtopic").eachAttr("id");
      for (String heading : headings) {
        // "20B, disentangles, sharing": distinctive words are not a name
        assertTrue(!heading.matches("[^ ]+, [^ ]+, [^ ]+ [0-9,]+ papers?"), theme + ": " + heading);
      }
      // the papers in no named group come after the groups; only those a curator placed outside
      // the survey's scope come after them
      int apart = ids.indexOf("topic-ungrouped");
      int last = ids.size() - (ids.contains("topic-outside") ? 2 : 1);
      assertTrue(apart == -1 || apart == last, theme + ": " + ids);
      if (apart >= 0) {
        assertTrue(headings.get(apart).startsWith("Not in a named group"), headings.toString());
      }
    }
    // the catch-all of issue 22 is split into lines of work, none holding over a quarter
    Document reasoning = site.page("themes/reasoning.html");
    List<String> names = reasoning.select("section.subtopic h3").eachText();
    assertTrue(names.stream().noneMatch(n -> n.startsWith("Logical reasoning and benchmarks")));
    assertTrue(
        names.stream().anyMatch(n -> n.startsWith("Mathematical reasoning")), names.toString());
    int all = reasoning.select("section.subtopic li.paper-item").size();
    for (var section : reasoning.select("section.subtopic")) {
      int n = section.select("li.paper-item").size();
      // the papers that say no group's name are listed apart, not under a name; they may be
      // more, but a page mostly of them would have no structure to show
      double most = section.id().equals("topic-ungrouped") ? 1 / 3.0 : 0.25;
      assertTrue(n <= most * all, section.selectFirst("h3").text() + ": " + n + " of " + all);
    }
    // the Other page shows the lines of work a curator named (survey.md), the rest apart
    Document other = site.page("themes/other.html");
    List<String> groups = other.select("section.subtopic h3").eachText();
    assertTrue(
        groups.stream().anyMatch(g -> g.startsWith("Retrieval-augmented generation")),
        groups.toString());
    // after the groups, those in none; last, those a curator placed outside the survey's scope
    List<String> ids = other.select("section.subtopic").eachAttr("id");
    assertEquals(
        List.of("topic-ungrouped", "topic-outside"),
        ids.subList(ids.size() - 2, ids.size()),
        groups.toString());
  }

  @Test
  void upvotesAreCountedInWords() {
    List<String> upvotes = site.page("papers.html").select(".upvotes").eachText();
    assertTrue(upvotes.contains("1 upvote") && upvotes.contains("2 upvotes"), upvotes.toString());
    assertTrue(upvotes.stream().noneMatch("1 upvotes"::equals));
  }

  @Test
  void aThemeACuratorTookOutIsShownAsTheirDecisionNotAsANearMiss() {
    Document page =
        site.page("papers/enhancing-domain-specific-retrieval-augmented-generation.html");
    assertEquals("Reasoning", page.select(".verdict.removed h3").text());
    assertTrue(
        page.select(".verdict.removed .decision")
            .text()
            .startsWith("Taken out by a curator (see the curator's note), though"),
        page.select(".verdict.removed").text());
    assertTrue(page.select(".near-misses h3").eachText().stream().noneMatch("Reasoning"::equals));
  }

  @Test
  void aPaperPageLinksWhereToFindThePaperByItsTitle() {
    Document page = site.page("papers/directional-reasoning-injection-for-fine-tuning-mllms.html");
    List<String> links = page.select(".find a").eachAttr("href");
    assertEquals(
        List.of(
            "https://arxiv.org/search/?searchtype=title&query=Directional+Reasoning+Injection+for+Fine-Tuning+MLLMs",
            "https://scholar.google.com/scholar?q=%22Directional+Reasoning+Injection+for+Fine-Tuning+MLLMs%22",
            "https://www.semanticscholar.org/search?q=Directional+Reasoning+Injection+for+Fine-Tuning+MLLMs"),
        links);
  }

  @Test
  void evidenceAgainstAThemeReadsAsSubtractedPoints() {
    Document page =
        site.page("papers/hdflow-enhancing-llm-complex-problem-solving-with-hybrid.html");
    assertEquals(
        List.of("tools in the abstract points away from reasoning \u22121"),
        page.select(".verdict .evidence li.against").eachText());
    assertTrue(
        page.select(".verdict .evidence li:not(.against)").eachText().stream()
            .allMatch(c -> c.matches(".* \\+[0-9.]+")));
  }

  @Test
  void aVerdictShowsEachWordsFoundInAFieldOnceWithThePointsOfEveryCueTheyMatched() {
    // "Instruction" in this title matches a title cue and an abstract cue weighed up in the title,
    // and lies inside "Instruction Tuning": one line says all three.
    Document page = site.page("papers/a-closer-look-at-the-limitations-of-instruction-tuning.html");
    List<String> lines = page.select(".verdict").first().select(".evidence li").eachText();
    assertEquals(
        lines.size(),
        lines.stream().map(c -> c.replaceAll(" [-+\u2212]?[0-9.]+$", "")).distinct().count(),
        lines.toString());
    assertTrue(
        lines.contains("Instruction Tuning in the title and the abstract +15"), lines.toString());
    assertTrue(
        page.select(".verdict")
            .first()
            .text()
            .contains("20 points (a paper joins the theme at 8.75 points)"),
        page.select(".verdict").first().text());
  }

  @Test
  void listsOnAThemeOrOverlapPageNameOnlyTheOtherThemesOfEachPaper() {
    List<String> onTheme =
        site.page("themes/reasoning.html").select("li.paper-item .paper-meta .chip").eachText();
    assertTrue(!onTheme.isEmpty() && !onTheme.contains("Reasoning"), onTheme.toString());
    assertTrue(onTheme.contains("Instruction tuning"), onTheme.toString());
    List<String> onOverlap =
        site.page("overlaps/instruction-tuning.reasoning.html")
            .select("li.paper-item .paper-meta .chip")
            .eachText();
    assertTrue(
        !onOverlap.contains("Reasoning") && !onOverlap.contains("Instruction tuning"),
        onOverlap.toString());
    assertTrue(
        site.page("papers.html")
            .select("li.paper-item .paper-meta .chip")
            .eachText()
            .contains("Reasoning"));
  }

  @Test
  void aPaperPageSaysHowManyListingsHoldItWhereItWasFoundNotAsAFact() {
    Document page =
        site.page("papers/a-survey-on-large-language-models-for-mathematical-reasoning.html");
    assertEquals(List.of(), page.select(".facts dt:containsOwn(Listings)").eachText());
    assertFalse(page.select(".facts").text().contains("listing"), page.select(".facts").text());
    assertEquals(
        "Listed by Hugging Face Daily Papers, in 2 of the 5 listings captured in 2025. The capture"
            + " gives its title and abstract; not its date, its authors or a link to the paper's own"
            + " page there.",
        page.selectFirst("p.found").text());
  }

  @Test
  void abstractsShowTheTextTheirLatexAndMarkdownStandFor() {
    // the seed listings carry a url command, ties, font switches, escaped percent signs,
    // Markdown's strong emphasis and links, and a space the capture put into "https://"
    for (String page : site.pages()) {
      if (page.startsWith("papers/")) {
        String text = site.page(page).select("p.abstract").text();
        for (String markup :
            List.of(
                "\\url{",
                "\\allowbreak",
                "{\\sc ",
                "{\\tt ",
                "~(",
                "\\%",
                "**",
                "](",
                "https: //")) {
          assertTrue(!text.contains(markup), page + " shows " + markup);
        }
        // TeX's dashes read as dashes (58 "--" in 37 abstracts, 5 in titles); an arrow stays
        String shown = site.page(page).select("h1, p.abstract").text();
        assertFalse(shown.replace("-->", "").contains("--"), page + " shows a TeX dash");
        // a space set between an address and its full stop (the capture's) is not shown
        assertFalse(
            shown.matches("(?s).*https?://\\S+ \\.(\\s.*|$)"), page + ": ' .' after a link");
      }
    }
    assertEquals(
        "Pensez: Less Data, Better Reasoning \u2013 Rethinking French LLM",
        site.page("papers/pensez-less-data-better-reasoning-rethinking-french-llm.html")
            .selectFirst("h1")
            .text());
    var hdflow = site.page("papers/hdflow-enhancing-llm-complex-problem-solving-with-hybrid.html");
    assertEquals("https://github.com/wenlinyao/HDFlow", hdflow.select("p.abstract a").text());
    assertTrue(
        site.page("papers/harnessing-the-power-of-david-against-goliath-exploring.html")
            .select("p.abstract")
            .text()
            .contains("Large Language Models (LLMs)"));
    var searchInstruct =
        site.page("papers/searchinstruct-enhancing-domain-adaptation-via-retrieval.html");
    assertTrue(
        searchInstruct
            .select("p.abstract")
            .text()
            .endsWith("Git repository: https://github.com/mostafaamiri/SearchInstruct"),
        searchInstruct.select("p.abstract").text());
  }

  @Test
  void aPaperPageSaysWhenItsYearWasAssumedRatherThanPrinted() {
    var assumed = site.page("papers/a-practical-two-stage-recipe-for-mathematical-llms.html");
    // the header keeps the date and its mark; the Cite box below says what the mark means
    assertEquals("10 Jul 2025*", assumed.select(".facts dt:containsOwn(Date) + dd").text());
    // the entry and the page say the same of the year
    assertFalse(assumed.selectFirst("pre.bibtex").text().contains("year ="));
    assertTrue(
        assumed
            .selectFirst(".cite .note")
            .text()
            .contains(
                "The listing printed \u201cJul 10\u201d without a year; the site dates it 10 Jul"
                    + " 2025*, its year the capture year, which the entry leaves out."),
        assumed.selectFirst(".cite .note").text());
    assertEquals(
        "4 Mar 2024",
        site.page("papers/masked-thought-simply-masking-partial-reasoning-steps-can.html")
            .select(".facts dt:containsOwn(Date) + dd")
            .text());
  }

  @Test
  void theMapLetsTheKeyboardSkipItsPointsAndItsCaptionLinksTheListOfAllPapers() {
    Document map = site.page("map.html");
    org.jsoup.nodes.Element skip = map.selectFirst("figure.map > a.skip-link");
    assertEquals("#map-caption", skip.attr("href"));
    assertEquals("Skip the map's 469 points", skip.text());
    assertEquals(1, map.select("figcaption#map-caption").size());
    assertEquals(List.of("papers.html"), map.select("figcaption a").eachAttr("href"));
  }

  @Test
  void committedSiteIsWhatTheContentProduces() {
    assertEquals(
        MiniSite.snapshot(out),
        MiniSite.snapshot(Repo.site()),
        "site/ is stale: run ./surveyor build and commit site/");
  }

  @Test
  void aSecondBuildIsByteIdentical(@TempDir Path other) {
    Run run =
        Run.of(
            "build",
            "--content",
            Repo.content().toString(),
            "--templates",
            Repo.templates().toString(),
            "--out",
            other.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(MiniSite.snapshot(out), MiniSite.snapshot(other));
  }
}
