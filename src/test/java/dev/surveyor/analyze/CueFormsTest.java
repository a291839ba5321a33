package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.Papers;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.text.WordForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A paired cue's words count only in their own forms, and no cue counts a word that only says
 * something can be done: on the real survey and the fresh arXiv papers, "Conversely" is not
 * "conversation", "assist" not "assistant", "drives" not "driving", "reasonable" not "reasoning".
 */
class CueFormsTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  /** Each side of every pair the survey's papers show is, word by word, a phrase of the pair. */
  @Test
  void everyPairTheSurveyShowsIsMadeOfItsPhrasesForms() {
    Survey survey = RealSurvey.analysed();
    int pairs = 0;
    for (Paper paper : survey.papers()) {
      for (Assignment a : survey.assignmentsOf(paper)) {
        Theme theme =
            survey.themes().stream()
                .filter(t -> t.slug().equals(a.theme()))
                .findFirst()
                .orElseThrow();
        for (Evidence e : a.evidence()) {
          for (ThemeRules.Pair pair : theme.rules().pairs()) {
            if (e.cue().equals(pair.name())) {
              pairs++;
              String[] sides = e.surface().split(" \\+ ", 2);
              assertTrue(
                  writesOneOf(sides[0], pair.phrases()) && writesOneOf(sides[1], pair.with()),
                  paper.slug() + " shows " + e.describe() + " for " + pair.name());
            }
          }
          List<String> written = words(e.surface());
          List<String> cueWords = words(e.cue());
          for (int k = 0; k < written.size() && written.size() == cueWords.size(); k++) {
            assertTrue(
                !WordForms.addsAbility(written.get(k), cueWords.get(k)),
                paper.slug() + " counts '" + written.get(k) + "' for '" + cueWords.get(k) + "'");
          }
        }
      }
    }
    // the pairs the survey's papers show, on every theme (the five misfires checked below gone)
    assertEquals(33, pairs);
  }

  /** The misfires the survey showed, each gone, and a derived word listed for its sense kept. */
  @Test
  void theSurveysMisfiresAreGoneAndItsPairsKept() {
    Survey survey = RealSurvey.analysed();
    // "instruction" with "assist": not a chat assistant
    assertEquals(
        List.of(), pairsOf(survey, "absinstruct-eliciting-abstraction-ability-from-llms-through"));
    // "reasoning" with "drive(s)": no driving system
    for (String slug :
        List.of(
            "cognitive-behaviors-that-enable-self-improving-reasoners-or",
            "counteracting-matthew-effect-in-self-improvement-of-lvlms",
            "training-chain-of-thought-via-latent-variable-inference",
            "veripo-cultivating-long-reasoning-in-video-llms-via-verifier")) {
      assertEquals(List.of(), pairsOf(survey, slug), slug);
    }
    // "conversational", listed beside "conversation", keeps the chat pair
    assertEquals(
        List.of("title: Instruction + Conversational"),
        pairsOf(survey, "class-it-conversational-and-lecture-aligned-small-scale"));
  }

  /**
   * The fresh arXiv papers that write a word only sharing a cue word's stem: none counts it, for
   * any theme, paired or not.
   */
  @Test
  void noFreshPaperCountsAWordThatOnlySharesAStem() throws Exception {
    Path fresh = FreshListing.FRESH;
    assumeTrue(Files.isDirectory(fresh), "the fresh corpus is not at " + fresh);
    Pattern misfires =
        Pattern.compile(
            "\\b(conversely|conversion|assist|assistance|assisted|assisting|continual|continually"
                + "|continued|reasonable|reasonably|drives|fixing|learnability|trainability"
                + "|vectorized|guys)\\b",
            Pattern.CASE_INSENSITIVE);
    List<Theme> themes = RealSurvey.analysed().themes();
    RuleScorer scorer = new RuleScorer(themes, ANALYZER, (theme, message) -> {});
    ObjectMapper json = new ObjectMapper();
    int papers = 0;
    TreeSet<String> counted = new TreeSet<>();
    try (Stream<Path> files = Files.list(fresh)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode node = json.readTree(line);
          String title = node.path("title").asText();
          String abstractText = node.path("abstract").asText();
          if (!misfires.matcher(title + " " + abstractText).find()) {
            continue;
          }
          papers++;
          for (Assignment a :
              scorer.score(AnalyzedPaper.of(Papers.paper("p", title, abstractText), ANALYZER))) {
            for (Evidence e : a.evidence()) {
              for (String word : words(e.surface())) {
                if (misfires.matcher(word).matches()) {
                  counted.add(a.theme() + ": " + e.describe() + " (" + title + ")");
                }
              }
            }
          }
        }
      }
    }
    assertTrue(papers > 400, papers + " fresh papers write such a word");
    assertEquals(new TreeSet<>(), counted);
  }

  /** The pairs a paper of the survey shows, as evidence reads. */
  private static List<String> pairsOf(Survey survey, String slug) {
    List<String> pairs = new ArrayList<>();
    for (Assignment a : survey.assignmentsOf(survey.paper(slug))) {
      for (Evidence e : a.evidence()) {
        if (e.describe().contains(" + ")) {
          pairs.add(e.describe());
        }
      }
    }
    return pairs;
  }

  private static boolean writesOneOf(String surface, List<String> phrases) {
    List<String> written = words(surface);
    for (String phrase : phrases) {
      List<String> words = words(phrase);
      if (words.size() == written.size()) {
        boolean all = true;
        for (int k = 0; k < words.size(); k++) {
          all &= WordForms.isFormOf(written.get(k), words.get(k));
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words the analyser keeps, as written. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (Token token : ANALYZER.tokens(text)) {
      words.add(text.substring(token.start(), token.end()));
    }
    return words;
  }
}
