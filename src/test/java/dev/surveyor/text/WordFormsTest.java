package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The word pairs that share a Porter stem in the survey and the fresh arXiv papers ({@code
 * bench/cue-forms}), judged: the forms a reader takes for the cue's word, and the words that only
 * share its stem.
 */
class WordFormsTest {
  @ParameterizedTest
  @CsvSource({
    "conversations, conversation",
    "assistants, assistant",
    "Assistant's, assistant",
    "reasons, reason",
    "reasoned, reason",
    "reasoning, reason",
    "reasonings, reasoning",
    "prompts, prompt",
    "prompting, prompt",
    "prompted, prompt",
    "freezing, freeze",
    "freezes, freeze",
    "following, follow",
    "followed, follow",
    "MLLMs, MLLM",
    "LVLMs, LVLM",
    "GUIs, GUI",
    "dialogues, dialogue",
    "graphs, graph",
    "instructions, instruction",
    "instructors, instructors",
    "instructor, instructors",
    "stages, stage",
    "planning, plan",
    "prefixes, prefix",
    "studies, study",
    "analyses, analyses",
  })
  void aFormOfTheCueWordCounts(String word, String cueWord) {
    assertTrue(WordForms.isFormOf(word, cueWord), word + " is a form of " + cueWord);
  }

  @ParameterizedTest
  @CsvSource({
    // Porter folds these into the cue word's stem; a reader does not
    "Conversely, conversation",
    "conversion, conversation",
    "assist, assistant",
    "assistance, assistant",
    "assisted, assistant",
    "continual, continuous",
    "continue, continuous",
    "continuously, continuous",
    "reasonable, reason",
    "reasonably, reasoning",
    "reasoner, reasoning",
    "general, generation",
    "learnability, learnable",
    "trainability, trainable",
    "vectorized, vectors",
    "encoding, encoder",
    "guys, GUI",
    "recommend, recommender",
    // a cue word in -ing or -ed counts only in that form: another part of speech otherwise
    "drives, driving",
    "fixing, fixed",
    "fix, fixed",
    "embodies, embodied",
    "stage, staged",
    "followers, following",
  })
  void aWordThatOnlySharesTheStemDoesNot(String word, String cueWord) {
    assertFalse(WordForms.isFormOf(word, cueWord), word + " is not a form of " + cueWord);
  }

  @ParameterizedTest
  @CsvSource({
    "reasonable, reasoning, true",
    "reasonably, reasoning, true",
    "Reasonableness, reasoning, true",
    "detectable, detection, true",
    "extractability, extraction, true",
    "learnability, learnable, false", // the cue word says it already: forms_only tells them apart
    "compressible, compression, true",
    "reasons, reasoning, false",
    "reasoner, reasoning, false",
    "verifiable, verifiable, false",
    "learnable, learnable, false",
  })
  void aWordSayingOnlyThatItCanBeDoneIsAnotherWord(String word, String cueWord, boolean other) {
    assertEquals(other, WordForms.addsAbility(word, cueWord), word + " for " + cueWord);
  }

  /** An acronym's plural takes a small "s": a capital S makes another acronym, a name. */
  @ParameterizedTest
  @CsvSource({
    "COTS, CoT, true",
    "PRMS, PRM, true",
    "CoTs, CoT, false",
    "PRMs, PRM, false",
    "COT, CoT, false",
    "CHATS, chat, false", // a word of small letters shouted in capitals may be its plural
    "STEPS, step, false",
  })
  void aCapitalSMakesAnotherAcronym(String word, String cueWord, boolean other) {
    assertEquals(other, WordForms.isAnotherAcronym(word, cueWord), word + " for " + cueWord);
  }
}
