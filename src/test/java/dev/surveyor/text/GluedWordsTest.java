package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.FreshTexts;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A function word the capture glued to a name (issue 22 item 2: "embodied byFLAN-MOE"), parted
 * where no name could be meant, and sentences glued at a full stop ("languages.To begin"), on the
 * real survey and the fresh corpora.
 */
class GluedWordsTest {
  /** A word that opens a sentence after a stop and a space. */
  private static final Pattern OPENER = Pattern.compile("\\. ([A-Z][A-Za-z]*)");

  private static final Pattern WORD = Pattern.compile("[A-Z][A-Za-z]*");

  @Test
  void aFunctionWordGluedToAnAcronymOrANameIsParted() {
    assertEquals(
        "The advancements embodied by FLAN-MOE inspire a reevaluation",
        GluedWords.mended("The advancements embodied byFLAN-MOE inspire a reevaluation"));
    assertEquals(
        "improves the few-shot performance of LLMs (62B), matching",
        GluedWords.mended("improves the few-shot performance ofLLMs (62B), matching"));
    assertEquals(
        "We find that while GPT-3 is able to summarize",
        GluedWords.mended("We find that whileGPT-3 is able to summarize"));
    assertEquals(
        "Existing surveys organize the CUA landscape",
        GluedWords.mended("Existing surveys organize theCUA landscape"));
    // after a function word of four letters or more, a capitalised word too
    assertEquals(
        "We find that VertAttack is able", GluedWords.mended("We find thatVertAttack is able"));
    assertEquals(
        "Synthesis of Topic Outlines through Retrieval and Multi-perspective",
        GluedWords.mended("Synthesis of Topic Outlines throughRetrieval and Multi-perspective"));
  }

  @Test
  void namesAndLettersMarkedForAnAcronymStay() {
    for (String kept :
        List.of(
            // names whose lowercase start is theirs
            "mBERT, kNN, spBLEU, bgGLUE, myXNLI, alphaNLI, rsLoRA, vLLM, byT5, pLLM, iPhone, mRNA",
            "LLaMA, DeepSeek, fastText, nuScenes, spaCy, arXiv, chrF, nDCG, infoVerse",
            // letters marked for an acronym: not certain, listed for the curator instead
            "HiEraRchical forMulet ExpanSion, between Text aNd Topology, cUrriculum inStruction",
            // a short function word before a capitalised word may be such a mark
            "we explore the framework ofBayesian matrix factorisation",
            // a web address, a handle, a call in code
            "at https://github.com/x/byFLAN and @theGPT, and fromJSON(text) parses it")) {
      assertEquals(kept, GluedWords.mended(kept));
    }
  }

  /** The survey shows "by FLAN-MOE", mended in the capture and in the note a curator copied. */
  @Test
  void theSurveyShowsTheWordsParted() throws Exception {
    List<Paper> captured = RealSurvey.captured();
    String slug = "mixture-of-experts-meets-instruction-tuning-a-winning";
    Paper moe = captured.stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
    assertTrue(moe.abstractText().contains("embodied by FLAN-MOE inspire"), moe.abstractText());
    Survey survey = RealSurvey.analysed();
    String shown = survey.paper(slug).abstractText();
    assertTrue(shown.contains("embodied by FLAN-MOE inspire"), shown);
    // no paper shows what the rule would part, a curator's text included
    for (Paper paper : survey.papers()) {
      for (String text : List.of(paper.title(), paper.abstractText())) {
        assertEquals(text, GluedWords.mended(text), paper.slug());
      }
    }
  }

  /**
   * On the fresh corpora's 14,062 titles and abstracts the rule parts exactly these eight, each a
   * function word glued to a name; and it only ever adds spaces.
   */
  @Test
  void theFreshCorporaArePartedExactlyWhereWordsWereGlued() throws Exception {
    assumeTrue(FreshTexts.present(), "the fresh corpora are not there");
    List<String> parted = new ArrayList<>();
    int texts = 0;
    for (FreshTexts.FreshText fresh : FreshTexts.all()) {
      texts++;
      String text = fresh.text();
      String mended = GluedWords.wordsParted(text);
      assertEquals(text.replace(" ", ""), mended.replace(" ", ""), fresh.where());
      parted.addAll(gluedWords(text, mended));
    }
    assertTrue(texts > 14_000, texts + " texts");
    assertEquals(
        List.of(
            "whileGPT-3",
            "thatVertAttack",
            "throughRetrieval",
            "ofLLMs",
            "ofLLMs",
            "thatLMCor",
            "andAUCof94",
            "theCUA"),
        parted);
  }

