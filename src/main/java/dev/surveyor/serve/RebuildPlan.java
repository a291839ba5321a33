package dev.surveyor.serve;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Content;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What an edit requires, found by comparing the content and templates of the last good build with
 * those now on disk. Only the home, theme and page introductions and the bodies of paper notes are
 * read by nothing but their own page; an edit confined to them re-renders that page. A template
 * change re-renders every page from the same analysis. Anything else (settings, listings, entities,
 * theme rules and names, curator overrides) is analysed again.
 *
 * @param analyse ingest (from cached parses) and analyse again
 * @param allPages render every page
 * @param pages the pages to render when not all are
 * @param renderer the templates changed, so the renderer must load them afresh
 * @param assets copy the assets again
 * @param reason what changed, for the terminal
 */
record RebuildPlan(
    boolean analyse,
    boolean allPages,
    Set<String> pages,
    boolean renderer,
    boolean assets,
    String reason) {

  private static final Markdown NONE = new Markdown("", new Provenance("", 0));

  RebuildPlan {
    pages = Set.copyOf(pages);
  }

  static RebuildPlan everything(String reason) {
    return new RebuildPlan(true, true, Set.of(), true, true, reason);
  }

  static RebuildPlan between(
      Content before, FileSnapshot templatesBefore, Content after, FileSnapshot templatesAfter) {
    boolean renderer = !templatesBefore.same(templatesAfter, path -> !isAsset(path));
    boolean assets = !templatesBefore.same(templatesAfter, RebuildPlan::isAsset);
    List<String> reasons = new ArrayList<>();
    if (analysed(before, after)) {
      reasons.add("content");
      return new RebuildPlan(
          true, true, Set.of(), renderer, assets, describe(reasons, renderer, assets));
    }
    Set<String> pages = new TreeSet<>();
    if (!before.intro().equals(after.intro())) {
      pages.add(Urls.HOME);
    }
    pages.addAll(bodies(before.themes(), after.themes(), Theme::slug, Theme::intro, Urls::theme));
    pages.addAll(
        bodies(before.notes(), after.notes(), PaperNote::slug, PaperNote::note, Urls::paper));
    pages.addAll(
        bodies(before.pages(), after.pages(), ExtraPage::slug, ExtraPage::body, Urls::page));
    // Page titles and order are in every page's navigation.
    boolean navigation =
        !bare(before.pages(), RebuildPlan::withoutBody)
            .equals(bare(after.pages(), RebuildPlan::withoutBody));
    if (!pages.isEmpty()) {
      reasons.add(
          pages.size() == 1
              ? "the text of " + pages.iterator().next()
              : "the text of " + pages.size() + " pages");
    }
    if (navigation) {
      reasons.add("extra pages");
    }
    boolean all = renderer || navigation;
    return new RebuildPlan(
        false, all, all ? Set.of() : pages, renderer, assets, describe(reasons, renderer, assets));
  }

  static boolean isAsset(String templatePath) {
    return templatePath.startsWith("assets/");
  }

  /** Whether anything an analysis reads differs: all but the bodies and the extra pages. */
  private static boolean analysed(Content before, Content after) {
    return !analysed(before).equals(analysed(after));
  }

  /**
   * The content as the analysis sees it: the texts that only their own pages show blanked, the
   * extra pages (which reach only the navigation) left out. Built with every component, so a new
   * one counts until someone decides otherwise.
   */
  private static Content analysed(Content c) {
    return new Content(
        c.config(),
        NONE,
        bare(c.themes(), RebuildPlan::withoutIntro),
        bare(c.notes(), RebuildPlan::withoutNote),
        List.of(),
        c.entities(),
        c.sources(),
        c.skippedSources());
  }

  /**
   * The pages of items whose body alone changed; an item whose other parts changed, or that came or
   * went, is a matter for {@link #analysed} or the navigation.
   */
  private static <T> Set<String> bodies(
      List<T> before,
      List<T> after,
      Function<T, String> slug,
      Function<T, Markdown> body,
      UnaryOperator<String> page) {
    Map<String, Markdown> then = new HashMap<>();
    before.forEach(item -> then.put(slug.apply(item), body.apply(item)));
    Set<String> pages = new TreeSet<>();
    for (T now : after) {
      Markdown was = then.get(slug.apply(now));
      if (was != null && !was.equals(body.apply(now))) {
        pages.add(page.apply(slug.apply(now)));
      }
    }
    return pages;
  }

  private static <T> List<T> bare(List<T> items, UnaryOperator<T> strip) {
    return items.stream().map(strip).toList();
  }

  private static Theme withoutIntro(Theme t) {
    return t.withIntro(NONE);
  }

  private static PaperNote withoutNote(PaperNote n) {
    return n.withNote(NONE);
  }

  private static ExtraPage withoutBody(ExtraPage p) {
    return new ExtraPage(p.slug(), p.title(), p.order(), NONE);
  }

  private static String describe(List<String> reasons, boolean renderer, boolean assets) {
    List<String> all = new ArrayList<>(reasons);
    if (renderer) {
      all.add("templates");
    }
    if (assets) {
      all.add("assets");
    }
    return String.join(", ", all);
  }

  boolean isEmpty() {
    return !analyse && !allPages && pages.isEmpty() && !renderer && !assets;
  }

  boolean renders(String path) {
    return allPages || pages.contains(path);
  }

  /** What the rebuild redid, for the terminal. */
  String work() {
    if (analyse) {
      return "analysed and rendered every page";
    }
    if (allPages) {
      return "rendered every page";
    }
    return pages.isEmpty() ? "copied assets" : "rendered " + String.join(", ", pages);
  }
}
