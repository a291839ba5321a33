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

  @Test
  void aTextsPluralIsOnlyWhereItIsNoOtherWordAndACapitalsMatchesAsWritten() {
    assertEquals(
        List.of(new NameForms.Written(List.of("long", "CoTs"), true)),
        NameForms.written(List.of("long", "CoT"), List.of(" ")));
    assertEquals(
        List.of(new NameForms.Written(List.of("chain", "of", "thoughts"), false)),
        NameForms.written(List.of("chain", "of", "thought"), List.of("-", "-")));
    // typed, a lower-case noun takes its plural; in a text "reward models" is left to the aliases
    assertEquals(
        List.of(
            new NameForms.Written(List.of("reward", "modeling"), false),
            new NameForms.Written(List.of("reward", "modelling"), false)),
        NameForms.written(List.of("reward", "model"), List.of(" ")));
    assertEquals(
        List.of(new NameForms.Written(List.of("ARCs"), true)),
        NameForms.written(List.of("ARC"), List.of()));
    assertEquals(List.of(), NameForms.written(List.of("Gemma"), List.of()));
    assertEquals(List.of(), NameForms.written(List.of("GPT", "4o"), List.of("-")));
  }
}