  @Test
  void sentencesGluedAtAFullStopAreParted() {
    assertEquals(
        "reasoning models in natural languages. To begin, we continual train",
        GluedWords.mended("reasoning models in natural languages.To begin, we continual train"));
    assertEquals(
        "and downstream performance. To address these limitations, we",
        GluedWords.mended("and downstream performance.To address these limitations, we"));
    assertEquals(
        "the lists, tables, etc. The model", GluedWords.mended("the lists, tables, etc.The model"));
    for (String kept :
        List.of(
            // a model's name, a version, an abbreviation, a capital's stop
            "fine-tune Qwen2.5.Instruct and v1.2.Beta, e.g.The, U.S.The, et al.The (two letters)",
            // a web address, a file name, a handle, code
            "at https://github.com/org.Name, see github.com/Org.Repo and @user.Name",
            "calls torch.Tensor(x) and numpy.Array.sum, not nn.Module",
            // a capital after the stop that is not a word's start ("aB"), or a name ("iPhone")
            "the set.ABC and the list.IPhone")) {
      assertEquals(kept, GluedWords.mended(kept));
    }
  }

  /**
   * On the fresh corpora's 14,062 titles and abstracts the sentence rule parts 516 full stops, and
   * each is a sentence's end: the word after it opens a sentence somewhere else in the corpora
   * (after a stop and a space) but for nine read one by one, each a sentence's first word too.
   * Nothing but a space is added.
   */
  @Test
  void theFreshCorporaArePartedWhereSentencesWereGlued() throws Exception {
    assumeTrue(FreshTexts.present(), "the fresh corpora are not there");
    List<FreshTexts.FreshText> all = FreshTexts.all();
    Set<String> openers = new HashSet<>();
    for (FreshTexts.FreshText fresh : all) {
      Matcher m = OPENER.matcher(fresh.text());
      while (m.find()) {
        openers.add(m.group(1));
      }
    }
    int parted = 0;
    List<String> unseen = new ArrayList<>();
    for (FreshTexts.FreshText fresh : all) {
      String text = fresh.text();
      String mended = GluedWords.sentencesParted(text);
      assertEquals(text.replace(" ", ""), mended.replace(" ", ""), fresh.where());
      // the words after each space the rule added: the mended text's i-th character is the
      // text's (i - spaces added before it)-th
      int added = 0;
      for (int i = 0; i < mended.length(); i++) {
        if (i - added < text.length() && mended.charAt(i) == text.charAt(i - added)) {
          continue;
        }
        added++;
        Matcher word = WORD.matcher(mended).region(i + 1, mended.length());
        if (word.lookingAt() && !openers.contains(word.group())) {
          unseen.add(word.group());
        }
      }
      parted += added;
    }
    assertTrue(all.size() > 14_000, all.size() + " texts");
    assertEquals(516, parted);
    assertEquals(
        List.of(
            "Defining",
            "Hopefully",
            "Curved",
            "Intensive",
            "Repeatedly",
            "Misgendering",
            "Striking",
            "Established",
            "Tools"),
        unseen);
  }

  /** The words of {@code text} that {@code mended} parts, each up to the end of its name. */
  private static List<String> gluedWords(String text, String mended) {
    List<String> words = new ArrayList<>();
    int i = 0;
    for (int j = 0; j < mended.length(); j++, i++) {
      if (i < text.length() && text.charAt(i) == mended.charAt(j)) {
        continue;
      }
      int start = i;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      int end = i;
      while (end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
        end++;
      }
      words.add(text.substring(start, end));
      i--; // the space is the mended text's only
    }
    return words;
  }
}
