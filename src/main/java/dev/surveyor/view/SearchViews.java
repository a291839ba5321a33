package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.SearchWords;
import dev.surveyor.text.Text;
import dev.surveyor.view.SearchIndex.Fragment;
import dev.surveyor.view.SearchIndex.Manifest;
import dev.surveyor.view.SearchIndex.Members;
import dev.surveyor.view.SearchIndex.SearchTheme;
import dev.surveyor.view.Views.Option;
import dev.surveyor.view.Views.SearchPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The search page and the index its script loads piece by piece ({@link SearchIndex}). */
final class SearchViews {
  /** The theme filter's value for papers in no theme, as the "Other" page's slug. */
  static final String OTHER = Survey.OTHER;

  /** Papers per fragment file: a page of results reads a few small files. */
  static final int BUNDLE = 8;

  /**
   * Papers per abstract file. An abstract is loaded only for a result shown without a word the
   * query matched, and such results lie far apart, so nearly each takes a file of its own: four
   * abstracts, about 6 kB here, where eight would be 11 kB; one a file would be a file per paper.
   */
  static final int EXCERPTS = 4;

  private final ViewContext context;
  private final Survey survey;

  SearchViews(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
  }

  SearchPage page() {
    String path = Urls.SEARCH;
    List<Option> themes = context.themeChoices();
    List<Paper> papers = survey.papers();
    List<Option> years = new ArrayList<>();
    if (Coverage.enough(papers, Coverage::year)) {
      years.add(new Option("", "All years"));
      years.addAll(Facets.years(papers));
    }
    return new SearchPage(
        context.frame(
            path,
            "Search",
            "Search the survey's papers by " + Text.series(searched(papers, false)) + ".",
            "search",
            Urls.SEARCH_CORE,
            Urls.SEARCH_INDEX,
            Urls.QUERY_SCRIPT,
            Urls.SEARCH_SCRIPT),
        lead(papers),
        papers.size(),
        themes,
        years,
        survey.themes().stream().map(t -> context.summary(t, path)).toList(),
        context.otherSummary(path),
        Urls.relative(path, Urls.ALL_PAPERS));
  }

  /**
   * What the index holds, said as the search page's lead: titles, abstracts and the entities named,
   * then authors, venues and organisations only where {@link Coverage} finds enough papers carry
   * them (the index holds what a few papers have too, but a field promised for a few is not one a
   * reader can search by).
   */
  static String lead(List<Paper> papers) {
    return Text.series(searched(papers, true))
        + " named in all "
        + papers.size()
        + " papers, searched in your browser.";
  }

  private static List<String> searched(List<Paper> papers, boolean lead) {
    List<String> fields =
        new ArrayList<>(List.of(lead ? "Titles" : "title", lead ? "whole abstracts" : "abstract"));
    if (Coverage.enough(papers, p -> !p.details().authors().isEmpty())) {
      fields.add(lead ? "authors" : "author");
    }
    if (Coverage.enough(papers, p -> p.details().venue() != null)) {
      fields.add(lead ? "venues" : "venue");
    }
    if (Coverage.enough(papers, p -> p.organization() != null)) {
      fields.add(lead ? "organisations" : "organisation");
    }
    fields.add(lead ? "the methods, benchmarks and models" : "the methods they name");
    return fields;
  }

  /**
   * The names a query calls a theme by: its name and short name, and those search finds an entity
   * named like it by, whole or their start, which the site counts as the same thing
   * ("parameter-efficient" for PEFT): a query for one frames and counts its papers as the theme's,
   * as "PEFT" does (issue 22). Not every alias: "curriculum DPO" is not the theme.
   */
  private List<String> names(Theme theme) {
    TreeSet<String> names =
        new TreeSet<>(
            List.of(SearchWords.phrase(theme.name()), SearchWords.phrase(theme.shortName())));
    survey.entities().entities().stream()
        .filter(entity -> EntityViews.sharesName(entity, theme))
        .forEach(
            entity ->
                SearchIndexer.names(entity)
                    .forEach(
                        name -> {
                          names.add(SearchWords.phrase(name));
                          names.addAll(SearchIndexer.nameStarts(name));
                        }));
    names.remove("");
    return names.stream().toList();
  }

