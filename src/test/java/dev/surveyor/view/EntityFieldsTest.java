package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Entity;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealSurvey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where the real survey's papers write an entity beyond the matcher's count: summary and title. */
class EntityFieldsTest {
  private static Survey survey;
  private static EntityFields fields;

  @BeforeAll
  static void analyse() {
    survey = RealSurvey.analysed();
    fields = new EntityFields(survey);
  }

  private static int doc(String titleStart) {
    for (int i = 0; i < survey.papers().size(); i++) {
      if (survey.papers().get(i).title().startsWith(titleStart)) {
        return i;
      }
    }
    throw new AssertionError("no paper " + titleStart);
  }

  private static Entity entity(String slug) {
    return survey.entities().entities().stream()
        .filter(e -> e.slug().equals(slug))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSummarysLeadIsItsFirstSentence() {
    assertEquals(
        "Investigates the errors of a 7B model.",
        EntityFields.lead("Investigates the errors of a 7B model. Demonstrates that GPT-o1 wins."));
    assertEquals("One sentence, e.g. this one.", EntityFields.lead("One sentence, e.g. this one."));
  }

  @Test
  void aTitleWritingMostOfASpelledOutNameCountsAsPartlyTitled() {
    List<int[]> dpo = fields.nameStems(List.of("Direct Preference Optimization"));
    assertTrue(fields.partlyInTitle(doc("LOGICPO"), dpo), "\"Preference Optimization\"");
    assertFalse(fields.partlyInTitle(doc("VerIPO"), dpo), "\"Policy Optimization\"");
    List<int[]> kd = fields.nameStems(List.of("knowledge distillation"));
    assertTrue(fields.partlyInTitle(doc("Distilling Instruction-following"), kd), "\"Distilling\"");
    // "Knowledge" alone is the common half of the name
    assertFalse(
        fields.partlyInTitle(doc("How Do Large Language Models Acquire Factual Knowledge"), kd));
    // an abbreviation is matched whole, not partly
    assertTrue(fields.nameStems(List.of("DPO")).isEmpty());
  }

  @Test
  void aSummaryLeadNamingTheEntityIsItsMethod() {
    Entity dpo = entity("dpo");
    List<String> phrases =
        EntityFields.summaryPhrases(dpo, List.of("DPO", "direct preference optimization"));
    assertTrue(fields.inSummary(doc("Learning Planning-based Reasoning"), phrases, false));
    assertFalse(fields.inSummary(doc("VerIPO"), phrases, false), "it names its own method");
  }
}
