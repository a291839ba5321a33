package dev.surveyor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.model.Content;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Theme;
import dev.surveyor.support.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an edit of the real content requires: the pages that show an edited text (as the views say),
 * every page for the navigation, a new analysis for anything else.
 */
class RebuildPlanTest {
  private static Content content;
  private static FileSnapshot templates;

  @BeforeAll
  static void read(@TempDir Path empty) throws Exception {
    content = new ContentReader(Repo.content(), new Diagnostics()).read();
    templates = FileSnapshot.of(empty);
  }

  private static RebuildPlan after(Content edited) {
    return RebuildPlan.between(content, templates, edited, templates);
  }

  private static Markdown more(Markdown text) {
    return new Markdown(text.text() + " More.", text.start());
  }

  @Test
  void nothingChangedIsNothingToDo() {
    assertTrue(after(content).isEmpty());
  }

  @Test
  void anEditedThemeIntroductionRendersItsThemePageAlone() {
    List<Theme> themes = new ArrayList<>(content.themes());
    Theme first = themes.get(0);
    themes.set(0, first.withIntro(more(first.intro())));
    RebuildPlan plan = after(content.toBuilder().themes(themes).build());
    assertFalse(plan.analyse());
    assertEquals(Set.of("themes/" + first.slug() + ".html"), plan.pages());
    assertEquals("the text of themes/" + first.slug() + ".html", plan.reason());
  }

  @Test
  void anIntroductionsLinksAreOnTheHomePageTooItsWordsAreNot() {
    // the home page starts each theme with the papers its introduction links first
    List<Theme> themes = new ArrayList<>(content.themes());
    Theme first = themes.get(0);
    String text = first.intro().text();
    int link = text.indexOf("](paper:");
    assertTrue(link > 0, "the real introduction links a paper");
    String unlinked =
        text.substring(0, link)
            + "](paper:no-longer-first"
            + text.substring(text.indexOf(')', link));
    themes.set(0, first.withIntro(new Markdown(unlinked, first.intro().start())));
    RebuildPlan plan = after(content.toBuilder().themes(themes).build());
    assertFalse(plan.analyse());
    assertEquals(Set.of("index.html", "themes/" + first.slug() + ".html"), plan.pages());
  }

  @Test
  void editedNoteBodiesAndTheHomeRenderTheirPages() {
    List<PaperNote> notes = new ArrayList<>(content.notes());
    PaperNote note = notes.get(0);
    notes.set(0, note.withNote(more(note.note())));
    RebuildPlan plan = after(content.toBuilder().notes(notes).intro(more(content.intro())).build());
    assertFalse(plan.analyse());
    assertEquals(Set.of("index.html", "papers/" + note.slug() + ".html"), plan.pages());
    assertEquals("rendered index.html, papers/" + note.slug() + ".html", plan.work());
  }

  @Test
  void anExtraPageTitleIsInEveryPagesNavigation() {
    List<ExtraPage> pages = new ArrayList<>(content.pages());
    ExtraPage page = pages.get(0);
    pages.set(0, new ExtraPage(page.slug(), page.title() + "!", page.order(), page.body()));
    RebuildPlan plan = after(content.toBuilder().pages(pages).build());
    assertFalse(plan.analyse());
    assertTrue(plan.allPages());
    assertEquals("extra pages", plan.reason());
  }

  @Test
  void aThemeRuleOrACuratedTitleIsAnalysedAgain() {
    List<Theme> themes = new ArrayList<>(content.themes());
    Theme first = themes.get(0);
    themes.set(
        0,
        new Theme(
            first.slug(),
            first.name() + " and more",
            first.shortName(),
            first.order(),
            first.digest(),
            first.rules(),
            first.intro(),
            first.pins()));
    assertTrue(after(content.toBuilder().themes(themes).build()).analyse());
    assertTrue(after(content.toBuilder().notes(List.of()).build()).analyse());
  }
}
