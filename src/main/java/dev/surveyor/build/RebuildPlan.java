package dev.surveyor.build;

import dev.surveyor.model.Content;
import dev.surveyor.model.Markdown;
import dev.surveyor.view.PageTexts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an edit requires, found by comparing the content and templates of the last good build with
 * those now on disk. The views say which curated texts one page alone shows ({@link PageTexts}: the
 * home, theme and page introductions and the bodies of paper notes); an edit confined to them
 * re-renders that page. A template change re-renders every page from the same analysis. Anything
 * else (settings, listings, entities, theme rules and names, curator overrides) is analysed again.
 *
 * @param analyse ingest (from cached parses) and analyse again
 * @param allPages render every page
 * @param pages the pages to render when not all are
 * @param renderer the templates changed, so the renderer must load them afresh
 * @param assets copy the assets again
 * @param reason what changed, for the terminal
 */
public record RebuildPlan(
    boolean analyse,
    boolean allPages,
    Set<String> pages,
    boolean renderer,
    boolean assets,
    String reason) {

  public RebuildPlan {
    pages = Collections.unmodifiableSortedSet(new TreeSet<>(pages)); // told in path order
  }

  public static RebuildPlan everything(String reason) {
    return new RebuildPlan(true, true, Set.of(), true, true, reason);
  }

  public static RebuildPlan between(
      Content before, FileSnapshot templatesBefore, Content after, FileSnapshot templatesAfter) {
    boolean renderer = !templatesBefore.same(templatesAfter, path -> !isAsset(path));
    boolean assets = !templatesBefore.same(templatesAfter, RebuildPlan::isAsset);
    List<String> reasons = new ArrayList<>();
    if (analysed(before, after)) {
      reasons.add("content");
      return new RebuildPlan(
          true, true, Set.of(), renderer, assets, describe(reasons, renderer, assets));
    }
    Set<String> pages = changedTexts(before, after);
    // Page titles and order are in every page's navigation.
    boolean navigation =
        !PageTexts.withoutThem(before).pages().equals(PageTexts.withoutThem(after).pages());
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

  public static boolean isAsset(String templatePath) {
    return templatePath.startsWith("assets/");
  }

  /** Whether anything an analysis reads differs: all but the bodies and the extra pages. */
  private static boolean analysed(Content before, Content after) {
    return !analysed(before).equals(analysed(after));
  }

  /**
   * The content as the analysis sees it: the texts that only their own pages show blanked, the
   * extra pages (which reach only the navigation) left out. Every other component counts, so a new
   * one does until someone decides otherwise.
   */
  private static Content analysed(Content c) {
    return PageTexts.withoutThem(c).toBuilder().pages(List.of()).build();
  }

  /**
   * The pages whose own text alone changed, and those that show what changed of another's; a text
   * that came or went is a matter for {@link #analysed} or the navigation.
   */
  private static Set<String> changedTexts(Content before, Content after) {
    Map<String, Markdown> then = PageTexts.of(before);
    Set<String> pages = new TreeSet<>();
    PageTexts.of(after)
        .forEach(
            (page, now) -> {
              Markdown was = then.get(page);
              if (was != null && !was.equals(now)) {
                pages.add(page);
              }
            });
    // a page that shows part of another page's text: the home, the introductions' links
    Map<String, List<String>> borrowedThen = PageTexts.borrowed(before);
    PageTexts.borrowed(after)
        .forEach(
            (page, now) -> {
              if (!now.equals(borrowedThen.get(page))) {
                pages.add(page);
              }
            });
    return pages;
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

  public boolean isEmpty() {
    return !analyse && !allPages && pages.isEmpty() && !renderer && !assets;
  }

  public boolean renders(String path) {
    return allPages || pages.contains(path);
  }

  /** What the rebuild redid, for the terminal. */
  public String work() {
    if (analyse) {
      return "analysed and rendered every page";
    }
    if (allPages) {
      return "rendered every page";
    }
    return pages.isEmpty() ? "copied assets" : "rendered " + String.join(", ", pages);
  }
}
