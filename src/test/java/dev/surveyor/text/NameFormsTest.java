package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFormsTest {
  @Test
  void aNameEndingInALowerCaseNounTakesItsPluralAndAModelItsIngForms() {
    assertEquals(
        List.of("reward models", "reward modeling", "reward modelling"),
        NameForms.of("reward model"));
    assertEquals(List.of("chain-of-thoughts"), NameForms.of("chain-of-thought"));
  }

  @Test
  void aCapitalANumberAPluralOrOneWordTakesNone() {
    assertEquals(List.of(), NameForms.of("GPT-4o"));
    assertEquals(List.of(), NameForms.of("MATH-500"));
    assertEquals(List.of(), NameForms.of("process reward models"));
    assertEquals(List.of(), NameForms.of("distillation"));
  }
}
