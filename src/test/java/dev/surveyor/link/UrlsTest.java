package dev.surveyor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The site's addresses: files relative to the root, and the way between two of them. */
class UrlsTest {
  @Test
  void eachKindOfPageHasItsFolder() {
    assertEquals("papers/lora.html", Urls.paper("lora"));
    assertEquals("themes/peft.html", Urls.theme("peft"));
    assertEquals("entities/gsm8k.html", Urls.entity("gsm8k"));
    assertEquals("themes/peft.bib", Urls.themeBib("peft"));
    assertEquals("about.html", Urls.page("about"));
  }

  @Test
  void anOverlapHasOneAddressWhicheverThemeAsks() {
    assertEquals("overlaps/peft.reasoning.html", Urls.overlap("peft", "reasoning"));
    assertEquals("overlaps/peft.reasoning.html", Urls.overlap("reasoning", "peft"));
  }

  @Test
  void theWayUpCountsTheFoldersOfThePageLinkingFrom() {
    assertEquals("", Urls.root("index.html"));
    assertEquals("../", Urls.root("papers/lora.html"));
    assertEquals("../../", Urls.root("a/b/c.html"));
    assertEquals("../../../../../", Urls.root("a/b/c/d/e/f.html"));
    assertEquals("../themes/peft.html", Urls.relative("papers/lora.html", Urls.theme("peft")));
    assertEquals("themes/peft.html", Urls.relative("index.html", Urls.theme("peft")));
  }

  @Test
  void aSearchLinkCarriesItsValueEncoded() {
    assertEquals(
        "../search.html?q=chain+of+thought+%26+%22CoT%22",
        Urls.search("papers/lora.html", "q", "chain of thought & \"CoT\""));
    assertEquals("search.html?year=2024", Urls.search("papers.html", "year", "2024"));
  }

  @Test
  void theHomePagesPublicAddressIsTheBaseUrlItself() {
    assertEquals("https://example.org/s/", Urls.absolute("https://example.org/s/", Urls.HOME));
    assertEquals(
        "https://example.org/s/papers/lora.html",
        Urls.absolute("https://example.org/s/", Urls.paper("lora")));
  }
}
