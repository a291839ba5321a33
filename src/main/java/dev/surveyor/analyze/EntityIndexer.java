package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds which entities each paper mentions and indexes the mentions both ways. */
final class EntityIndexer {
  private static final Comparator<EntityUse> STRONGEST =
      Comparator.comparing(EntityUse::inTitle)
          .reversed()
          .thenComparing(Comparator.comparingInt(EntityUse::count).reversed())
          .thenComparing(u -> u.entity().slug());

  private EntityIndexer() {}

  /** An entity's mentions in one paper, counted as they are found. */
  private static final class Count {
    private final Entity entity;
    private int mentions;
    private boolean inTitle;

    Count(Entity entity) {
      this.entity = entity;
    }
  }

  /** One paper's entities, strongest first, and the name-like words no entity covers. */
  private record Found(List<EntityUse> uses, Set<String> candidates) {
    static Found in(EntityMatcher matcher, Paper paper) {
      List<EntityMatcher.Mention> inTitle = matcher.find(paper.title());
      // the abstract's links were found on reading it, not looked for again
      List<EntityMatcher.Mention> inAbstract =
          matcher.find(paper.abstractText(), paper.linkSpans());
      // by slug, unique in the lexicon: a record's own hash reads all its fields, the description
      // and aliases included, for every mention of every paper
      Map<String, Count> counts = new LinkedHashMap<>();
      for (EntityMatcher.Mention m : inTitle) {
        Count c = counts.computeIfAbsent(m.entity().slug(), s -> new Count(m.entity()));
        c.mentions++;
        c.inTitle = true;
      }
      for (EntityMatcher.Mention m : inAbstract) {
        counts.computeIfAbsent(m.entity().slug(), s -> new Count(m.entity())).mentions++;
      }
      List<EntityUse> uses = new ArrayList<>();
      counts.forEach((slug, c) -> uses.add(new EntityUse(c.entity, c.mentions, c.inTitle)));
      uses.sort(STRONGEST);
      return new Found(List.copyOf(uses), EntityCandidates.of(paper, inTitle, inAbstract));
    }
  }

  static EntityIndex build(List<Entity> entities, List<Paper> papers) {
    EntityMatcher matcher = new EntityMatcher(entities);
    Map<String, List<EntityUse>> byPaper = new HashMap<>();
    Map<String, List<Map.Entry<String, Integer>>> mentions = new HashMap<>();
    // Matching is per paper and pure, so in parallel; the indexes are filled in paper order.
    List<Found> perPaper = Cores.map(papers, p -> Found.in(matcher, p));
    for (int i = 0; i < papers.size(); i++) {
      Paper paper = papers.get(i);
      List<EntityUse> uses = perPaper.get(i).uses();
      byPaper.put(paper.slug(), uses);
      for (EntityUse use : uses) {
        mentions
            .computeIfAbsent(use.entity().slug(), s -> new ArrayList<>())
            .add(Map.entry(paper.slug(), use.count() + (use.inTitle() ? 1000 : 0)));
      }
    }
    Map<String, List<String>> byEntity = new HashMap<>();
    for (Entity entity : entities) {
      List<Map.Entry<String, Integer>> found = mentions.getOrDefault(entity.slug(), List.of());
      byEntity.put(
          entity.slug(),
          found.stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .map(Map.Entry::getKey)
              .toList());
    }
    List<Set<String>> candidates = perPaper.stream().map(Found::candidates).toList();
    return new EntityIndex(entities, byPaper, byEntity, EntityCandidates.rank(candidates));
  }
}
