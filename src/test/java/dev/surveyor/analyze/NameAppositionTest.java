package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A name's sentence that only says what the name is joins it (summ19: LoRAMoE, review17). */
class NameAppositionTest {
  @Test
  void aNameSaidTwiceJoinsAsItsApposition() {
    assertEquals(
        "Introduces LoRAMoE, a plugin version of Mixture of Experts (MoE). The plugin form ensures"
            + " the integrity of world knowledge.",
        NameApposition.joined(
            "Introduces LoRAMoE. LoRAMoE is a plugin version of Mixture of Experts (MoE). The"
                + " plugin form ensures the integrity of world knowledge."));
  }

  @Test
  void whatIsNoNounPhraseOrNoNameStaysAsWritten() {
    String trained = "Introduces LoRAMoE. LoRAMoE is trained with localized balancing constraints.";
    assertEquals(trained, NameApposition.joined(trained));
    // a plain word is no coined name; another name after the first is not the same one
    String plain = "Introduces a benchmark. Benchmark is a word.";
    assertEquals(plain, NameApposition.joined(plain));
    String other = "Introduces LoRAMoE. LoRA is a low-rank adapter.";
    assertEquals(other, NameApposition.joined(other));
  }

  @Test
  void theRealLoRAMoESummaryNamesItOnce() {
    String summary =
        dev.surveyor.support.RealSurvey.analysed().papers().stream()
            .filter(p -> p.slug().startsWith("loramoe-"))
            .map(p -> dev.surveyor.support.RealSurvey.analysed().analysisOf(p).summary())
            .findFirst()
            .orElseThrow();
    assertEquals(
        true, summary.startsWith("Introduces LoRAMoE, a plugin version of Mixture of Experts"));
  }
}
