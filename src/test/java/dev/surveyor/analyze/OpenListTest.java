package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A list's first item without its second, and what is no list marker. */
class OpenListTest {
  @Test
  void aFirstItemWithoutASecondIsAListLeftOpen() {
    assertTrue(OpenList.in("We show that (1) tuning fails to add knowledge."));
    assertTrue(OpenList.in("We show that: (i) tuning fails to add knowledge."));
    assertTrue(OpenList.in("Firstly, tuning fails to add knowledge."));
    assertFalse(OpenList.in("We show that (1) tuning fails and (2) prompts help."));
    assertFalse(OpenList.in("It involves 1) sampling, 2) ranking and 3) tuning."));
    assertFalse(OpenList.in("Firstly, tuning fails; secondly, prompts help."));
  }

  @Test
  void aBracketClosedAfterANumberIsNoMarker() {
    assertFalse(OpenList.in("It reaches 75.10% on the HumanEval (@pass 1) benchmark."));
    assertFalse(OpenList.in("Closed models (e.g., GPT-4.1) lead."));
    assertFalse(OpenList.in("We tune Llama (version 1) on math."));
  }
}
