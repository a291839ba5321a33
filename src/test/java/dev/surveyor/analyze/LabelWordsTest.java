package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelWordsTest {
  @Test
  void wordsOfTheFieldNameThings() {
    for (String word :
        List.of(
            "reasoning", "curriculum", "LoRA", "GRPO", "RL", "QA", "qwen2.5", "self-instruct")) {
      assertEquals(true, LabelWords.nameable(word), word);
    }
  }

  @Test
  void functionWordsFillerAndAddressesDoNot() {
    for (String word :
        List.of(
            "between",
            "other",
            "Therefore",
            "may",
            "using",
            "Additionally",
            "do",
            "pre",
            "https",
            "github.com",
            "arxiv.org/abs",
            "e.g",
            "2024",
            "7B",
            "72B",
            "1.5B",
            "better",
            "Key",
            "reliably",
            "outperforms",
            "accuracy")) {
      assertEquals(false, LabelWords.nameable(word), word);
    }
  }
}
