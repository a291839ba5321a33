package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.FreshTexts;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A prose word the capture glued to an opening bracket (issue 22, reader17: "Task-oriented
 * Models(Flan-T5-XL/XXL, T0++)" in two list summaries), parted where it is plainly prose, on the
 * real survey and the fresh corpora; a call or a formula stays.
 */
class GluedBracketsTest {
  @Test
  void aProseWordGluedToABracketIsParted() {
    assertEquals(
        "and Traditional Task-oriented Models (Flan-T5-XL/XXL, T0++) using",
        GluedBrackets.mended("and Traditional Task-oriented Models(Flan-T5-XL/XXL, T0++) using"));
    assertEquals(
        "the new state-of-art (SOTA) on the ProtoQA leaderboard",
        GluedBrackets.mended("the new state-of-art(SOTA) on the ProtoQA leaderboard"));
    assertEquals(
        "neural Text-To-Speech (TTS) models and a Fine-to-Coarse (F2C) mapping",
        GluedBrackets.mended(
            "neural Text-To-Speech(TTS) models and a Fine-to-Coarse(F2C) mapping"));
    assertEquals(
        "Large language models (LLMs)", GluedBrackets.mended("Large language models(LLMs)"));
  }

  @Test
  void aCallOrAFormulaStays() {
    for (String kept :
        List.of(
            // a single letter, a name in capitals or mixed case, a figure before the bracket
            "f(x), O(n), O(N), DKGF(W-I), LA(SER), fromJSON(Data), GPT-4(o), Qwen2.5-7B(Instruct)",
            // a single capital, a lowercase word or a figure inside it
            "cause(A, B), language(s), with(out), better(worse), TD(0), group(s)",
            // a mathematical function, a mathematical sign, a superscript
            "softmax(QK), attn(QK^T), attn(QKᵀ), score(X_i), loss(Y=1), log(P)",
            // already spaced, a bracket that never closes or holds another, code, a web address
            "models (LLMs), models(LLMs and more, torch.Tensor(Foo), x.apply(Fn), a_b(CD)",
            "at https://example.org/page(Name) and www.x.org/models(LLMs)")) {
      assertEquals(kept, GluedBrackets.mended(kept));
    }
  }

  /**
   * On the fresh corpora's 14,062 titles and abstracts, as the pipeline hands them to the rule, it
   * parts exactly these 46 words, each read by eye: every one prose before a name or an acronym it
   * introduces; and it only ever adds spaces.
   */
  @Test
  void theFreshCorporaArePartedExactlyWhereAWordWasGluedToABracket() throws Exception {
    assumeTrue(FreshTexts.present(), "the fresh corpora are not there");
    List<String> parted = new ArrayList<>();
    int texts = 0;
    for (FreshTexts.FreshText fresh : FreshTexts.all()) {
      texts++;
      String text = GluedWords.mended(EmphasisMarks.plain(LatexText.readable(fresh.text())));
      String mended = GluedBrackets.mended(text);
      assertEquals(text.replace(" ", ""), mended.replace(" ", ""), fresh.where());
      parted.addAll(partedWords(text, mended));
    }
    assertTrue(texts > 14_000, texts + " texts");
    // an acronym introduced, a list of models, a citation ("Quark(Lu et al., 2022a)")
    assertEquals(
        List.of(
            "Dialogue(PVHD",
            "recognition(EDRR",
            "score(MOS",
            "Rules(BCBR",
            "distillation(KD",
            "translation(NMT",
            "Distillation(AIO",
            "Fine-to-Coarse(F2C",
            "models(GPT",
            "Text-To-Speech(TTS",
            "Network(CICAN",
            "Text-to-speech(TTS",
            "Corporation(BBC",
            "Chain-of-Thought(CoT",
            "Models(MLLMs",
            "Analysis(EFSA",
            "Optimization(DPO",
            "Analysis(ABSA",
            "Graph(KG",
            "Prototyping(Fed",
            "Quark(Lu",
            "available(GPT",
            "Classification(ATSC",
            "Recognition(OCR",
            "Benchmark(V2P",
            "mean-variance(MV",
            "V-information(PVI",
            "pictures(GOP",
            "models(VLMs",
            "agents(AMAs",
            "answer(QA",
            "state-of-the-art(SOTA",
            "Dataset(ChiMDQA",
            "models(LLMs",
            "Block(OAIBlock",
            "Network(HDDAConv",
            "diagrams(DFDs",
            "models(LLMs",
            "framework(Bi",
            "vision-language-model(VLM",
            "agents(CUAs",
            "Weaver(NKW",
            "learning(RL",
            "approach(DO",
            "Adaptation(LoRA",
            "Mixture-of-Experts(MoE"),
        parted);
  }

  /** The survey shows both glued words parted, and nothing left that the rule would part. */
  @Test
  void theSurveyShowsTheBracketsParted() throws Exception {
    Survey survey = RealSurvey.analysed();
    String all = "";
    for (Paper paper : survey.papers()) {
      for (String text : List.of(paper.title(), paper.abstractText())) {
        assertEquals(text, GluedBrackets.mended(text), paper.slug());
        all += text + "\n";
      }
    }
    assertTrue(all.contains("Task-oriented Models (Flan-T5-XL/XXL, T0++)"));
    assertTrue(all.contains("the new state-of-art (SOTA) on the ProtoQA"));
  }

  /**
   * Each word the mended text parts from its bracket, with the bracket's first word: "Models(Flan".
   */
  private static List<String> partedWords(String text, String mended) {
    List<String> words = new ArrayList<>();
    int i = 0;
    for (int j = 0; j < mended.length(); j++, i++) {
      if (i < text.length() && text.charAt(i) == mended.charAt(j)) {
        continue;
      }
      int start = i;
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
      int end = i + 1;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      words.add(text.substring(start, end));
      i--; // the space is the mended text's only
    }
    return words;
  }
}
