package dev.surveyor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.Papers;
import dev.surveyor.view.export.HostingViews;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** feed.xml: well-formed Atom, the newest dated papers first, dated without a clock. */
class AtomFeedTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final SurveyConfig CONFIG =
      SurveyConfig.builder()
          .title("Tiny <Survey>")
          .tagline("Small & new")
          .baseUrl("https://example.org/s")
          .listingYear(2025)
          .feedSize(3)
          .build();

  private static final List<Paper> PAPERS =
      List.of(
          Papers.dated("older", "Older & <b>Wiser</b>", "Said \u0001 before.", "2025-01-05"),
          Papers.dated("newest", "Newest", "The newest one.", "2025-03-26"),
          Papers.paper("undated", "Undated", "No date was printed."),
          Papers.dated("middle-b", "Middle B", "Listed in February.", "2025-02-10"),
          Papers.dated("middle-a", "Middle A", "Listed the same day.", "2025-02-10"));

  private static final Survey SURVEY =
      Surveys.of(
          CONFIG,
          List.of(Surveys.theme("peft", "PEFT"), Surveys.theme("reasoning", "Reasoning & CoT")),
          PAPERS,
          Map.of("newest", List.of("peft", "reasoning"), "older", List.of("peft")));

  private static Element feed(Survey survey) throws Exception {
    OutputFile file = AtomFeed.of(HostingViews.of(survey));
    assertEquals("feed.xml", file.path());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // Throws unless the feed is well-formed XML.
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
    Element feed = xml.getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    return feed;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getLocalName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }

  @Test
  void theNewestDatedPapersComeFirstAsManyAsTheFeedSize() throws Exception {
    Element feed = feed(SURVEY);
    List<Element> entries = children(feed, "entry");
    // feed_size 3 of the four dated papers; a tie on the date goes by slug; undated never.
    assertEquals(
        List.of(
            "https://example.org/s/papers/newest.html",
            "https://example.org/s/papers/middle-a.html",
            "https://example.org/s/papers/middle-b.html"),
        entries.stream().map(e -> text(e, "id")).toList());
    assertEquals(
        List.of("2025-03-26T00:00:00Z", "2025-02-10T00:00:00Z", "2025-02-10T00:00:00Z"),
        entries.stream().map(e -> text(e, "updated")).toList());
    assertEquals("2025-03-26T00:00:00Z", text(feed, "updated"), "the newest entry's date");
  }

  @Test
  void anEntryWhoseYearIsAssumedClaimsNoDayOfItsOwn() throws Exception {
    // The capture printed "Apr 2" without a year; the survey assumes the capture year, 2025.
    Paper assumed =
        Papers.datedWithoutYear(
            "assumed",
            "Listed without a year",
            "Models at https://hf-mirror.492719920.workers.dev/acme/model for all.",
            "2025-04-02");
    List<Paper> papers = new ArrayList<>(PAPERS);
    papers.add(assumed);
    Element feed = feed(Surveys.of(CONFIG, SURVEY.themes(), papers, Map.of()));
    assertEquals("2025-04-02T00:00:00Z", text(feed, "updated"), "the newest day listed");
    List<Element> entries = children(feed, "entry");
    Element first = entries.get(0);
    assertEquals("https://example.org/s/papers/assumed.html", text(first, "id"));
    assertEquals(List.of(), children(first, "published"), "no day of its own");
    assertEquals("2025-04-02T00:00:00Z", text(first, "updated"), "the feed's date");
    assertEquals(
        "Models at https://huggingface.co/acme/model for all.",
        text(first, "summary"),
        "the link as the paper page shows it, not through the capture's mirror");
    Element printed = entries.get(1);
    assertEquals("https://example.org/s/papers/newest.html", text(printed, "id"));
    assertEquals("2025-03-26T00:00:00Z", text(printed, "published"));
    assertEquals("2025-03-26T00:00:00Z", text(printed, "updated"));
  }

  @Test
  void textFromSourcesAndSettingsIsEscapedAndComesBackAsWritten() throws Exception {
    Survey one =
        Surveys.of(CONFIG, SURVEY.themes(), List.of(PAPERS.get(0)), Map.of("older", List.of()));
    Element feed = feed(one);
    assertEquals("Tiny <Survey>", text(feed, "title"));
    assertEquals("Small & new", text(feed, "subtitle"));
    assertEquals("en", feed.getAttribute("xml:lang"));
    Element entry = children(feed, "entry").get(0);
    assertEquals("Older & <b>Wiser</b>", text(entry, "title"));
    assertEquals("Said  before.", text(entry, "summary"), "a character XML forbids is dropped");
  }

  @Test
  void anEntryIsFiledUnderEachOfItsThemes() throws Exception {
    Element newest = children(feed(SURVEY), "entry").get(0);
    assertEquals(
        List.of("peft:PEFT", "reasoning:Reasoning & CoT"),
        children(newest, "category").stream()
            .map(c -> c.getAttribute("term") + ":" + c.getAttribute("label"))
            .toList());
    assertEquals(
        "https://example.org/s/papers/newest.html",
        children(newest, "link").get(0).getAttribute("href"));
  }

  @Test
  void aSurveyWithNoDatedPaperHasNoEntriesAndIsDatedByTheEpoch() throws Exception {
    Element feed = feed(Surveys.of(CONFIG, List.of(), List.of(PAPERS.get(2)), Map.of()));
    assertEquals(List.of(), children(feed, "entry"));
    assertEquals("1970-01-01T00:00:00Z", text(feed, "updated"));
    assertEquals("Tiny <Survey>", text(children(feed, "author").get(0), "name"), "no author set");
  }
}
