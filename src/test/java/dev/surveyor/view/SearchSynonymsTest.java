package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.view.SearchIndex.Synonyms;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curator's synonym groups as the browser reads them, over the real survey's words. */
class SearchSynonymsTest {
  private static SearchTerms words;
  private static List<Paper> papers;

  @BeforeAll
  static void analyse() {
    words = RealSurvey.analysed().searchTerms();
    papers = RealSurvey.analysed().papers();
  }

  @Test
  void everyFormOfAOneWordNamesStemWidensToTheGroup() {
    List<Synonyms> groups =
        SearchSynonyms.of(
            List.of(List.of("Distill", "teacher", "knowledge transfer")), words, papers);
    assertEquals(1, groups.size());
    Synonyms group = groups.get(0);
    assertEquals(
        List.of(List.of("distill"), List.of("teacher"), List.of("knowledge", "transfer")),
        group.w());
    assertEquals(0, group.f().get("distillation"));
    assertEquals(0, group.f().get("distilling"));
    assertEquals(1, group.f().get("teachers"));
    // a phrase is found as its words together; it does not widen "knowledge" alone
    assertFalse(group.f().containsKey("knowledge"));
    assertFalse(group.f().containsKey("antidistillation"), "another word");
  }

  @Test
  void aGroupNoPaperWritesOrOfOneNameIsLeftOut() {
    assertTrue(SearchSynonyms.of(List.of(List.of("zzyzx", "qwfpgj")), words, papers).isEmpty());
    assertTrue(SearchSynonyms.of(List.of(List.of("teacher", "Teacher")), words, papers).isEmpty());
    assertTrue(SearchSynonyms.of(List.of(), words, papers).isEmpty());
  }

  @Test
  void aPhraseListsThePapersWritingItsWordsTogether() { // issue 22, item 12
    Synonyms group =
        SearchSynonyms.of(
                List.of(List.of("RL", "reinforcement learning", "reinforcement fine-tuning")),
                words,
                papers)
            .get(0);
    assertEquals(null, group.p().get(0), "a word is found by the index");
    List<String> learning = titles(group.p().get(1));
    List<String> fineTuning = titles(group.p().get(2));
    // CLIMB writes "to reinforce linguistic generalization" and "learning", not the phrase
    assertTrue(learning.stream().noneMatch(t -> t.startsWith("CLIMB")), learning.toString());
    // "Reinforcement Finetuning" written as one word is the phrase too
    String adaRft = "Efficient Reinforcement Finetuning via Adaptive Curriculum Learning";
    assertTrue(fineTuning.contains(adaRft), fineTuning.toString());
    assertTrue(titles(group.t().get(2)).contains(adaRft));
    assertFalse(titles(group.t().get(1)).contains(adaRft), "its title's words apart");
    assertTrue(learning.size() > 50 && fineTuning.size() < learning.size(), learning.size() + "");
  }

  private static List<String> titles(SearchIndex.Members members) {
    List<String> titles = new java.util.ArrayList<>();
    if (members.a() != null) {
      for (int doc : SearchCodes.readBits(members.a())) {
        titles.add(papers.get(doc).title());
      }
      return titles;
    }
    int doc = -1;
    for (int gap : SearchCodes.read(members.p())) {
      doc += gap;
      titles.add(papers.get(doc).title());
    }
    return titles;
  }
}
