package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Entity;
import dev.surveyor.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
  private static Entity entity(String slug, boolean caseSensitive, String... aliases) {
    return new Entity(
        slug,
        slug,
        Entity.Kind.METHOD,
        List.of(aliases),
        caseSensitive,
        "",
        new Provenance("entities.yml", 1));
  }

  private static final EntityMatcher MATCHER =
      new EntityMatcher(
          List.of(
              entity("math", true, "MATH"),
              entity("gpt-3", false, "GPT-3"),
              entity("gpt-3-5", false, "GPT-3.5"),
              entity("cot", false, "chain-of-thought", "CoT"),
              entity("lora", false, "LoRA"),
              entity("self-consistency", false, "self-consistency")));

  private static List<String> found(String text) {
    return MATCHER.find(text).stream()
        .map(m -> m.entity().slug() + "=" + text.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void caseSensitiveAliasesKeepTheirCase() {
    assertEquals(
        List.of("math=MATH"),
        found("We report results on GSM8K and MATH, and on math word problems."));
  }

  @Test
  void versionNumbersAreNotCutShort() {
    assertEquals(List.of("gpt-3-5=GPT-3.5", "gpt-3=GPT-3"), found("GPT-3.5 beats GPT-3."));
  }

  @Test
  void spellingsMeetAtWordBoundaries() {
    assertEquals(
        List.of("cot=chain of thought", "cot=Chain-of-Thought", "cot=CoT", "lora=LoRA"),
        found("chain of thought, Chain-of-Thought (CoT) prompting and LoRA-based tuning"));
    assertEquals(List.of(), found("CoTs, GLoRA and LoRAX are other words"));
  }

  @Test
  void aNameDoesNotRunAcrossAClauseBreak() {
    assertEquals(List.of(), found("we test self. Consistency matters"));
    assertEquals(
        List.of("self-consistency=self consistency"), found("with self consistency decoding"));
  }
}
