package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicCounterpart;
import dev.surveyor.support.Papers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which named groups of two pages link each other, on a few papers written inline. */
class SubtopicCounterpartsTest {
  /**
   * Two groups on each page, and papers of neither: a word of a group's name must be rare among the
   * titles to say a subject, as on a real survey.
   */
  private static List<Paper> papers() {
    List<Paper> papers = new ArrayList<>(GROUPED);
    String[] subjects = {
      "graphs", "chess", "weather", "proteins", "music", "traffic", "poetry", "robots",
      "finance", "maps", "speech", "images", "law", "medicine", "games", "code"
    };
    for (String subject : subjects) {
      papers.add(
          Papers.paper(
              "f-" + subject, "A study of " + subject, "Models applied to " + subject + "."));
    }
    return List.copyOf(papers);
  }

  private static final List<Paper> GROUPED =
      List.of(
          // a theme page: preference feedback, and low-rank adapters
          Papers.paper("a1", "Feedback for tuning", "Preference feedback on responses."),
          Papers.paper("a2", "Preference data", "Responses ranked by preference feedback."),
          Papers.paper("a3", "Low-rank adapters", "Adapters of low rank for each layer."),
          Papers.paper("a4", "Rank of adapters", "How the rank of low-rank adapters matters."),
          // the Other page: feedback, and adapters, each in words much like the theme page's
          Papers.paper("o1", "Learning from feedback", "Preference feedback on model responses."),
          Papers.paper("o2", "Verbal critiques", "Responses ranked by verbal preference feedback."),
          Papers.paper("o3", "Adapters compared", "Low-rank adapters against full tuning."),
          Papers.paper("o4", "Adapters at scale", "Adapters of low rank in each layer at scale."));

  private static final List<Paper> PAPERS = papers();

  private static Map<String, List<Subtopic>> pages() {
    return Map.of(
        "theme",
        List.of(
            new Subtopic("fb", "Tuning with feedback", true, true, List.of(), List.of("a1", "a2")),
            new Subtopic("lr", "Low-rank adapters", true, true, List.of(), List.of("a3", "a4"))),
        "other",
        List.of(
            new Subtopic(
                "pf",
                "Preference alignment and feedback",
                true,
                true,
                List.of(),
                List.of("o1", "o2")),
            // texts alike, but no word of the names in common: not linked
            new Subtopic("ad", "Efficient methods", true, true, List.of(), List.of("o3", "o4")),
            new Subtopic("un", "outside", false, false, List.of(), List.of())));
  }

  private static Map<String, List<Subtopic>> linked(Set<String> themeWords) {
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      SubtopicCounterparts counterparts =
          new SubtopicCounterparts(
              pages(),
              List.of("theme", "other"),
              PAPERS,
              TermVectorsTest.vectors(PAPERS),
              analyzer::terms,
              themeWords);
      return counterparts.linked();
    }
  }

  @Test
  void groupsWhoseNamesMeetAndTextsAreAlikeLinkEachOther() {
    Map<String, List<Subtopic>> linked = linked(Set.of("tune"));
    assertEquals(
        List.of(new SubtopicCounterpart("other", "pf", "Preference alignment and feedback", 2, 0)),
        linked.get("theme").get(0).counterparts());
    assertEquals(
        List.of(new SubtopicCounterpart("theme", "fb", "Tuning with feedback", 2, 0)),
        linked.get("other").get(0).counterparts());
    // alike in words, but the names share nothing: no link either way
    assertEquals(List.of(), linked.get("theme").get(1).counterparts());
    assertEquals(List.of(), linked.get("other").get(1).counterparts());
  }

  @Test
  void aThemesWordDoesNotMakeNamesMeet() {
    // "feedback" as a word of a theme's name says no more than that both are on such pages
    Map<String, List<Subtopic>> linked = linked(Set.of("feedback"));
    assertEquals(List.of(), linked.get("theme").get(0).counterparts());
  }

  @Test
  void twoSharedPapersLinkWhateverTheNames() {
    Map<String, List<Subtopic>> pages =
        Map.of(
            "a",
            List.of(new Subtopic("x", "Alpha", true, true, List.of(), List.of("a1", "a2"))),
            "b",
            List.of(new Subtopic("y", "Beta", true, true, List.of(), List.of("a1", "a2", "o1"))));
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      Map<String, List<Subtopic>> linked =
          new SubtopicCounterparts(
                  pages,
                  List.of("a", "b"),
                  PAPERS,
                  TermVectorsTest.vectors(PAPERS),
                  analyzer::terms,
                  Set.of())
              .linked();
      List<SubtopicCounterpart> of = new ArrayList<>(linked.get("a").get(0).counterparts());
      assertEquals(List.of(new SubtopicCounterpart("b", "y", "Beta", 3, 2)), of);
    }
  }
}
