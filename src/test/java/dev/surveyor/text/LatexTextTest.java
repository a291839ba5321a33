package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.surveyor.support.FreshTexts;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The LaTeX of real captured titles and abstracts (the seed listings and llm-bible), read as text.
 */
class LatexTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      textBlock =
          """
          will be published soon on \\url{https://github.com/YookiTong/Learn} | will be published soon on https://github.com/YookiTong/Learn
          improvements on GSM8K (5.9%rightarrow10.9%) and                  | improvements on GSM8K (5.9%→10.9%) and
          (e.g., 66.3 %rightarrow73.4 % on MathVista                         | (e.g., 66.3 %→73.4 % on MathVista
          the word rightarrow stays a word                                    | the word rightarrow stays a word
          will be released at \\url{https://github.com/wenlinyao/HDFlow.}.  | will be released at https://github.com/wenlinyao/HDFlow.
          Code is available at \\url{https://github.com/ictnlp/Auto-RAG.      | Code is available at https://github.com/ictnlp/Auto-RAG.
          at https://zheny2751\\allowbreak-dotcom.github.io/\\allowbreak MathSE.github.io/. | at https://zheny2751-dotcom.github.io/MathSE.github.io/.
          frontier LLMs (e.g., {\\tt GPT-3.5}). Inspired                    | frontier LLMs (e.g., GPT-3.5). Inspired
          we construct {\\sc MwpBench}, a benchmark                          | we construct MwpBench, a benchmark
          Large Language Models~(LLMs) have                                  | Large Language Models (LLMs) have
          reduces latency by ~70% on average                                 | reduces latency by ~70% on average
          the model (e.g.\\ relying on GPT-4)                                | the model (e.g. relying on GPT-4)
          by introducing a \\textit\\{critic\\} network                       | by introducing a critic network
          TabFact dataset \\cite\\{chen2019tabfact\\} featured with             | TabFact dataset featured with
          zero-shot model with \\\\(7\\times\\\\) fewer parameters              | zero-shot model with 7× fewer parameters
          called \\textbf\\{StructGPT\\}. In our approach                       | called StructGPT. In our approach
          public forums (Gal\\'an-Garc\\'ia et al., 2016)                      | public forums (Galán-García et al., 2016)
          in Germany (B\\"undnis 90/Die Gr\\"unen) and                         | in Germany (Bündnis 90/Die Grünen) and
          including Jueju, L\\"\\{u\\}shi, various Cipai                       | including Jueju, Lüshi, various Cipai
          language models \\\\(\\unicode\\{x2014\\}\\\\) whose prior             | language models — whose prior
          H\\(_2\\)O: Heavy-hitter Oracle                                      | H₂O: Heavy-hitter Oracle
          R\\(^3\\): Reinforced Reader-ranker                                  | R³: Reinforced Reader-ranker
          Pixart-\\sigma: Weak-to-strong Training                              | Pixart-σ: Weak-to-strong Training
          Scaling Up Models And Data With \\(\\texttt{t5x}\\) And \\(\\texttt{seqio}\\) | Scaling Up Models And Data With t5x And seqio
          available at \\href\\{https://github.com/AILab-CVC/x\\}\\{this page\\}. | available at this page (https://github.com/AILab-CVC/x).
          be publicly released\\footnote\\{https://github.com/thunlp/Ul\\}.    | be publicly released (https://github.com/thunlp/Ul).
          pronouns (\\eg, ``they'') in the question                          | pronouns (e.g., “they”) in the question
          models to ``think'' longer and ``plan ahead''                      | models to “think” longer and “plan ahead”
          the `code' and a lone `` stay                                      | the `code' and a lone `` stay
          we propose \\method, a Mathematical Self                           | we propose \\method, a Mathematical Self
          delimiters like "\\n\\n", serving as signals                       | delimiters like "\\n\\n", serving as signals
          it costs $5 and $10 a month                                        | it costs $5 and $10 a month
          from $5-$10 a month                                                | from $5-$10 a month
          run ${user.home}, ${"a"?upper_case}, <#list 1..3 as i>${i}</#list>  | run ${user.home}, ${"a"?upper_case}, <#list 1..3 as i>${i}</#list>
          accuracy rises by 12\\% with \\$-prefixed keys                       | accuracy rises by 12% with $-prefixed keys
          v_{reason} = theta_{GRPO} - theta_{SFT}                            | v_reason = θ_GRPO - θ_SFT
          MATH, HumanEval^{+}, and MMLU-Pro                                  | MATH, HumanEval⁺, and MMLU-Pro
          π^{*}_{0.6}: a VLA                                                 | π*_0.6: a VLA
          small proxies (leq1B) predict                                      | small proxies (≤1B) predict
          on a small dataset (leq100 examples)                               | on a small dataset (≤100 examples)
          the sequence frequency and the alphabet                            | the sequence frequency and the alphabet
          Pensez: Less Data, Better Reasoning -- Rethinking French LLM       | Pensez: Less Data, Better Reasoning – Rethinking French LLM
          "aha moment" patterns--where models exhibit                        | "aha moment" patterns–where models exhibit
          a relative gain of 3--19% on instruction-following                 | a relative gain of 3–19% on instruction-following
          of semantic fragments---systematically generated                   | of semantic fragments—systematically generated
          broadcasting of information ---the "blackboard"                    | broadcasting of information — the "blackboard"
          the teacher-->student feedback loop                                | the teacher-->student feedback loop
          run it with --max-steps 10 -- or fewer                             | run it with --max-steps 10 – or fewer
          see https://example.org/a--b for details                           | see https://example.org/a--b for details
          """)
  void readsLatexAsText(String latex, String text) {
    assertEquals(text.strip(), LatexText.readable(latex.strip()));
  }

  @Test
  void textWithoutLatexIsReturnedAsItIs() {
    String plain = "We fine-tune LLaMA-2 with LoRA on 52K instructions.";
    assertSame(plain, LatexText.readable(plain));
  }

  @Test
  void aTitleOfNothingButMarkupKeepsWhatWasWritten() {
    assertEquals("\\cite{x}", LatexText.readable("\\cite{x}"));
  }

  @Test
  void anAuthorsMacroForTheMethodReadsAsTheNameTheTitleGives() {
    assertEquals(
        "we propose MathSE, a framework. MathSE refines the model.",
        CapturedText.readableAbstract(
            "we propose \\method, a framework. \\method refines the model.",
            "MathSE: Improving Multimodal Mathematical Reasoning"));
    // without a name before a colon in the title, nothing to read it as: left as written
    assertEquals(
        "we propose \\method, a framework.",
        CapturedText.readableAbstract("we propose \\method, a framework.", "Improving Reasoning"));
  }

  /**
   * The one read for tell-tales before the rewrites skips no text a rewrite changes: every title
   * and abstract of the fresh corpora reads as it does with every step's own test run.
   */
  @Test
  void theTestForTellTalesSkipsNoFreshTextARewriteChanges() throws IOException {
    Assumptions.assumeTrue(FreshTexts.present(), "the fresh corpora are not there");
    int rewritten = 0;
    for (FreshTexts.FreshText fresh : FreshTexts.all()) {
      String every = LatexText.rewritten(fresh.text());
      assertEquals(every, LatexText.readable(fresh.text()), fresh.where());
      rewritten += every.equals(fresh.text()) ? 0 : 1;
    }
    org.junit.jupiter.api.Assertions.assertTrue(rewritten > 0, "no fresh text holds LaTeX");
  }

  /** The same on random texts of the pieces the rewrites and the test look for. */
  @Property(tries = 20_000, seed = "20261207", edgeCases = EdgeCasesMode.MIXIN)
  void theTestForTellTalesMissesNothing(@ForAll("texts") String text) {
    assertEquals(LatexText.rewritten(text), LatexText.readable(text), text);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            " ",
            "a",
            "Z",
            "2",
            ".",
            "(",
            ")",
            "word",
            "'",
            "''",
            "`",
            "``",
            "\"",
            "-",
            "--",
            "---",
            "^",
            "^{",
            "_",
            "_{",
            "{",
            "}",
            "\\",
            "\\cite{x}",
            "\\alpha",
            "~",
            "$",
            "$x$",
            "q",
            "e",
            "l",
            "g",
            "leq",
            "geq",
            "le",
            "ge",
            "w",
            "rightarro",
            "rightarrow",
            "Rightarrow",
            "alpha",
            "\u2014",
            "\u2019");
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
