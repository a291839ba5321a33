package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Related;
import dev.surveyor.model.Survey;
import dev.surveyor.support.Repo;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which papers are related, on the real survey. A blind panel (issue 22, round 2) read as "not
 * related" pairs that a shared method and shared themes lifted over the threshold although their
 * texts were unalike: a tutoring paper and a video paper that both use GRPO, intent detection and a
 * safety guardrail that both use GRPO and a curriculum.
 */
class RelatedFinderTest {
  private static Survey survey;

  @BeforeAll
  static void load() throws Exception {
    survey = Site.load(Repo.content(), null, new Diagnostics()).survey();
  }

  private static List<String> relatedTo(String slugStart) {
    Paper paper =
        survey.papers().stream().filter(p -> p.slug().startsWith(slugStart)).findFirst().get();
    return survey.relatedTo(paper).stream().map(Related::slug).toList();
  }

  @Test
  void aSharedMethodDoesNotRelatePapersWhoseTextsAreUnalike() {
    assertFalse(
        relatedTo("cultivating-helpful-personalized-and-creative-ai-tutors").stream()
            .anyMatch(s -> s.startsWith("veripo-")),
        "tutors / video");
    assertFalse(
        relatedTo("improving-generalization-in-intent-detection-grpo").stream()
            .anyMatch(s -> s.startsWith("mrguard-")),
        "intent detection / guardrail");
    assertFalse(
        relatedTo("pretraining-language-models-with-human-preferences").stream()
            .anyMatch(s -> s.startsWith("curriculum-direct-preference-optimization")),
        "pretraining with preferences / diffusion DPO");
  }

  @Test
  void papersWhoseTitlesSayTheSameStayRelatedThoughTheirAbstractsDiffer() {
    // rated relevant by every judge: small models' reasoning guided by a larger model
    assertTrue(
        relatedTo("enhancing-the-reasoning-capabilities-of-small-language").stream()
            .anyMatch(s -> s.startsWith("speculative-thinking-")),
        "small-model reasoning with guidance");
  }

  @Test
  void papersThatWriteTheSamePhraseMayBeLessAlikeInTheirWholeTexts() {
    // texts' capped cosine 0.167, under the plain floor; both titles say "deductive reasoning"
    assertTrue(
        relatedTo("toward-honest-language-models-for-deductive-reasoning").stream()
            .anyMatch(s -> s.startsWith("concise-and-organized-perception-facilitates")),
        "deductive reasoning");
  }

  @Test
  void everyRelatedPaperIsAnotherPaperAtMostFiveAndNoneTwice() {
    for (Paper paper : survey.papers()) {
      List<String> related = survey.relatedTo(paper).stream().map(Related::slug).toList();
      assertTrue(related.size() <= 5, paper.slug());
      assertFalse(related.contains(paper.slug()), paper.slug());
      assertTrue(related.stream().distinct().count() == related.size(), paper.slug());
    }
  }
}
