package dev.surveyor.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.cite.CitationKeys.Parts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationKeysTest {
  private static Parts paper(String slug, String title, Integer year, String... authors) {
    return new Parts(slug, title, List.of(authors), year);
  }

  @Test
  void keyIsFirstWordYearAndNextWordWithoutAuthors() {
    assertEquals(
        "masked2024thought",
        CitationKeys.base(
            paper("m", "Masked Thought: Simply Masking Partial Reasoning Steps", 2024)));
    assertEquals(
        "maskedthought",
        CitationKeys.base(
            paper("m", "Masked Thought: Simply Masking Partial Reasoning Steps", null)));
  }

  @Test
  void keyStartsWithTheFirstAuthorsFamilyNameWhenNamesAreKnown() {
    assertEquals(
        "schone2023masked",
        CitationKeys.base(paper("m", "Masked Thought", 2023, "Jürgen Schöne", "Ada Lovelace")));
    assertEquals(
        "vanderberg2023masked",
        CitationKeys.base(paper("m", "Masked Thought", 2023, "van der Berg, Jan")));
  }

  @Test
  void smallWordsNumbersAndApostrophesDoNotMakeKeys() {
    assertEquals(
        "pretrainersguide",
        CitationKeys.base(paper("p", "A Pretrainer's Guide to Training Data", null)));
    assertEquals(
        "vlalearns",
        CitationKeys.base(paper("p", "π^{*}_{0.6}: a VLA That Learns From Experience", null)));
    assertEquals("paper2024", CitationKeys.base(paper("p", "π 0.6", 2024)));
  }

  @Test
  void collisionsKeepTheFirstKeyInSlugOrderAndLetterTheRest() {
    Map<String, String> keys =
        CitationKeys.assign(
            List.of(
                paper("scaling-laws-c", "Scaling Laws of C", null),
                paper("scaling-laws-a", "Scaling Laws for A", null),
                paper("scaling-laws-b", "Scaling Laws in B", null),
                paper("other", "Scaling Lawsb", null))); // its own key is what "b" would make
    assertEquals("scalinglaws", keys.get("scaling-laws-a"));
    assertEquals("scalinglawsc", keys.get("scaling-laws-b"));
    assertEquals("scalinglawsd", keys.get("scaling-laws-c"));
    assertEquals("scalinglawsb", keys.get("other"));
  }

  @Test
  void theSameInputInAnyOrderGivesTheSameKeys() {
    List<Parts> papers =
        List.of(
            paper("b", "Scaling Laws", 2024),
            paper("a", "Scaling Laws", 2024),
            paper("c", "Scaling Laws", 2024));
    Map<String, String> forward = CitationKeys.assign(papers);
    List<Parts> reversed = new java.util.ArrayList<>(papers);
    java.util.Collections.reverse(reversed);
    Map<String, String> backward = CitationKeys.assign(reversed);
    assertEquals(forward, backward);
    assertEquals("scaling2024laws", forward.get("a"));
    assertEquals("scaling2024lawsb", forward.get("b"));
    assertEquals("scaling2024lawsc", forward.get("c"));
  }

  @Test
  void suffixesRunPastZ() {
    assertEquals(
        List.of("b", "z", "aa", "ab", "zz", "aaa"),
        List.of(
            CitationKeys.letters(1),
            CitationKeys.letters(25),
            CitationKeys.letters(26),
            CitationKeys.letters(27),
            CitationKeys.letters(701),
            CitationKeys.letters(702)));
  }
}
