package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.SearchTerms;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.view.SearchIndex.Synonyms;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curator's synonym groups as the browser reads them, over the real survey's words. */
class SearchSynonymsTest {
  private static SearchTerms words;

  @BeforeAll
  static void analyse() {
    words = RealSurvey.analysed().searchTerms();
  }

  @Test
  void everyFormOfAOneWordNamesStemWidensToTheGroup() {
    List<Synonyms> groups =
        SearchSynonyms.of(List.of(List.of("Distill", "teacher", "knowledge transfer")), words);
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
    assertTrue(SearchSynonyms.of(List.of(List.of("zzyzx", "qwfpgj")), words).isEmpty());
    assertTrue(SearchSynonyms.of(List.of(List.of("teacher", "Teacher")), words).isEmpty());
    assertTrue(SearchSynonyms.of(List.of(), words).isEmpty());
  }
}
