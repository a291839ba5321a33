package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.markdown.MarkdownLinks;
import dev.surveyor.model.Content;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated texts that one page alone shows, and which page that is: the home introduction on the
 * home page ({@link HomeViews}), a theme's introduction on its theme page ({@link ThemeViews}), a
 * paper note's body on the paper's page ({@link PaperViews}), an extra page's body on that page
 * ({@link SiteViews}) and the introduction of the papers in no theme on theirs ({@link
 * ThemeViews}). What a rebuild asks to learn which pages an edit of such a text reaches; a view
 * that starts to show one of them elsewhere must say so here ({@link #borrowed}).
 */
public final class PageTexts {
  private static final Markdown BLANK = new Markdown("", new Provenance("", 0));

  private PageTexts() {}

  /** Every text that one page alone shows, by the path of that page, in content order. */
  public static Map<String, Markdown> of(Content content) {
    Map<String, Markdown> shown = new LinkedHashMap<>();
    add(shown, content.intro(), Urls.HOME);
    for (Theme theme : content.themes()) {
      add(shown, theme.intro(), Urls.theme(theme.slug()));
    }
    for (PaperNote note : content.notes()) {
      add(shown, note.note(), Urls.paper(note.slug()));
    }
    for (ExtraPage page : content.pages()) {
      add(shown, page.body(), Urls.page(page.slug()));
    }
    add(shown, content.other().intro(), Urls.OTHER);
    return shown;
  }

  /**
   * What a page takes from texts that are other pages' own, by the path of that page: the home page
   * lists the first papers each theme's introduction links ({@link ThemeStarts}), so an edit that
   * changes an introduction's links renders the home page too, and one of its words alone does not.
   */
  public static Map<String, List<String>> borrowed(Content content) {
    List<String> links = new ArrayList<>();
    for (Theme theme : content.themes()) {
      links.add(theme.slug() + ": " + MarkdownLinks.targets(theme.intro(), ThemeStarts.LINKS));
    }
    return Map.of(Urls.HOME, List.copyOf(links));
  }

  /**
   * The content with every text {@link #of} lists blanked: what the other pages and files are made
   * from, so two contents equal here differ only in pages {@link #of} names.
   */
  public static Content withoutThem(Content content) {
    return content.toBuilder()
        .intro(BLANK)
        .themes(content.themes().stream().map(t -> t.withIntro(BLANK)).toList())
        .notes(content.notes().stream().map(n -> n.withNote(BLANK)).toList())
        .pages(
            content.pages().stream()
                .map(p -> new ExtraPage(p.slug(), p.title(), p.order(), BLANK))
                .toList())
        .other(content.other().withIntro(BLANK))
        .build();
  }

  private static void add(Map<String, Markdown> shown, Markdown text, String page) {
    shown.put(page, text);
  }
}
