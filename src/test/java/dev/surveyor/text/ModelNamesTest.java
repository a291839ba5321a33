package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.support.FreshTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of hyphen-joined names are parts of a model's name (issue 22's follow-up). */
class ModelNamesTest {
  /** The words of {@code text} that are parts of a model's name, in order. */
  private static List<String> nameParts(String text) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (ModelNames.isNamePart(text, start, i)) {
        parts.add(text.substring(start, i));
      }
    }
    return parts;
  }

  @Test
  void wordsOfCheckpointNamesAreNameParts() {
    // as the survey's and the fresh papers' abstracts write them
    assertEquals(
        List.of("VL", "Instruct"), nameParts("fine-tuning Qwen2.5-VL-7B-Instruct on 2k images"));
    assertEquals(List.of("Distill", "Qwen"), nameParts("DeepSeek-R1-Distill-Qwen-32B."));
    assertEquals(List.of("Distill", "Qwen"), nameParts("(DeepSeek-R1-Distill-Qwen)"));
    assertEquals(List.of("Instruct"), nameParts("Llama-3-8B-Instruct and"));
    assertEquals(1, nameParts("Llama-3.1-8B-Instruct's accuracy").size());
    assertEquals(true, ModelNames.isNamePart("Llama-3.1-8B-Instruct's", 13, 23));
    assertEquals(List.of("Instruct"), nameParts("Mistral-7B-Instruct-v0.2"));
    assertEquals(List.of("instruct"), nameParts("mistral-7b-instruct"));
    assertEquals(List.of("Math", "CFT"), nameParts("Qwen-Math-7B-CFT"));
    assertEquals(List.of("Base"), nameParts("MiMo-7B-Base"));
  }

  @Test
  void compoundsOfProseAreNot() {
    assertEquals(
        List.of(),
        nameParts(
            "instruction-tuned GPT-4-generated data, a 2-stage low-rank 7B-parameter 3D-aware"
                + " Phi-4-reasoning System-2 chain-of-thought model; Llama-3 and GPT-3.5."));
  }

  @Test
  void theFamilysNameAndPartsHoldingDigitsAreTheNamesOwn() {
    // a cue or an entity names them: "DeepSeek-R1", "Flan", "Med-R1"
    assertEquals(List.of(), nameParts("Qwen2.5-7B R1-32B DeepSeek-R1 Flan-T5 Med-R1"));
  }

  /**
   * The array form, as search's reader of words calls it (the text in a longer buffer), answers as
   * the text's form does for every word of the fresh corpora's titles and abstracts; a hyphen and a
   * name part past the text's length are not read.
   */
  @Test
  void theArrayFormAnswersAsTheTextsFormOnEveryFreshWord() throws IOException {
    assumeTrue(FreshTexts.present(), "the fresh corpora are not there");
    int parts = 0;
    for (FreshTexts.FreshText fresh : FreshTexts.all()) {
      String text = fresh.text();
      char[] buffer = (text + "-R1-Instruct").toCharArray();
      int i = 0;
      while (i < text.length()) {
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if (i == start) {
          i++;
          continue;
        }
        boolean part = ModelNames.isNamePart(text, start, i);
        assertEquals(
            part,
            ModelNames.isNamePart(buffer, text.length(), start, i),
            fresh.where() + ": " + text.substring(start, i));
        parts += part ? 1 : 0;
      }
    }
    assertTrue(parts > 0, "no part of a model's name in the fresh corpora");
  }
}
