package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Entity;
import dev.surveyor.model.Provenance;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
  private static Entity entity(String slug, boolean caseSensitive, String... aliases) {
    return entity(slug, Entity.Kind.METHOD, caseSensitive, aliases);
  }

  private static Entity entity(
      String slug, Entity.Kind kind, boolean caseSensitive, String... aliases) {
    return new Entity(
        slug, slug, kind, List.of(aliases), caseSensitive, "", new Provenance("entities.yml", 1));
  }

  private static final EntityMatcher MATCHER =
      new EntityMatcher(
          List.of(
              entity("math", Entity.Kind.BENCHMARK, true, "MATH"),
              entity("alpaca", Entity.Kind.BENCHMARK, false, "Alpaca"),
              entity("opt", Entity.Kind.MODEL, true, "OPT"),
              entity("llama", Entity.Kind.MODEL, false, "Llama"),
              entity("sft", false, "SFT"),
              entity("rl", true, "RL"),
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
    assertEquals(List.of(), found("CoTA, GLoRA and LoRAX are other words"));
  }

  @Test
  void aNameWithACapitalInsideTakesAPluralSAsWritten() {
    assertEquals(List.of("lora=LoRAs", "opt=OPTs", "cot=CoTs"), found("LoRAs, OPTs and long CoTs"));
    // in another letter case, or for a name that is a capitalised word, it is another word
    assertEquals(List.of(), found("Loras, opts, Alpacas and Llamas"));
    assertEquals(List.of(), found("the model opts for MATHS"));
  }

  @Test
  void aPluralIsFoundWhereverTheNameIs() {
    EntityMatcher matcher =
        new EntityMatcher(
            List.of(
                entity("cot", false, "chain-of-thought", "CoT"),
                entity("long-cot", false, "long chain-of-thought", "long CoT"),
                entity("rl", true, "RL")));
    Function<String, List<String>> found =
        text ->
            matcher.find(text).stream()
                .map(m -> m.entity().slug() + "=" + text.substring(m.start(), m.end()))
                .toList();
    // a capital's plural keeps its case; the words before it take any case, as in the name
    // (a long CoT is a CoT: the name's head counts for its own entity too)
    assertEquals(
        List.of("long-cot=Long CoTs", "cot=CoTs"),
        found.apply("distilling Long CoTs from a domain"));
    assertEquals(List.of("long-cot=long CoT", "cot=CoT"), found.apply("long cots or a long CoT"));
    // a hyphenated compound's plural, hyphens or spaces as in the name
    assertEquals(
        List.of(
            "long-cot=long chain-of-thoughts",
            "cot=chain-of-thoughts",
            "cot=CoTs",
            "long-cot=Long Chain of Thoughts",
            "cot=Chain of Thoughts"),
        found.apply("the long chain-of-thoughts (CoTs); curated Long Chain of Thoughts"));
    assertEquals(List.of("cot=chain-of-thoughts"), found.apply("chain-of-thoughts"));
    // a name ending in a capital or a number is not a compound noun's
    assertEquals(List.of(), found.apply("RLs"));
  }

  @Test
  void aNameEndingInAnotherEntitysNameMentionsBoth() {
    EntityMatcher matcher =
        new EntityMatcher(
            List.of(
                entity("prm", false, "process reward model", "process reward", "PRM"),
                entity("rm", false, "reward model", "reward models"),
                entity("po", false, "preference optimization"),
                entity("dpo", false, "direct preference optimization", "DPO")));
    Function<String, List<String>> found =
        text ->
            matcher.find(text).stream()
                .map(m -> m.entity().slug() + "=" + text.substring(m.start(), m.end()))
                .toList();
    // GroundedPRM's title: a name ending in "model" is found as "modeling", and a process reward
    // model is a reward model
    assertEquals(
        List.of("prm=Process Reward Modeling", "rm=Reward Modeling"),
        found.apply("GroundedPRM: Fidelity-Aware Process Reward Modeling for Reasoning"));
    assertEquals(
        List.of("dpo=direct preference optimization", "po=preference optimization", "dpo=DPO"),
        found.apply("through direct preference optimization (DPO)"));
    // a name that only begins with another's, or stops inside it, is not that other
    assertEquals(List.of("prm=process reward"), found.apply("synthesized process reward signals"));
    assertEquals(List.of("rm=reward modelling"), found.apply("reward modelling at scale"));
  }

  @Test
  void aNameDoesNotRunAcrossAClauseBreak() {
    assertEquals(List.of(), found("we test self. Consistency matters"));
    assertEquals(
        List.of("self-consistency=self consistency"), found("with self consistency decoding"));
  }

  @Test
  void aNameInAWebAddressIsPartOfTheAddress() {
    assertEquals(
        List.of("sft=SFT"),
        found("Sparse fine-tuning (SFT): code at https://github.com/cambridgeltl/composable-sft."));
    assertEquals(
        List.of(), found("code at https: //github.com/lab/LoRA-with-RL and github.com/a/SFT"));
  }

  @Test
  void aNameAfterAPerCentSignIsAMetric() {
    assertEquals(List.of("opt=OPT"), found("OPT-30B, scored by the %OPT metric"));
  }

  @Test
  void aBenchmarkEndingACompoundNamesSomethingElse() {
    assertEquals(
        List.of("math=MATH"), found("DART-MATH and the FM-alpaca data are scored on MATH"));
    // A method or a model ending a compound is still what the compound is, and a name opening
    // one is a mention.
    assertEquals(
        List.of("rl=RL", "llama=Llama", "lora=LoRA", "llama=Llama", "math=MATH"),
        found("CLS-RL and Socialite-Llama; LoRA-based Llama-3-8B on MATH-Beyond"));
  }
}
