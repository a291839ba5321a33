package dev.surveyor.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Markdown;
import dev.surveyor.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links of one kind a curated text makes, as the renderer sees them. */
class MarkdownLinksTest {
  private static List<String> papers(String text) {
    return MarkdownLinks.targets(new Markdown(text, new Provenance("themes/x.md", 5)), "paper");
  }

  @Test
  void eachPaperOnceInReadingOrderAndOnlyRealLinks() {
    assertEquals(
        List.of("b", "a"),
        papers(
            "Code `[x](paper:z)` is not a link, nor is paper:y.\n\n"
                + "### Group\n\n[B](paper:b), an [entity](entity:c), [A](paper:a) and [B again](paper:b)."));
  }

  @Test
  void aTextWithoutLinksHasNone() {
    assertEquals(List.of(), papers("Plain words about [a site](https://example.org)."));
  }
}
