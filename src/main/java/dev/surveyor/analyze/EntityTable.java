package dev.surveyor.analyze;

import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities that can say what two papers have in common, as small ids per paper. A model
 * (GPT-4o, Llama, Qwen) is what papers compare with or start from, whatever their subject, and an
 * entity a tenth of the papers name is shared by too many pairs: neither tells, so neither is kept.
 * Ids are given rarest first, so a paper's sorted ids list its rarest entities first.
 */
final class EntityTable {
  // A method in more than a tenth of the papers ("Instruction tuning" in this survey) relates too
  // many pairs to say what this pair has in common.
  private static final double COMMON_SHARE = 0.1;

  private final List<Entity> byId;
  private final int[][] telling;
  private final Set<String> modelWords;
  // how many papers name each entity, by slug (models aside)
  private final Map<String, Integer> mentions;
  private final int paperCount;
  private final Set<String> names;
  private final int[] nameHashes; // sorted
  private final Set<String> benchmarks;
  private final Set<String> tellingNames;
  // every entity's spellings (lowercase) to it: an acronym's words are its name's
  private final Map<String, Entity> bySpelling;
  // each telling entity's id, by slug
  private final Map<String, Integer> tellingIds;

  EntityTable(List<Paper> papers, EntityIndex index, int paperCount) {
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Entity> bySlug = new HashMap<>();
    Set<String> models = new HashSet<>();
    Set<String> all = new HashSet<>();
    Set<String> benchmarkNames = new HashSet<>();
    Map<String, Entity> spelled = new HashMap<>();
    for (Entity entity : index.entities()) {
      List<String> spellings = new ArrayList<>(entity.aliases());
      spellings.add(entity.name());
      spellings.add(entity.shortName());
      for (String spelling : spellings) {
        all.add(spelling.toLowerCase(Locale.ROOT));
        spelled.putIfAbsent(spelling.toLowerCase(Locale.ROOT), entity);
        if (entity.kind() == Entity.Kind.BENCHMARK) {
          benchmarkNames.add(spelling.toLowerCase(Locale.ROOT));
        }
      }
      if (entity.kind() == Entity.Kind.MODEL) {
        models.add(entity.name().toLowerCase(Locale.ROOT));
        entity.aliases().forEach(alias -> models.add(alias.toLowerCase(Locale.ROOT)));
      }
      if (entity.kind() != Entity.Kind.MODEL && bySlug.putIfAbsent(entity.slug(), entity) == null) {
        mentions.put(entity.slug(), index.papersMentioning(entity).size());
      }
    }
    List<Entity> kept = new ArrayList<>();
    bySlug.forEach(
        (slug, entity) -> {
          if (mentions.get(slug) <= COMMON_SHARE * paperCount) {
            kept.add(entity);
          }
        });
    kept.sort(
        Comparator.comparingInt((Entity e) -> mentions.get(e.slug())).thenComparing(Entity::slug));
    this.byId = List.copyOf(kept);
    Set<String> told = new HashSet<>();
    for (Entity entity : byId) {
      told.add(entity.name().toLowerCase(Locale.ROOT));
      told.add(entity.shortName().toLowerCase(Locale.ROOT));
      entity.aliases().forEach(alias -> told.add(alias.toLowerCase(Locale.ROOT)));
    }
    this.tellingNames = Set.copyOf(told);
    this.modelWords = Set.copyOf(models);
    this.names = Set.copyOf(all);
    this.nameHashes = all.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    this.benchmarks = Set.copyOf(benchmarkNames);
    this.bySpelling = Map.copyOf(spelled);
    this.mentions = Map.copyOf(mentions);
    this.paperCount = paperCount;
    Map<String, Integer> ids = new HashMap<>();
    for (int id = 0; id < byId.size(); id++) {
      ids.put(byId.get(id).slug(), id);
    }
    this.tellingIds = Map.copyOf(ids);
    this.telling = new int[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      telling[p] =
          index.of(papers.get(p)).stream()
              .map(use -> ids.get(use.entity().slug()))
              .filter(id -> id != null)
              .mapToInt(Integer::intValue)
              .sorted()
              .distinct()
              .toArray();
    }
  }

  /** The telling entities the paper names, rarest first. */
  int[] telling(int paper) {
    return telling[paper];
  }

  /** The id of the telling entity a spelling (lowercase) names; -1 if none. */
  int tellingId(String spelling) {
    Entity entity = bySpelling.get(spelling);
    Integer id = entity == null ? null : tellingIds.get(entity.slug());
    return id == null ? -1 : id;
  }

  /** How many telling entities there are: their ids run from 0. */
  int tellingCount() {
    return byId.size();
  }

  /** The telling entities both papers name, rarest first. */
  int[] sharedTelling(int paper, int other) {
    return shared(telling[paper], telling[other]);
  }

  /**
   * Whether a phrase (lowercase) is an entity's name or alias: a telling one both papers name is
   * said as the entity, a model or a common one is no reason.
   */
  boolean namesEntity(String phrase) {
    return names.contains(phrase);
  }

  /**
   * {@link #namesEntity} of words {@code from} to {@code to} (exclusive) of a plain text: a phrase
   * whose hash no name has is made no string (most are not names).
   */
  boolean namesEntity(PlainWords words, int from, int to) {
    return Arrays.binarySearch(nameHashes, words.phraseHash(from, to)) >= 0
        && names.contains(words.phrase(from, to));
  }

  /**
   * Whether a name (lowercase) is a telling entity's: one said as what two papers share, not a
   * model's nor one a tenth of the papers name ("reinforcement learning").
   */
  boolean namesTelling(String name) {
    return tellingNames.contains(name);
  }

  /**
   * Whether a name (lowercase) is a benchmark's or dataset's ("gsm8k"): two papers evaluated on
   * GSM8K are not related for that, so alone it is no reason.
   */
  boolean namesBenchmark(String name) {
    return benchmarks.contains(name);
  }

  /** Whether a word (lowercase) is a model's name or alias ("llama"): not a reason either. */
  boolean namesModel(String word) {
    return modelWords.contains(word);
  }

  /**
   * The share of the papers that name the entity a spelling (lowercase) names: 0 for a model or a
   * spelling that names none.
   */
  double share(String spelling) {
    Entity entity = bySpelling.get(spelling);
    Integer count = entity == null ? null : mentions.get(entity.slug());
    return count == null || paperCount == 0 ? 0 : (double) count / paperCount;
  }

  /** The entity a spelling (lowercase) names, any kind and however common, or null. */
  Entity named(String spelling) {
    return bySpelling.get(spelling);
  }

  Entity entity(int id) {
    return byId.get(id);
  }

  /** The ids in both sorted arrays. */
  static int[] shared(int[] a, int[] b) {
    int[] both = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        both[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n == both.length ? both : Arrays.copyOf(both, n);
  }
}
