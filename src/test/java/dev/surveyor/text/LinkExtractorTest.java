package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkExtractorTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Code is at https://github.com/a/b. | https://github.com/a/b",
        "available at https: //github.com/reds-lab/x | https://github.com/reds-lab/x",
        "released at \\url{https://github.com/w/HDFlow.}. | https://github.com/w/HDFlow",
        "at \\url{https://github.com/ictnlp/Auto-RAG. | https://github.com/ictnlp/Auto-RAG",
        "at https://zheny2751\\allowbreak-dotcom.github.io/\\allowbreak MathSE.github.io/. | https://zheny2751-dotcom.github.io/MathSE.github.io/",
        "at: https://hf.co/d/P](https://hf.co/d/P). | https://hf.co/d/P",
        "under: https://x.github.io/MIS/{https://x.github.io/MIS/} | https://x.github.io/MIS/",
        "Leaderboard (https://hf.co/spaces/o/L) among | https://hf.co/spaces/o/L",
        "repo is available at github.com/gblackout/Reason | https://github.com/gblackout/Reason",
        "see https://github.com/a/cot-hallu-detect . | https://github.com/a/cot-hallu-detect",
        // keywords in any case, after words whose 'h', 'w' and 'g' open no keyword
        "the hThe wow gig HTTPS://X.org/a | httpS://X.org/a",
        "with GitHub.com/Org/Repo now | https://GitHub.com/Org/Repo",
        "highway: WWW.example.org/p | https://WWW.example.org/p",
        "hugging HuggingFace.co/m/n | https://HuggingFace.co/m/n",
      })
  void repairsWhatTheCaptureBroke(String text, String expected) {
    assertEquals(List.of(expected), LinkExtractor.urls(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "ftp://example.com/x",
        "no links here"
      })
  void onlyHttpLinksAreProduced(String text) {
    assertEquals(List.of(), LinkExtractor.urls(text));
  }
}