  SearchIndex index() {
    String from = Urls.SEARCH;
    List<SearchTheme> themes = new ArrayList<>();
    for (Theme theme : survey.themes()) {
      themes.add(
          new SearchTheme(
              theme.slug(),
              theme.name(),
              Urls.relative(from, Urls.theme(theme.slug())),
              names(theme)));
    }
    themes.add(new SearchTheme(OTHER, "Other papers", Urls.relative(from, Urls.OTHER), List.of()));
    List<Paper> papers = survey.papers();
    TreeSet<Integer> yearSet = new TreeSet<>();
    papers.forEach(
        p -> {
          if (Facets.year(p) != null) {
            yearSet.add(Facets.year(p));
          }
        });
    List<Integer> years = new ArrayList<>(yearSet);
    Map<String, Integer> themeBits = new java.util.HashMap<>();
    for (int t = 0; t < survey.themes().size(); t++) {
      themeBits.put(survey.themes().get(t).slug(), t);
    }
    StringBuilder facets = new StringBuilder();
    int[][] members = new int[survey.themes().size()][];
    int[] memberCounts = new int[members.length];
    Arrays.setAll(members, t -> new int[16]);
    List<List<Fragment>> bundles = new ArrayList<>();
    List<Fragment> bundle = new ArrayList<>();
    List<List<String>> abstracts = new ArrayList<>();
    for (int doc = 0; doc < papers.size(); doc++) {
      Paper paper = papers.get(doc);
      List<String> paperThemes = survey.themesOf(paper);
      int mask = 0;
      for (String slug : paperThemes) {
        int t = themeBits.get(slug);
        mask |= 1 << t;
        if (memberCounts[t] == members[t].length) {
          members[t] = Arrays.copyOf(members[t], memberCounts[t] * 2);
        }
        members[t][memberCounts[t]++] = doc;
      }
      Integer year = Facets.year(paper);
      SearchCodes.append(facets, mask);
      SearchCodes.append(facets, year == null ? 0 : years.indexOf(year) + 1);
      bundle.add(
          new Fragment(
              Urls.relative(from, Urls.paper(paper.slug())),
              paper.title(),
              context.item(paper, from).summary(),
              paperThemes,
              paper.date() == null ? null : paper.date().shown(),
              paper.upvotes(),
              paper.details().authors().isEmpty() ? null : paper.details().authorLine()));
      if (doc % EXCERPTS == 0) {
        abstracts.add(new ArrayList<>());
      }
      abstracts.get(abstracts.size() - 1).add(paper.abstractText());
      if (bundle.size() == BUNDLE) {
        bundles.add(bundle);
        bundle = new ArrayList<>();
      }
    }
    if (!bundle.isEmpty()) {
      bundles.add(bundle);
    }
    List<SearchIndex.SearchGroup> groups = new ArrayList<>();
    List<Members> groupMembers = new ArrayList<>();
    groups(groups, groupMembers);
    SearchIndexer indexer = new SearchIndexer(survey);
    List<SearchIndex.Shard> shards = indexer.shards();
    Manifest manifest =
        new Manifest(
            papers.size(),
            BUNDLE,
            EXCERPTS,
            themes,
            groups,
            years,
            shards.stream().map(SearchIndex.Shard::key).toList(),
            indexer.stopWords(),
            SearchSynonyms.of(
                survey.content().config().searchSynonyms(), survey.searchTerms(), survey.papers()));
    List<Members> themeMembers = new ArrayList<>();
    for (int t = 0; t < members.length; t++) {
      themeMembers.add(SearchCodes.members(members[t], memberCounts[t], papers.size()));
    }
    return new SearchIndex(
        manifest, shards, bundles, abstracts, themeMembers, groupMembers, facets.toString());
  }

  /**
   * The named sub-topics of every theme, then of the papers in no theme, each with its papers: a
   * theme page shows only those as groups, so only their names are ones a reader has seen.
   */
  private void groups(List<SearchIndex.SearchGroup> groups, List<Members> members) {
    List<Paper> papers = survey.papers();
    Map<String, Integer> number = new java.util.HashMap<>();
    for (int doc = 0; doc < papers.size(); doc++) {
      number.put(papers.get(doc).slug(), doc);
    }
    HomeForms homes = new HomeForms(survey.searchTerms());
    List<String> owners = new ArrayList<>();
    survey.themes().forEach(t -> owners.add(t.slug()));
    owners.add(OTHER);
    for (String owner : owners) {
      for (Subtopic subtopic : survey.subtopicsOf(owner)) {
        String q = subtopic.named() ? homes.phrase(subtopic.label()) : "";
        if (q.isEmpty()) {
          continue;
        }
        int[] docs =
            subtopic.papers().stream()
                .map(number::get)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        groups.add(new SearchIndex.SearchGroup(subtopic.label(), owner, q));
        members.add(SearchCodes.members(docs, docs.length, papers.size()));
      }
    }
  }
}
