package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.EntityUse;
import dev.surveyor.model.LinkSpan;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.text.LinkExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The entity mentions of the real survey: the false ones a reader's review found are gone (issue
 * 22's review, item 8), and the compounds that do name an entity still count.
 */
class RealMentionsTest {
  private static final Survey SURVEY = RealSurvey.analysed();

  private static Optional<EntityUse> use(String paper, String entity) {
    return SURVEY.entities().of(SURVEY.paper(paper)).stream()
        .filter(u -> u.entity().slug().equals(entity))
        .findFirst();
  }

  /** The paper's abstract holds the text, so that its entity not being found means something. */
  private static void assertWritten(String paper, String text) {
    assertTrue(SURVEY.paper(paper).abstractText().contains(text), paper + " writes " + text);
  }

  @Test
  void theReviewsFalseMentionsAreGone() {
    assertWritten("composable-sparse-fine-tuning-for-cross-lingual-transfer", "composable-sft");
    assertEquals(
        Optional.empty(), use("composable-sparse-fine-tuning-for-cross-lingual-transfer", "sft"));
    assertWritten("leveraging-reinforcement-learning-and-large-language-models", "%OPT");
    assertEquals(
        Optional.empty(),
        use("leveraging-reinforcement-learning-and-large-language-models", "opt"));
    assertWritten("dart-math-difficulty-aware-rejection-tuning-for-mathematical", "DART-MATH");
    assertEquals(
        Optional.empty(),
        use("dart-math-difficulty-aware-rejection-tuning-for-mathematical", "math"));
    assertWritten("from-informal-to-formal-incorporating-and-evaluating-llms-on", "FM-alpaca");
    assertEquals(
        Optional.empty(),
        use("from-informal-to-formal-incorporating-and-evaluating-llms-on", "alpaca"));
  }

  @Test
  void aNameWrittenWithAPluralSStillMentionsIt() {
    // review 11: the BabyLM page missed CLASS-IT, whose title says "for BabyLMs"
    String classIt = "class-it-conversational-and-lecture-aligned-small-scale";
    assertTrue(SURVEY.paper(classIt).title().endsWith("for BabyLMs"));
    assertTrue(use(classIt, "babylm").orElseThrow().inTitle());
    // "Four Habits of Highly Effective STaRs": self-taught reasoners, STaR's kind
    assertTrue(
        use("cognitive-behaviors-that-enable-self-improving-reasoners-or", "star")
            .orElseThrow()
            .inTitle());
    assertEquals(3, SURVEY.entities().byEntity().get("babylm").size());
  }

  @Test
  void compoundsNamingAMethodOrAModelStillMentionIt() {
    // the titles name DPO and Llama only inside "Flow-DPO" and "SOCIALITE-LLAMA"
    assertTrue(
        use("flow-dpo-improving-llm-mathematical-reasoning-through-online", "dpo")
            .orElseThrow()
            .inTitle());
    assertTrue(
        use("socialite-llama-an-instruction-tuned-model-for-social", "llama")
            .orElseThrow()
            .inTitle());
    // "a LoRA-tuned Gemma 3-4B" opens a compound
    assertTrue(
        use("gemmaroc-unlocking-darija-proficiency-in-llms-with-minimal", "lora").isPresent());
  }

  @Test
  void noMentionLiesInAWebAddress() {
    EntityMatcher matcher = new EntityMatcher(SURVEY.entities().entities());
    int linked = 0;
    List<String> inLinks = new ArrayList<>();
    for (Paper paper : SURVEY.papers()) {
      List<LinkSpan> links = LinkExtractor.find(paper.abstractText());
      linked += links.isEmpty() ? 0 : 1;
      for (EntityMatcher.Mention m : matcher.find(paper.abstractText())) {
        for (LinkSpan link : links) {
          if (m.start() < link.end() && link.start() < m.end()) {
            inLinks.add(paper.slug() + ": " + link.url());
          }
        }
      }
    }
    assertTrue(linked > 50, linked + " abstracts with a link");
    assertEquals(List.of(), inLinks);
  }

  /**
   * A paper's abstract is searched for links once, when it is read: its links are what the link
   * extractor finds in the abstract it has, curated or not, so no mention changes.
   */
  @Test
  void anAbstractsLinksAreTheOnesItsTextHolds() {
    EntityMatcher matcher = new EntityMatcher(SURVEY.entities().entities());
    int linked = 0;
    for (Paper paper : SURVEY.papers()) {
      assertEquals(LinkExtractor.find(paper.abstractText()), paper.linkSpans(), paper.slug());
      assertEquals(LinkExtractor.urls(paper.abstractText()), paper.links(), paper.slug());
      assertEquals(
          matcher.find(paper.abstractText()),
          matcher.find(paper.abstractText(), paper.linkSpans()),
          paper.slug());
      linked += paper.links().isEmpty() ? 0 : 1;
    }
    assertTrue(linked > 10, "abstracts with links: " + linked);
  }
}
