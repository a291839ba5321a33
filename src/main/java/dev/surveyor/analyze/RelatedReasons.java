package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Entity;
import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * What two related papers share, in words a reader would use: the rare methods and benchmarks both
 * name, the longest phrase their titles share ("instruction tuning", "decision transformer"), then
 * words both titles have, then the subjects of both abstracts: a rare word each of the two weighs
 * among its heaviest terms ("medical", "Text2SQL", "safety"). A word the abstracts use in passing
 * ("score", "single") is not a reason, nor a model both compare with, nor a model size: a pair
 * alike only in those is shown with no reason rather than a false one. What a reader is shown
 * ({@link #shown(int, int, List)}) adds phrases both texts write that name a rare thing ("offline
 * reinforcement learning"); a benchmark or dataset alone says only what both were evaluated on, so
 * is never shown alone.
 */
final class RelatedReasons {
  private static final int SHOWN = 4;
  private static final int SHOWN_ENTITIES = 2;
  private static final int CANDIDATE_TERMS = 12;
  // A paper's subject: its heaviest terms (TF-IDF over title and abstract). A term both papers have
  // among this many is what both are about, not a word one of them uses in passing.
  private static final int SUBJECT_TERMS = 8;
  // Shared subjects alone say why when there are this many: one ("policy") may be a coincidence.
  private static final int SUBJECT_REASONS = 2;
  // A word that names a subject is put in titles ("medical", "robot", "dialogue"); one that
  // describes ("impact", "labeled", "queries") seldom is. A subject is in the titles of at least
  // this share of the papers that use it.
  private static final double TITLE_WORTHY = 0.25;

  /**
   * Words titles use to sell a method rather than name a subject ("Unlocking ...", "Towards unified
   * ...", "... -aware"): frequent in titles, so title-worthy, yet two papers that both say them
   * share no subject.
   */
  private static final Set<String> RHETORIC =
      Set.of(
          "unlock",
          "unlocking",
          "unleash",
          "unleashing",
          "boost",
          "boosting",
          "enhance",
          "enhancing",
          "advance",
          "advancing",
          "empower",
          "empowering",
          "incentivize",
          "incentivizing",
          "cultivate",
          "cultivating",
          "long",
          "guidance",
          "aware",
          "meta",
          "generalizable",
          "unified",
          "iterative",
          "fine-grained",
          "efficient",
          "effective",
          "scalable",
          "simple",
          "novel",
          "brief",
          "technical",
          "active",
          "wise",
          "plug",
          "impact",
          "towards",
          "beyond",
          "rethinking",
          "revisiting",
          "general",
          "generalization",
          "synergy",
          "interplay",
          "perspective",
          "lens",
          "insights",
          "understanding",
          "demystifying");

  /**
   * The kind of paper, and the plain adjectives and verbs of academic writing that the tests below
   * let through, found by listing every reason the survey's pairs were given ("a survey", "a deep
   * dive", "the right question", "a single model", "concise", "emulate"): two papers that both say
   * them share no idea.
   */
  private static final Set<String> ACADEMIC =
      Set.of(
          "survey",
          "surveys",
          "review",
          "overview",
          "report",
          "tutorial",
          "position",
          "study",
          "deep",
          "dive",
          "right",
          "half",
          "single",
          "score",
          "unsupervised",
          "autonomous",
          "concise",
          "soft",
          "exploratory",
          "principal",
          "recursive",
          "small-scale",
          "multi-stage",
          "turn",
          "emulate",
          "anticipate",
          "speaking",
          "teaching",
          "masked",
          "ranking",
          "grained");

  /**
   * A word a paper is about it returns to: of the papers using a subject word, at least this share
   * use it twice or more ("medical" 0.75, "robot" 1; "right" 0.14, "emulate" 0).
   */
  static final double RECURS = 0.3;

  private static final int LONGEST_PHRASE = 4;
  // A phrase both texts write is a reason when one of its words is this rare in the survey.
  private static final double RARE_PHRASE = 0.05;
  // Two words of one idea share this many first letters ("contrast", "contrastive") ...
  private static final int SAME_STEM = 6;
  // ... or nearly all papers that use the rarer also use the other.
  private static final double SAME_IDEA = 0.6;
  private static final String BREAK = "|";
  // A word or two-word phrase in more than a tenth of the papers ("models", "language models") is
  // shared by too many pairs to say what this pair has in common.
  private static final double COMMON_SHARE = 0.1;

  /**
   * One word more than this share of the papers write ("thinking", "agent", "search", "vision",
   * "multimodal") names an area, not what two papers share: alone it is no reason. On the pairs
   * four blind panels rated, 24% of the ratings of pairs said only by such words were "not
   * related", against 3% of those with a rarer reason.
   */
  static final double BROAD_WORD = 0.05;

  /**
   * A phrase of words each more than this share of the papers write ("reinforcement learning",
   * "chain-of-thought", "pre-training") is an area too: on the rated pairs, only such phrases said
   * why for pairs rated "not related" 8 times, "relevant" once and "somewhat" 5 times.
   */
  static final double BROAD_PHRASE_WORD = 0.1;

  /**
   * A word more than {@link #BROAD_WORD} of the papers write that fewer than this share of them put
   * in their titles is generic: it recurs across unrelated themes and names nothing by itself
   * ("information" 13% of the papers, 8% of them in titles; "previous", "domain", "algorithms",
   * "behavior", "representations"; not "data", 19%, or "training", 16%, which titles use to say
   * what a paper works on). A phrase whose other words are generic says only what its one telling
   * word says ("visual information", "previous mistakes").
   */
  static final double GENERIC_TITLES = 0.15;

  /**
   * A word more than this share of the papers write is the survey's whole field ("language",
   * "models", "learning", "reasoning"): what a term names is what is left without such words.
   * "MLLMs" is "multimodal", "learning to reason" nothing.
   */
  static final double FIELD_WORD = 0.55;

  private final List<Paper> papers;
  private final TermVectors vectors;
  private final EntityTable entities;
  private final PaperGroups groups;
  private final List<List<String>> titleWords;
  // The same words numbered (one number per distinct word), and per number whether a phrase may
  // run through it: sharedPhrase compares every word of two titles for every pair of papers.
  private final int[][] titleNumbers;
  private final boolean[] joining;
  private final Set<String> commonPairs;
  private final Set<String> commonWords;
  // per term, whether it is generic (see GENERIC_TITLES)
  private final boolean[] generic;
  // Title word pairs two titles or more write ("knowledge graph"): a generic word in one of them
  // is part of a name.
  private final Set<String> titleNames;
  // Each term's spelling (lowercase), to the term: how rare a phrase's words are, and whether
  // papers return to its last word.
  private final Map<String, Integer> surfaceTerms;
  // Each analysed term (its stem) to the term, and how a word is stemmed: "reason" and "tuned" are
  // no surface the vectors spell, but their stems are terms
  private final Map<String, Integer> stemTerms;
  private final UnaryOperator<String> stem;
  // Each title's phrases that name a rare thing, longest first: looked for in other papers' texts.
  private final List<List<List<String>>> titlePhrases;
  private final int[][] subjects;
  private final boolean[] titleWorthy;
  // For each term, the papers that use it, ascending: two words used by nearly the same papers
  // ("vision", "visual") are one idea.
  private final int[][] postings;
  // Each paper's phrases that name a thing, in its title or abstract, as sorted hashes: two papers
  // writing the same phrase, if few papers write its words ("offline reinforcement learning",
  // "tabular data"), say what they share in their own words. Hashes, not strings: compared for
  // every shown pair. Made when a shown pair first asks, once per paper: papers in no shown pair
  // are never hashed.
  private final AtomicReferenceArray<PaperPhrases> textPhrases;
  private final ThreadLocal<RecentWords> recentWords = ThreadLocal.withInitial(RecentWords::new);
  private final AcronymSenses senses;
  private final ThemeStaples staples;

  RelatedReasons(
      List<Paper> papers,
      TermVectors vectors,
      EntityTable entities,
      PaperGroups groups,
      UnaryOperator<String> stem) {
    this.papers = papers;
    this.senses = new AcronymSenses(papers);
    this.stem = stem;
    this.vectors = vectors;
    this.entities = entities;
    this.groups = groups;
    this.staples = new ThemeStaples(entities, groups, papers.size());
    this.titleWords = papers.stream().map(p -> words(p.title())).toList();
    Map<String, Integer> numbers = new HashMap<>();
    this.titleNumbers = new int[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      titleNumbers[p] =
          titleWords.get(p).stream()
              .mapToInt(word -> numbers.computeIfAbsent(word, w -> numbers.size()))
              .toArray();
    }
    this.joining = new boolean[numbers.size()];
    numbers.forEach((word, number) -> joining[number] = joins(word));
    Map<String, Integer> pairCounts = new HashMap<>();
    Map<String, Integer> wordCounts = new HashMap<>();
    for (List<String> words : titleWords) {
      Set.copyOf(words).forEach(word -> wordCounts.merge(word, 1, Integer::sum));
      Set<String> pairs = new HashSet<>();
      for (int i = 0; i + 1 < words.size(); i++) {
        pairs.add(words.get(i) + " " + words.get(i + 1));
      }
      pairs.forEach(pair -> pairCounts.merge(pair, 1, Integer::sum));
    }
    Set<String> common = new HashSet<>();
    pairCounts.forEach(
        (pair, n) -> {
          if (n > COMMON_SHARE * papers.size()) {
            common.add(pair);
          }
        });
    this.commonPairs = Set.copyOf(common);
    Set<String> named = new HashSet<>();
    pairCounts.forEach(
        (pair, n) -> {
          if (n >= 2) {
            named.add(pair);
          }
        });
    this.titleNames = Set.copyOf(named);
    Set<String> commonWord = new HashSet<>();
    wordCounts.forEach(
        (word, n) -> {
          if (n > COMMON_SHARE * papers.size()) {
            commonWord.add(word);
          }
        });
    this.commonWords = Set.copyOf(commonWord);
    Map<String, Integer> spelled = new HashMap<>();
    for (int t = 0; t < vectors.dimensions(); t++) {
      spelled.putIfAbsent(vectors.surface(t).toLowerCase(Locale.ROOT), t);
    }
    this.surfaceTerms = Map.copyOf(spelled);
    Map<String, Integer> stems = new HashMap<>();
    for (int t = 0; t < vectors.dimensions(); t++) {
      stems.putIfAbsent(vectors.term(t), t);
    }
    this.stemTerms = Map.copyOf(stems);
    int[] inTitles = new int[vectors.dimensions()];
    for (int p = 0; p < papers.size(); p++) {
      SparseVector title = vectors.title(p);
      for (int i = 0; i < title.size(); i++) {
        inTitles[title.id(i)]++;
      }
    }
    this.titleWorthy = new boolean[inTitles.length];
    for (int t = 0; t < inTitles.length; t++) {
      titleWorthy[t] = inTitles[t] >= TITLE_WORTHY * vectors.documentFrequency(t);
    }
    this.generic = new boolean[inTitles.length];
    for (int t = 0; t < inTitles.length; t++) {
      int df = vectors.documentFrequency(t);
      generic[t] = df > BROAD_WORD * papers.size() && inTitles[t] < GENERIC_TITLES * df;
    }
    this.subjects = new int[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      subjects[p] = subjects(vectors.vector(p));
    }
    int[] counts = new int[vectors.dimensions()];
    for (int p = 0; p < papers.size(); p++) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        counts[v.id(i)]++;
      }
    }
    this.postings = new int[counts.length][];
    for (int t = 0; t < counts.length; t++) {
      postings[t] = new int[counts[t]];
    }
    int[] filled = new int[counts.length];
    for (int p = 0; p < papers.size(); p++) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        postings[v.id(i)][filled[v.id(i)]++] = p;
      }
    }
    this.titlePhrases = Cores.mapIndices(papers.size(), this::titlePhrases);
    this.textPhrases = new AtomicReferenceArray<>(papers.size());
  }

  /**
   * Whether a term says again what a reason already given says: the same stem ("contrast" after
   * "contrastive learning"), or a word nearly every paper that uses one also uses ("visual" after
   * "vision", "multimodal" after both).
   */
  private boolean sameIdea(int term, List<Integer> given, List<String> said) {
    String lower = vectors.surface(term).toLowerCase(Locale.ROOT);
    String stem = lower.substring(0, Math.min(lower.length(), SAME_STEM));
    if (lower.length() >= SAME_STEM && said.stream().anyMatch(w -> w.startsWith(stem))) {
      return true;
    }
    for (int other : given) {
      int[] a = postings[term];
      int[] b = postings[other];
      int both = EntityTable.shared(a, b).length;
      if (both >= SAME_IDEA * Math.min(a.length, b.length)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a title phrase is only words of academic writing ("deep dive", "small-scale"). */
  private static boolean filler(String phrase) {
    List<String> words = words(phrase);
    String hyphened = String.join("-", words);
    return ACADEMIC.contains(hyphened)
        || RHETORIC.contains(hyphened)
        || words.stream().allMatch(w -> ACADEMIC.contains(w) || RHETORIC.contains(w));
  }

  /**
   * Whether a word may say on its own what two papers share: not a title's sales word or a word of
   * academic writing, and one the papers using it return to.
   */
  private boolean subjectWord(int term) {
    String lower = vectors.surface(term).toLowerCase(Locale.ROOT);
    return !RHETORIC.contains(lower)
        && !ACADEMIC.contains(lower)
        && vectors.recurrence(term) >= RECURS;
  }

  /**
   * The paper's heaviest terms that could name a subject: nameable, not common, not a model; as
   * term ids in ascending order.
   */
  private int[] subjects(SparseVector v) {
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      int term = v.id(i);
      String surface = vectors.surface(term);
      if (vectors.nameable(term)
          && titleWorthy[term]
          && surface.length() > 2
          && subjectWord(term)
          && vectors.documentFrequency(term) <= COMMON_SHARE * vectors.papers()
          && !entities.namesModel(surface.toLowerCase(Locale.ROOT))) {
        kept.add(new double[] {term, v.weight(i)});
      }
    }
    kept.sort(Comparator.comparingDouble((double[] t) -> -t[1]).thenComparingDouble(t -> t[0]));
    return kept.stream().limit(SUBJECT_TERMS).mapToInt(t -> (int) t[0]).sorted().toArray();
  }

  /** What {@code paper} and {@code other} share, the most telling first. */
  List<String> of(int paper, int other) {
    Set<String> reasons = new LinkedHashSet<>();
    List<String> said = new ArrayList<>();
    Set<String> entityNames = new HashSet<>(); // never a broad word
    for (int id : entities.sharedTelling(paper, other)) {
      if (reasons.size() == SHOWN_ENTITIES) {
        break;
      }
      Entity entity = entities.entity(id);
      String name = entity.shortName();
      // "Curriculum learning" between two papers of that theme: said, so that no word of it comes
      // back as a reason, but not shown
      if (!groups.namesSharedTheme(names(entity), paper, other)) {
        reasons.add(name);
        entityNames.add(name);
      }
      said.addAll(words(entity.name()));
      said.addAll(words(name));
    }
    String phrase = sharedPhrase(paper, other);
    if (!phrase.isEmpty()
        && !filler(phrase)
        && !said.containsAll(words(phrase))
        && !restates(phrase, said)
        && !saysAgain(phrase, reasons)
        && !compoundTail(phrase, paper)
        && !compoundTail(phrase, other)) {
      if (!themeNamed(phrase, paper, other)) {
        reasons.add(asWritten(phrase, papers.get(paper).title()));
      }
      said.addAll(words(phrase));
    }
    if (phrase.isEmpty() || !said.containsAll(words(phrase))) {
      String written = sharedTextPhrase(paper, other);
      if (!written.isEmpty()
          && !said.containsAll(words(written))
          && !restates(written, said)
          && !saysAgain(written, reasons)) {
        if (!themeNamed(written, paper, other)) {
          reasons.add(written);
        }
        said.addAll(words(written));
      }
    }
    boolean telling = !reasons.isEmpty(); // a method, benchmark or phrase both name, or a subject
    List<Integer> given = new ArrayList<>();
    int agreeing = 0;
    for (int id : sharedTitleTerms(paper, other)) {
      String term = vectors.surface(id);
      String lower = term.toLowerCase(Locale.ROOT);
      if (reasons.size() == SHOWN) {
        break;
      }
      if (!said.contains(lower)
          && !coveredBy(lower, said)
          && !themeNamed(term, paper, other)
          && !entities.namesModel(lower)
          && subjectWord(id)
          && !fragmentOnly(id, lower, paper, other)
          && (sameUse(lower, paper, other) || bothSubjects(id, paper, other))) {
        if (sameIdea(id, given, said)) {
          agreeing++; // "visual" after "vision": one reason, but both papers say it twice
          continue;
        }
        reasons.add(term);
        said.add(lower);
        given.add(id);
        // both titles say it and both abstracts weigh it most: what both are about ("dialogue")
        telling |= bothSubjects(id, paper, other);
      }
    }
    // One title word alone ("turn", "pass", "report") reads as a reason it seldom is; two words
    // that are each paper's subject do not ("medical", "Text2SQL").
    if (!telling && reasons.size() + agreeing < 2) {
      reasons.clear();
      said.clear();
      given.clear();
    }
    int titleShown = reasons.size();
    int before = titleShown + (reasons.isEmpty() ? 0 : agreeing);
    int subjectsAgreeing = 0;
    for (int id : sharedSubjects(paper, other)) {
      String term = vectors.surface(id);
      String lower = term.toLowerCase(Locale.ROOT);
      if (reasons.size() == SHOWN) {
        break;
      }
      if (!said.contains(lower)
          && !coveredBy(lower, said)
          && !themeNamed(term, paper, other)
          && !abbreviates(lower, reasons)
          && !fragmentOnly(id, lower, paper, other)) {
        if (sameIdea(id, given, said)) {
          subjectsAgreeing++;
          continue;
        }
        reasons.add(term);
        said.add(lower);
        given.add(id);
      }
    }
    int shown = reasons.size() - titleShown;
    boolean subjects = shown > 0 && shown + subjectsAgreeing >= (before == 0 ? SUBJECT_REASONS : 1);
    // one plain word alone says too little, even when a word of the same idea backs it
    if (!telling && reasons.size() < 2) {
      return List.of();
    }
    if (!telling && before <= 1 && !subjects) {
      return List.of();
    }
    return broadOnly(reasons, entityNames) ? List.of() : List.copyOf(reasons);
  }

  /**
   * The reasons of {@link #of} a reader is shown: a bare word that is neither an entity's name nor
   * an acronym ("agent", "safety", "visual", or a fragment such as "med" or "tail") names an area
   * or a piece of a name, not what two papers share, and a benchmark or dataset alone ("GSM8K")
   * says only what both were evaluated on. What is left may be nothing: the pair is then shown by
   * the sub-topic both are in, or with no reason. Nor is a theme's name or a term of the whole
   * field ({@link #namesTheField}), an acronym spelled out as {@code texts} (the two abstracts) do.
   */
  private List<String> shown(List<String> reasons, String... texts) {
    List<String> kept =
        reasons.stream()
            .filter(this::sayable)
            .filter(r -> !fragment(r))
            .filter(r -> !namesNothing(r))
            .filter(r -> !namesTheField(r, texts))
            .toList();
    Set<String> entityNames = new HashSet<>();
    for (String reason : kept) {
      if (entities.namesTelling(reason.toLowerCase(Locale.ROOT))) {
        entityNames.add(reason);
      }
    }
    // what is left after a fragment may be an area alone: "reinforcement learning" without "med"
    boolean empty =
        kept.stream().allMatch(r -> entities.namesBenchmark(r.toLowerCase(Locale.ROOT)))
            || broadOnly(new LinkedHashSet<>(kept), entityNames);
    return empty ? List.of() : kept;
  }

  /**
   * Whether a reason is too broad to say anything in this survey, measured on all its papers: a
   * theme's name or an entity's that is one ("Curriculum learning", "PEFT", "instruction-tuned" of
   * "Instruction tuning"), or a term whose words, an acronym's spelled out ("ICL" is "in-context
   * learning", "MLLMs" "multimodal large language models" where either paper says so), are without
   * the field's words ({@link #FIELD_WORD}) one word more than {@link #BROAD_WORD} of the papers
   * write ("multimodal", "context"), words each more than {@link #BROAD_PHRASE_WORD} write, or
   * nothing ("learning to reason"). An entity's own name is a name ("Self-improvement", "GSM8K").
   * An acronym the two papers spell out differently says nothing they share.
   *
   * @param texts where an acronym no entity names may be spelled out
   */
  boolean namesTheField(String reason, String... texts) {
    Entity entity = entities.named(reason.toLowerCase(Locale.ROOT));
    if (groups.namesTheme(reason) || (entity != null && groups.namesTheme(entity.name()))) {
      return true;
    }
    String name = entity == null ? reason : withoutAcronym(entity.name());
    // an entity's own name is a name, unless a tenth of the papers name it ("reinforcement
    // learning")
    if (entity != null
        && name.equalsIgnoreCase(reason)
        && entities.namesTelling(reason.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (entity == null && acronym(reason)) {
      String letters = reason.endsWith("s") ? reason.substring(0, reason.length() - 1) : reason;
      List<String> spelled =
          Arrays.stream(texts)
              .map(text -> Acronyms.definition(text, letters))
              .flatMap(Optional::stream)
              .map(words -> words.toLowerCase(Locale.ROOT))
              .distinct()
              .toList();
      if (spelled.size() > 1) {
        return true; // one acronym for two things: "medical" and "multimodal" LLMs
      }
      name = spelled.isEmpty() ? reason : spelled.get(0);
    }
    List<Double> shares = new ArrayList<>();
    for (String word : NON_WORD.split(name.toLowerCase(Locale.ROOT))) {
      if (word.isEmpty() || LabelWords.functionWord(word)) {
        continue;
      }
      Integer term = termOf(word);
      if (term == null) {
        return false; // a word no paper's analysed text has is rare
      }
      double share = (double) vectors.documentFrequency(term) / papers.size();
      if (share <= FIELD_WORD) {
        shares.add(share);
      }
    }
    double broad = shares.size() == 1 ? BROAD_WORD : BROAD_PHRASE_WORD;
    return shares.stream().allMatch(share -> share > broad);
  }

  /**
   * The term a lowercase word is: its spelling, else its stem ("networks" where readers most often
   * wrote "network", "reason" where they wrote "reasoning"); null when no paper's text has it.
   */
  private Integer termOf(String word) {
    Integer term = surfaceTerms.get(word);
    return term != null ? term : stemTerms.get(stem.apply(word));
  }

  /**
   * A name without the acronym it ends with: "In-context learning (ICL)" is "In-context learning".
   */
  private static String withoutAcronym(String name) {
    int open = name.lastIndexOf(" (");
    return name.endsWith(")") && open > 0 ? name.substring(0, open) : name;
  }

  /**
   * Whether a phrase of several words that names no entity names nothing: without its generic words
   * ({@link #GENERIC_TITLES}) it is one bare word, neither an entity's name nor an acronym nor a
   * word of the whole field, or nothing ("visual information" is "visual", "previous mistakes" is
   * "mistakes": an area or a word, which alone is no reason either). A generic word that two titles
   * or more write with its neighbour in the phrase is part of a name ("knowledge graph").
   */
  boolean namesNothing(String reason) {
    if (entities.namesEntity(reason.toLowerCase(Locale.ROOT))) {
      return false;
    }
    List<String> written =
        Arrays.stream(reason.strip().split("[ -]+"))
            .filter(w -> !LabelWords.functionWord(w.toLowerCase(Locale.ROOT)))
            .toList();
    if (written.size() < 2) {
      return false; // a bare word is judged as one (see sayable)
    }
    List<String> left = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      String word = written.get(i).toLowerCase(Locale.ROOT);
      Integer term = surfaceTerms.get(word);
      boolean named =
          (i > 0 && titleNames.contains(written.get(i - 1).toLowerCase(Locale.ROOT) + " " + word))
              || (i + 1 < written.size()
                  && titleNames.contains(word + " " + written.get(i + 1).toLowerCase(Locale.ROOT)));
      if (term == null || !generic[term] || named) {
        left.add(written.get(i));
      }
    }
    if (left.size() == written.size()) {
      return false;
    }
    if (left.isEmpty()) {
      return true;
    }
    String telling = left.get(0).toLowerCase(Locale.ROOT);
    Integer term = surfaceTerms.get(telling);
    // a word of the whole field ("reasoning", 63% of the papers) is what a generic word narrows:
    // "reasoning traces" names a kind of data, which "reasoning" alone does not
    return left.size() == 1
        && !entities.namesEntity(telling)
        && !acronym(left.get(0))
        && (term == null || vectors.documentFrequency(term) <= BROAD_PHRASE_WORD * papers.size());
  }

  /**
   * Whether a phrase that names no entity ends on a modifier, so is a piece of a longer name:
   * "learn causal" of "learn causal world models" and "causal reasoning", "instruction-tuned" of
   * "instruction-tuned language models".
   */
  private boolean fragment(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    if (entities.namesEntity(lower)) {
      return false;
    }
    String[] words = lower.split("[ -]");
    return words.length > 1 && modifier(words[words.length - 1]);
  }

  /**
   * What a reader may be shown of what {@code paper} and {@code other} share, most telling first:
   * the sayable reasons of {@link #of} ({@code said}), then up to {@link #TEXT_PHRASES} rare
   * phrases both texts write that none of those says already. More than one item shows: {@link
   * PageReasons} chooses which tell the items of one page apart.
   */
  List<String> shown(int paper, int other, List<String> said) {
    List<String> kept =
        new ArrayList<>(
            shown(said, papers.get(paper).abstractText(), papers.get(other).abstractText()));
    List<String> given = new ArrayList<>();
    kept.forEach(r -> given.addAll(words(r)));
    Set<String> reasons = new LinkedHashSet<>(kept);
    // the sub-topic both are in is said by the page already: "reasoning traces" in "Learning from
    // reasoning traces" is no reason of the pair's own
    String subtopic = groups.sharedSubtopic(paper, other);
    int added = 0;
    String text = null;
    for (List<String> run : sharedTextPhrases(paper, other)) {
      if (added == TEXT_PHRASES) {
        break;
      }
      text = text == null ? text(paper) : text;
      String phrase = asWritten(String.join(" ", run), text);
      // a compound written as one word ("multi-agent", "human-written") reads as a bare word
      if (phrase.contains(" ")
          && !given.containsAll(words(phrase))
          && !spellsOut(phrase, reasons)
          && !restates(phrase, given)
          && !saysAgain(phrase, reasons)
          && !addsOnlyAHead(phrase, given)
          && !singularsSaid(phrase, given)
          && !restates(phrase, words(subtopic))
          && !themeNamed(phrase, paper, other)
          && !namesNothing(phrase)
          && !compoundTail(phrase, text)
          && !compoundTail(phrase, text(other))) {
        kept.add(phrase);
        reasons.add(phrase);
        given.addAll(words(phrase));
        added++;
      }
    }
    // what both were evaluated on says least: after what they do, whatever its rarity
    List<String> ordered = new ArrayList<>(kept.size());
    kept.stream().filter(r -> !benchmark(r)).forEach(ordered::add);
    kept.stream().filter(this::benchmark).forEach(ordered::add);
    return List.copyOf(ordered);
  }

  /**
   * A method this share of the papers name or more ("GRPO", 20 of 469; "Knowledge distillation",
   * 17) is used across subjects: alone it says the two share a tool, not what they work on.
   */
  static final double BROAD_METHOD = 0.03;

  /**
   * Whether the reasons shown are methods many papers name ({@link #BROAD_METHOD}), and nothing
   * else: two such tools ("Full fine-tuning, LoRA", which every PEFT paper compares) say no more of
   * a subject than one.
   */
  boolean broadMethodOnly(List<String> shown) {
    return !shown.isEmpty()
        && shown.stream()
            .map(r -> r.toLowerCase(Locale.ROOT))
            .allMatch(r -> !benchmark(r) && entities.share(r) >= BROAD_METHOD);
  }

  /**
   * Whether the two titles share a word that could name a subject: one a tenth of the papers or
   * fewer write, and no word of the kind of paper or of rhetoric. "Towards LogiGLUE: A Brief Survey
   * ..." and "Towards Alignment-Centric Paradigm: A Survey of Instruction Tuning ..." are alike
   * (0.35) by "towards" and "survey" only.
   */
  boolean titlesShareSubjectWord(int paper, int other) {
    for (int term : vectors.title(paper).sharedIds(vectors.title(other))) {
      String surface = vectors.surface(term);
      if (vectors.nameable(term)
          && surface.length() > 1
          && !ACADEMIC.contains(surface)
          && !RHETORIC.contains(surface)
          && !fieldWord(term)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of the reasons {@link #shown} kept for deciding the pair, those a reader is told (reader21):
   * not a benchmark or dataset, beside a method or alone, which says only what both were evaluated
   * on ("shares: Self-improvement, GSM8K", "DPO, MT-Bench"); nor an acronym no entity names that
   * the survey's abstracts spell out two ways ("MLLMs": multimodal or medical) or, spelled one way,
   * as a term of the whole field. Which papers are listed rests on {@link #shown}, not on this.
   */
  List<String> told(List<String> shown, int paper, int other) {
    return shown.stream()
        .filter(r -> !benchmark(r))
        .filter(r -> !ambiguousAcronym(r, paper, other))
        .filter(r -> !staple(r, paper, other))
        .toList();
  }

  /**
   * Whether a reason names a method or benchmark that a theme both papers are in names as a matter
   * of course ({@link ThemeStaples}): "Full fine-tuning, LoRA" between two PEFT papers says what
   * the theme says. It still counts for the pair (two papers of "Low-rank adaptation and its
   * variants" both naming LoRA work on one subject), so it is left out of what is told only.
   */
  private boolean staple(String reason, int paper, int other) {
    int id = entities.tellingId(reason.toLowerCase(Locale.ROOT));
    return id >= 0 && staples.between(id, paper, other);
  }

  /**
   * Whether an acronym neither paper spells out (where one does, {@link #shown} judged that
   * spelling) is spelled out two ways in the survey, or one way that names the whole field.
   */
  private boolean ambiguousAcronym(String reason, int paper, int other) {
    // one word of letters and figures only: the acronym is read into a pattern
    if (!acronym(reason)
        || !reason.chars().allMatch(Character::isLetterOrDigit)
        || entities.named(reason.toLowerCase(Locale.ROOT)) != null
        || spelledOut(reason, paper)
        || spelledOut(reason, other)) {
      return false;
    }
    Collection<String> spelled = senses.of(reason);
    return spelled.size() > 1 || spelled.size() == 1 && namesTheField(spelled.iterator().next());
  }

  private boolean spelledOut(String acronym, int paper) {
    String letters = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
    return Acronyms.definition(papers.get(paper).abstractText(), letters).isPresent();
  }

  /** Whether every reason names a benchmark or dataset: what both were evaluated on. */
  boolean benchmarksOnly(List<String> reasons) {
    return reasons.stream().allMatch(this::benchmark);
  }

  private boolean benchmark(String reason) {
    return entities.namesBenchmark(reason.toLowerCase(Locale.ROOT));
  }

  private static final int TEXT_PHRASES = 2;

  /**
   * Nouns that head a phrase without saying what it is about: "safety performance", "agent
   * framework", "logical problems" name a kind of thing, not a thing; "math word problems" does.
   */
  private static final Set<String> HEADS =
      Set.of(
          "task",
          "tasks",
          "problem",
          "problems",
          "performance",
          "framework",
          "frameworks",
          "method",
          "methods",
          "approach",
          "approaches",
          "model",
          "models",
          "setting",
          "settings",
          "ability",
          "abilities",
          "capability",
          "capabilities",
          "domain",
          "domains",
          "system",
          "systems",
          "process",
          "results",
          "quality",
          "strategies",
          "strategy",
          "techniques",
          "technique");

  /**
   * Whether a phrase of the abstracts is a head noun added to one word ("safety performance") or to
   * what is said already ("inductive reasoning tasks" after "inductive reasoning").
   */
  private static boolean addsOnlyAHead(String phrase, List<String> given) {
    List<String> content = new ArrayList<>();
    for (String word : words(phrase)) {
      if (!LabelWords.functionWord(word) && !HEADS.contains(word) && !given.contains(word)) {
        content.add(word);
      }
    }
    return content.size() < 2 && HEADS.contains(words(phrase).get(words(phrase).size() - 1))
        || content.isEmpty();
  }

  /**
   * Whether a word of an abstract looks like a modifier rather than a name: a phrase of the
   * abstracts ends on a noun, not "multimodal", "retrieval-augmented", "logical" ("scale
   * multimodal", "open-source multimodal" are pieces of longer names).
   */
  private static boolean modifier(String word) {
    return word.endsWith("al") && !NOUNS_IN_AL.contains(word)
        || word.endsWith("ive")
        || word.endsWith("ous")
        || word.endsWith("able")
        || word.endsWith("ible")
        || word.endsWith("ic")
        || word.endsWith("ed");
  }

  /** Nouns that end as adjectives do: "dense retrieval", "reward signal". */
  private static final Set<String> NOUNS_IN_AL =
      Set.of("retrieval", "signal", "signals", "interval", "trial", "proposal", "rehearsal");

  /**
   * Whether a phrase spells out, whole or in part, an acronym already given: "group relative
   * policy" after "GRPO", "carlo tree search" after "MCTS".
   */
  static boolean spellsOut(String phrase, Iterable<String> reasons) {
    StringBuilder initials = new StringBuilder();
    for (String word : words(phrase)) {
      if (!LabelWords.functionWord(word) && !word.equals(BREAK)) {
        initials.append(word.charAt(0));
      }
    }
    for (String reason : reasons) {
      String lower = reason.toLowerCase(Locale.ROOT);
      if (acronym(reason) && initials.length() >= 2 && lower.contains(initials)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrases naming a rare thing that both texts write, as words of {@code paper}'s plain text:
   * none inside a longer one, rarest first (by its rarest word), then longest, then in text order.
   */
  private List<List<String>> sharedTextPhrases(int paper, int other) {
    PaperPhrases mine = textPhrases(paper);
    long[] theirs = textPhrases(other).hashes();
    // where each shared phrase first stands in this paper's text: longest first, then in order
    int[] places = new int[Math.min(mine.hashes().length, theirs.length)];
    int count = 0;
    for (int i = 0, j = 0; i < mine.hashes().length && j < theirs.length; ) {
      if (mine.hashes()[i] == theirs[j]) {
        places[count++] = mine.places()[i];
        i++;
        j++;
      } else if (mine.hashes()[i] < theirs[j]) {
        i++;
      } else {
        j++;
      }
    }
    if (count == 0) {
      return List.of();
    }
    java.util.Arrays.sort(places, 0, count);
    Scratch scratch = this.scratch.get();
    PlainWords words = plainWords(paper);
    List<List<String>> found = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int n = LONGEST_PHRASE - (places[k] >>> PLACE_BITS);
      int i = places[k] & ((1 << PLACE_BITS) - 1);
      List<String> run = words.words(i, i + n);
      if (found.stream().noneMatch(f -> contains(f, run))
          && scratch.rare.computeIfAbsent(hash(run), h -> rareTogether(run))) {
        found.add(run);
      }
    }
    if (scratch.rare.size() > Scratch.REMEMBERED) {
      scratch.rare.clear();
    }
    found.sort(
        Comparator.comparingInt((List<String> run) -> rarest(run))
            .thenComparing(run -> -run.size()));
    return found;
  }

  /**
   * The paper's {@link PaperPhrases}, made on first use: two threads asking at once make the same
   * value, and the first kept is the one every later ask gets.
   */
  private PaperPhrases textPhrases(int paper) {
    PaperPhrases phrases = textPhrases.get(paper);
    if (phrases == null) {
      textPhrases.compareAndSet(paper, null, phraseHashes(plainWords(paper)));
      phrases = textPhrases.get(paper);
    }
    return phrases;
  }

  /**
   * A paper's phrases that name a thing: their hashes, sorted, and where each first stands in its
   * plain text ((LONGEST_PHRASE - words) << PLACE_BITS | first word's position), so that a pair
   * costs a merge of two sorted arrays, not a pass over a text.
   */
  private record PaperPhrases(long[] hashes, int[] places) {}

  private static final int PLACE_BITS = 24;

  /**
   * The phrases one thread found rare or not (a pure function of the phrase, asked again for many
   * pairs).
   */
  private static final class Scratch {
    private static final int REMEMBERED = 1 << 16;
    private final Map<Long, Boolean> rare = new HashMap<>();
  }

  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /** The fewest papers any word of the run is in. */
  private int rarest(List<String> run) {
    int fewest = Integer.MAX_VALUE;
    for (String word : run) {
      Integer term = surfaceTerms.get(word);
      if (term != null) {
        fewest = Math.min(fewest, vectors.documentFrequency(term));
      }
    }
    return fewest;
  }

  /** Whether {@code run} is a run of {@code longer}'s words. */
  private static boolean contains(List<String> longer, List<String> run) {
    return java.util.Collections.indexOfSubList(longer, run) >= 0;
  }

  /**
   * The hashes of a plain text's phrases that name a thing, sorted, each once: two to {@link
   * #LONGEST_PHRASE} words, none of academic writing or a model's name, starting on a word titles
   * use to name things or one papers return to (not a verb: "introduce med"), ending on a noun (not
   * "multimodal"), and no entity's name; their rarity is asked only of the phrases two related
   * papers share ({@link #rareTogether}). Runs for every paper of a shown pair: each word's roles
   * are looked up once, in place, the cheap tests of a run come first, and a run is made a string
   * only when its hash is an entity name's (or both its first words are common in titles).
   */
  private PaperPhrases phraseHashes(PlainWords words) {
    int size = words.count();
    PhraseScratch scratch = phraseScratch.get();
    int[] roles = scratch.roles(size);
    for (int i = 0; i < size; i++) {
      roles[i] = scratch.known.of(words, i, rolesOf);
    }
    // (hash, place) of each phrase where it first stands: runs come by first word, then length
    LongIntTable found = scratch.found;
    found.clear();
    for (int i = 0; i < size && i < 1 << PLACE_BITS; i++) {
      if ((roles[i] & STARTS) == 0) {
        continue;
      }
      long hash = 1_000_003L + words.hash(i); // hash() of the run, a word at a time
      int commonStart = -1; // whether the first two words are a common pair: asked once
      for (int n = 2;
          n <= LONGEST_PHRASE && i + n <= size && (roles[i + n - 1] & ALLOWED) != 0;
          n++) {
        hash = hash * 1_000_003L + words.hash(i + n - 1);
        if ((roles[i + n - 1] & ENDS) == 0) {
          continue;
        }
        if (commonStart < 0) {
          commonStart = commonPair(words, i, roles) ? 1 : 0;
        }
        if (commonStart == 0
            && !allCommon(words, i, i + n, roles)
            // a model's names are among the entities' names
            && !entities.namesEntity(words, i, i + n)) {
          found.putIfAbsent(hash, (LONGEST_PHRASE - n) << PLACE_BITS | i);
        }
      }
    }
    long[] hashes = found.keys();
    java.util.Arrays.sort(hashes);
    int[] places = new int[hashes.length];
    for (int k = 0; k < hashes.length; k++) {
      places[k] = found.get(hashes[k]);
    }
    return new PaperPhrases(hashes, places);
  }

  /**
   * Whether words {@code i} and {@code i + 1} are a pair common in titles: only when both are words
   * common in titles, as a title with the pair has both words.
   */
  private boolean commonPair(PlainWords words, int i, int[] roles) {
    return (roles[i] & COMMON) != 0
        && (roles[i + 1] & COMMON) != 0
        && commonPairs.contains(words.phrase(i, i + 2));
  }

  /** {@link #allCommon(List)} of words {@code from} to {@code to} (exclusive). */
  private boolean allCommon(PlainWords words, int from, int to, int[] roles) {
    for (int k = from; k < to; k++) {
      if ((roles[k] & COMMON) == 0) {
        return false;
      }
    }
    for (int k = from; k + 1 < to; k++) {
      if (!commonPairs.contains(words.phrase(k, k + 2))) {
        return false;
      }
    }
    return true;
  }

  private static final int JOINED = 1;
  private static final int ALLOWED = 2;
  private static final int STARTS = 4;
  private static final int ENDS = 8;
  private static final int COMMON = 16;

  /** One thread's arrays for {@link #phraseHashes}, and the roles of the words it has met. */
  private static final class PhraseScratch {
    private int[] roles = new int[1 << 10];
    private final WordRoles known = new WordRoles();
    private final LongIntTable found = new LongIntTable();

    int[] roles(int size) {
      if (roles.length < size) {
        roles = new int[Math.max(size, 2 * roles.length)];
      }
      return roles;
    }
  }

  private final ThreadLocal<PhraseScratch> phraseScratch =
      ThreadLocal.withInitial(PhraseScratch::new);

  /**
   * What a word may be in a phrase of an abstract, as bits: 1 a phrase runs through it, 2 it may
   * stand in one, 4 start one, 8 end one; 16 it is common in titles. Asked once per word and
   * thread, not once per use.
   */
  private int roles(String word) {
    return rolesOfWord(word) | (commonWords.contains(word) ? COMMON : 0);
  }

  private int rolesOfWord(String word) {
    boolean joined = joins(word);
    boolean allowed =
        joined
            && !ACADEMIC.contains(word)
            && !RHETORIC.contains(word)
            && !word.equals("to")
            && !entities.namesModel(word);
    Integer term = allowed ? term(word) : null;
    boolean starts =
        term != null
            && LabelWords.phraseStart(word)
            && !word.equals("non")
            && (titleWorthy[term] || subjectWord(term));
    boolean ends =
        term != null && LabelWords.phraseEnd(word) && subjectWord(term) && !modifier(word);
    return (joined ? JOINED : 0)
        | (allowed ? ALLOWED : 0)
        | (starts ? STARTS : 0)
        | (ends ? ENDS : 0);
  }

  // one function for every word asked: a method reference made per word is an object per word
  private final java.util.function.ToIntFunction<String> rolesOf = this::roles;

  private static long hash(List<String> run) {
    long h = 1;
    for (String word : run) {
      h = h * 1_000_003L + word.hashCode();
    }
    return h;
  }

  /** Whether a reason is an entity's name, a phrase of several words or an acronym ("T2I"). */
  private boolean sayable(String reason) {
    return entities.namesEntity(reason.toLowerCase(Locale.ROOT))
        || reason.strip().contains(" ")
        || acronym(reason);
  }

  /**
   * A word with a capital after its first letter or a digit: "GRPO", "MLLMs", "T2I", "Text2SQL";
   * not "Safety" or "post-training".
   */
  static boolean acronym(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
        return true;
      }
    }
    return false;
  }

  /** An entity's names: its name, short name and aliases. */
  private static List<String> names(Entity entity) {
    List<String> names = new ArrayList<>(entity.aliases());
    names.add(entity.name());
    names.add(entity.shortName());
    return names;
  }

  /** Whether a phrase is the name of a theme both papers are in ("instruction tuning"). */
  private boolean themeNamed(String phrase, int paper, int other) {
    return groups.namesSharedTheme(List.of(phrase), paper, other);
  }

  /**
   * Whether every reason names an area rather than what the two share: no entity's name, and one
   * word more than {@link #BROAD_WORD} of the papers write ("multimodal", "agent"), or a phrase
   * each of whose words more than {@link #BROAD_PHRASE_WORD} write ("reinforcement learning",
   * "mathematical reasoning"). The words' counts are the analysed terms' (a phrase's own count
   * would need every text read again).
   */
  private boolean broadOnly(Set<String> reasons, Set<String> entityNames) {
    for (String reason : reasons) {
      if (entityNames.contains(reason)) {
        return false;
      }
      List<String> words =
          words(reason).stream()
              .filter(w -> !w.equals(BREAK) && !LabelWords.functionWord(w))
              .toList();
      double share = words.size() == 1 ? BROAD_WORD : BROAD_PHRASE_WORD;
      for (String word : words) {
        Integer term = surfaceTerms.get(word);
        if (term == null || vectors.documentFrequency(term) <= share * papers.size()) {
          return false;
        }
      }
    }
    return !reasons.isEmpty();
  }

  /**
   * Whether the two papers write a phrase that names something: one both titles write, or one of a
   * title's phrases naming a rare thing that the other paper writes too.
   */
  boolean sharePhrase(int paper, int other) {
    String phrase = sharedPhrase(paper, other);
    String written = sharedTextPhrase(paper, other);
    return (!phrase.isEmpty()
            && !filler(phrase)
            && !namesNothing(phrase)
            && !compoundTail(phrase, paper)
            && !compoundTail(phrase, other))
        || (!written.isEmpty() && !namesNothing(written));
  }

  /**
   * Whether both titles use the word for the same thing: as the word itself, or modifying the same
   * next word. "Soft prompts" and "soft rules", "few-shot" and "shot learners", "Deep RL" and "deep
   * research" share a modifier, not a subject.
   */
  private boolean sameUse(String word, int paper, int other) {
    String a = use(word, papers.get(paper).title());
    String b = use(word, papers.get(other).title());
    return a == null || b == null || a.equals(b);
  }

  /**
   * What a title's word is part of: "" when it stands as a word of its own (before a function word,
   * a stop or the end), else the compound or the word it modifies ("few-shot", "soft prompts");
   * null when the title does not spell it so (an analysed form: "instructions").
   */
  static String use(String word, String title) {
    if (!word.isEmpty() && ascii(word) && ascii(title)) {
      return useAscii(word, title); // asked for every shared title word of every pair shown
    }
    return useByPattern(word, title);
  }

  /** {@link #use} as its pattern finds it, for any word and title. */
  static String useByPattern(String word, String title) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?iu)([\\p{L}\\p{N}]+-)*(?<![\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(word)
                    + "(?![\\p{L}\\p{N}])(-[\\p{L}\\p{N}]+)*(\\s+[\\p{L}\\p{N}]+)?")
            .matcher(title);
    if (!m.find()) {
      return null;
    }
    return use(m.group(), m.group(1) != null || m.group(2) != null, m.group(3));
  }

  /** What {@link #use} makes of the pattern's match: whether it is in a compound, the next word. */
  private static String use(String match, boolean compound, String next) {
    String whole = match.toLowerCase(Locale.ROOT);
    if (compound) {
      return SPACES.split(whole)[0];
    }
    String after = next == null ? "" : next.strip().toLowerCase(Locale.ROOT);
    return after.isEmpty() || LabelWords.functionWord(after) ? "" : whole;
  }

  /**
   * {@link #use} for an ASCII word and title, as its pattern finds it, without compiling one: from
   * the first place on, the "word-" runs that may lead to the word, the longest first; the word
   * whole, ignoring case; then "-word" runs and a next word.
   */
  private static String useAscii(String word, String title) {
    int n = title.length();
    int[] chain = new int[n + 1];
    for (int start = 0; start < n; start++) {
      int links = 0;
      chain[links++] = start;
      for (int at = start; ; ) {
        int run = runEnd(title, at);
        if (run == at || run == n || title.charAt(run) != '-') {
          break;
        }
        at = run + 1;
        chain[links++] = at;
      }
      for (int k = links - 1; k >= 0; k--) {
        int at = chain[k];
        int end = at + word.length();
        if ((at == 0 || !letterOrNumber(title.charAt(at - 1)))
            && title.regionMatches(true, at, word, 0, word.length())
            && (end == n || !letterOrNumber(title.charAt(end)))) {
          boolean compound = k > 0;
          while (end + 1 < n && title.charAt(end) == '-' && runEnd(title, end + 1) > end + 1) {
            end = runEnd(title, end + 1);
            compound = true;
          }
          int spaces = end;
          while (spaces < n && patternSpace(title.charAt(spaces))) {
            spaces++;
          }
          int next = spaces > end ? runEnd(title, spaces) : spaces;
          String following = next > spaces ? title.substring(end, next) : null;
          return use(title.substring(start, following == null ? end : next), compound, following);
        }
      }
    }
    return null;
  }

  /** The end of the run of ASCII letters and digits from {@code at}. */
  private static int runEnd(String text, int at) {
    while (at < text.length() && letterOrNumber(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** A pattern's {@code \\s} outside Unicode classes. */
  private static boolean patternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Whether the word is part of a hyphenated compound in a title and the two titles' compounds
   * differ: "few-shot" and "zero-shot", "cross-lingual" and "cross-domain" share a fragment.
   */
  private boolean differentCompounds(String word, int paper, int other) {
    String a = use(word, papers.get(paper).title());
    String b = use(word, papers.get(other).title());
    return a != null && b != null && (a.contains("-") || b.contains("-")) && !a.equals(b);
  }

  /** A fragment of different compounds, unless both abstracts are about it ("Video-R1"). */
  private boolean fragmentOnly(int term, String word, int paper, int other) {
    return differentCompounds(word, paper, other) && !bothSubjects(term, paper, other);
  }

  /** Whether the title writes the phrase as the tail of a compound: "few-shot learners". */
  private boolean compoundTail(String phrase, int paper) {
    return compoundTail(phrase, papers.get(paper).title());
  }

  /** A paper's title and abstract, as an abstract's phrase is looked for in them. */
  private String text(int paper) {
    return papers.get(paper).title() + ". " + papers.get(paper).abstractText();
  }

  /** Whether each word of the phrase, singular, is said already: "knowledge graphs". */
  private static boolean singularsSaid(String phrase, List<String> given) {
    List<String> said = given.stream().map(RelatedReasons::singular).toList();
    return words(phrase).stream().map(RelatedReasons::singular).allMatch(said::contains);
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /** Whether the text writes the phrase as the tail of a compound: "step-by-step thinking". */
  private static boolean compoundTail(String phrase, String title) {
    if (!hyphenBefore(title, phrase.codePointAt(0))) {
      return false; // most titles have no such compound: no pattern to compile
    }
    List<String> words = words(phrase);
    if (!words.isEmpty() && ascii(title) && allAsciiWords(words)) {
      // as the pattern below, by hand (see writtenAscii): a hyphen after a letter or digit, then
      // the words
      for (int at = title.indexOf('-'); at >= 0; at = title.indexOf('-', at + 1)) {
        if (at > 0 && letterOrNumber(title.charAt(at - 1)) && wordsEnd(words, title, at + 1) >= 0) {
          return true;
        }
      }
      return false;
    }
    return java.util.regex.Pattern.compile(
            "(?iu)[\\p{L}\\p{N}]-"
                + String.join(
                    "[^\\p{L}\\p{N}]+",
                    words(phrase).stream().map(java.util.regex.Pattern::quote).toList())
                + "(?![\\p{L}\\p{N}])")
        .matcher(title)
        .find();
  }

  /**
   * Whether a hyphen in the title comes before a character that may be the phrase's first (as
   * compared ignoring case; any non-ASCII one may be), as {@link #compoundTail} needs.
   */
  private static boolean hyphenBefore(String title, int first) {
    int folded = Character.toLowerCase(Character.toUpperCase(first));
    for (int at = title.indexOf('-'); at >= 0; at = title.indexOf('-', at + 1)) {
      if (at + 1 < title.length()) {
        int next = title.codePointAt(at + 1);
        if (next >= 0x80 || Character.toLowerCase(Character.toUpperCase(next)) == folded) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the term is among the heaviest of both abstracts: what both are about. */
  private boolean bothSubjects(int term, int paper, int other) {
    return java.util.Arrays.binarySearch(subjects[paper], term) >= 0
        && java.util.Arrays.binarySearch(subjects[other], term) >= 0;
  }

  /**
   * Whether a title phrase says a reason given again, adding only a common word: "long CoT
   * reasoning" after "Long chain-of-thought".
   */
  private boolean saysAgain(String phrase, Set<String> reasons) {
    if (reasons.isEmpty()) {
      return false;
    }
    List<String> given = reasons.stream().flatMap(r -> words(r).stream()).toList();
    boolean covered = false;
    for (String word : words(phrase)) {
      boolean again = given.contains(word) || abbreviates(word, reasons);
      if (!again && !commonWords.contains(word)) {
        return false;
      }
      covered |= again;
    }
    return covered;
  }

  /** An acronym of a reason already given: "CoT" after "chain-of-thought", "RFT" after "RL". */
  static boolean abbreviates(String word, Iterable<String> reasons) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    for (String reason : reasons) {
      StringBuilder initials = new StringBuilder();
      for (String part : reason.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
        if (!part.isEmpty()) {
          initials.append(part.charAt(0));
        }
      }
      // the whole reason, or a run of its words: "CoT" in "long chain-of-thought"
      if (letters.length() > 1
          && (initials.toString().equals(letters)
              || (letters.length() > 2 && initials.indexOf(letters) >= 0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each word of the phrase begins as a word already said does ("reinforced fine-tuning"
   * after "reinforcement fine-tuning").
   */
  private static boolean restates(String phrase, List<String> said) {
    for (String word : words(phrase)) {
      String stem = word.substring(0, Math.min(word.length(), 6));
      if (said.stream().noneMatch(w -> w.startsWith(stem))) {
        return false;
      }
    }
    return true;
  }

  /** A hyphenated or stemmed spelling of a word already said ("fine-tuned" after "fine-tuning"). */
  private static boolean coveredBy(String word, List<String> said) {
    List<String> parts = words(word);
    return !parts.isEmpty() && said.containsAll(parts);
  }

  /**
   * The longest run of words both titles have, trimmed to start and end on a word that names
   * something, at most {@link #LONGEST_PHRASE} words, of at least two words, and not only pairs of
   * words common in titles ("large language models"); "" when there is none.
   */
  private String sharedPhrase(int paper, int other) {
    List<String> a = titleWords.get(paper);
    String best = "";
    int bestLength = 0;
    // word numbers, not strings: this compares every word of two titles for every pair
    int[] x = titleNumbers[paper];
    int[] y = titleNumbers[other];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y.length; j++) {
        int n = 0;
        while (i + n < x.length && j + n < y.length && x[i + n] == y[j + n] && joining[x[i + n]]) {
          n++;
        }
        // trimming only shortens a run: one no longer than the best, or than one word, is no better
        if (n < 2 || n <= bestLength) {
          continue;
        }
        List<String> run = trim(a.subList(i, i + n));
        if (run.size() > bestLength && run.size() <= LONGEST_PHRASE && !allCommon(run)) {
          best = String.join(" ", run);
          bestLength = run.size();
        }
      }
    }
    return bestLength >= 2 ? best : "";
  }

  /**
   * Whether a phrase may run through the word: any but a function word, save "of" and "to" ("chain
   * of thought", "learning to reason"); "models for deductive reasoning" is two things, not one.
   */
  static boolean joins(String word) {
    return !word.equals(BREAK)
        && (!LabelWords.functionWord(word) || word.equals("of") || word.equals("to"));
  }

  /** Whether every word from {@code from} to {@code to} (exclusive) {@link #joins}. */
  private static boolean allJoin(boolean[] joined, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!joined[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two words are a pair common in titles: only when both are words common in titles (a
   * title with the pair has both), so most pairs are no string joined.
   */
  private boolean commonPair(String a, String b) {
    return commonWords.contains(a) && commonWords.contains(b) && commonPairs.contains(a + " " + b);
  }

  /** Whether every pair of the run is common in titles ("large language models"). */
  private boolean allCommon(List<String> run) {
    for (int k = 0; k + 1 < run.size(); k++) {
      if (!commonPair(run.get(k), run.get(k + 1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest phrase of two to {@link #LONGEST_PHRASE} words that one paper's title writes and
   * the other paper writes too, in its title or abstract ("process reward models", "task-oriented
   * dialogue"), as that title writes it, when it names a thing few papers of the survey talk about:
   * one of its words is in at most {@link #RARE_PHRASE} of the papers, none is academic filler or a
   * model, it ends on a word papers return to, and it is no entity's name (those are said as
   * entities, or are no reason). "" when there is none.
   */
  private String sharedTextPhrase(int paper, int other) {
    List<List<String>> fromPaper = titlePhrases.get(paper);
    List<List<String>> fromOther = titlePhrases.get(other);
    // most titles name nothing rare enough: then neither text need be read
    List<String> a = fromPaper.isEmpty() ? List.of() : firstIn(fromPaper, plainWords(other));
    List<String> b =
        fromOther.isEmpty() || fromOther.get(0).size() <= a.size()
            ? List.of()
            : firstIn(fromOther, plainWords(paper));
    if (a.isEmpty() && b.isEmpty()) {
      return "";
    }
    return b.size() > a.size()
        ? asWritten(String.join(" ", b), papers.get(other).title())
        : asWritten(String.join(" ", a), papers.get(paper).title());
  }

  /** The first of the phrases (longest first) that the text (see {@link PlainWords}) writes. */
  private static List<String> firstIn(List<List<String>> phrases, PlainWords text) {
    for (List<String> phrase : phrases) {
      if (text.find(phrase) >= 0 || text.find(otherNumber(phrase)) >= 0) {
        return phrase;
      }
    }
    return List.of();
  }

  /**
   * The phrase with its last word in the other number: one title's "Graph Neural Networks" is the
   * other abstract's "Graph Neural Network (GNN)".
   */
  private static List<String> otherNumber(List<String> phrase) {
    List<String> other = new ArrayList<>(phrase);
    String last = other.get(other.size() - 1);
    other.set(
        other.size() - 1,
        last.endsWith("s") && !last.endsWith("ss")
            ? last.substring(0, last.length() - 1)
            : last + "s");
    return other;
  }

  /**
   * The phrases of a title of two to {@link #LONGEST_PHRASE} words that name a rare thing (see
   * {@link #sharedTextPhrase}), longest first, then in title order.
   */
  private List<List<String>> titlePhrases(int paper) {
    List<String> title = titleWords.get(paper);
    // each word asked once, not once for every run it is in (this runs for every paper)
    boolean[] joined = new boolean[title.size()];
    for (int i = 0; i < joined.length; i++) {
      joined[i] = joins(title.get(i));
    }
    List<List<String>> phrases = new ArrayList<>();
    for (int n = LONGEST_PHRASE; n >= 2; n--) {
      for (int i = 0; i + n <= title.size(); i++) {
        List<String> run = title.subList(i, i + n);
        if (allJoin(joined, i, i + n)
            && trim(run).size() == n
            && namesRareThing(run, String.join(" ", run))) {
          phrases.add(run);
        }
      }
    }
    return phrases.isEmpty() ? List.of() : List.copyOf(phrases);
  }

  /**
   * The paper's {@link PlainWords}, kept for the few papers this thread asked for last: a paper's
   * related papers are found one after another on one thread, and each asks for its own words and a
   * candidate's more than once. Kept per thread and only a few, not for every paper (150 MB at 100k
   * papers).
   */
  private PlainWords plainWords(int paper) {
    return recentWords.get().of(paper, papers);
  }

  /** The last few papers' words one thread made, the least recently asked for made again. */
  private static final class RecentWords {
    private static final int KEPT = 4;
    private final PlainWords[] kept = {
      new PlainWords(), new PlainWords(), new PlainWords(), new PlainWords()
    };
    private final long[] asked = new long[KEPT];
    private long clock;

    PlainWords of(int index, List<Paper> papers) {
      int oldest = 0;
      for (int k = 0; k < KEPT; k++) {
        if (kept[k].paper() == index) {
          asked[k] = ++clock;
          return kept[k];
        }
        if (asked[k] < asked[oldest]) {
          oldest = k;
        }
      }
      asked[oldest] = ++clock;
      return kept[oldest].read(index, papers);
    }
  }

  /**
   * Whether few papers write all the phrase's words ({@link #RARE_PHRASE} of them at most): an
   * upper bound on how many write the phrase, found from the terms' papers, no text read again.
   */
  private boolean rareTogether(List<String> run) {
    double most = RARE_PHRASE * papers.size();
    List<int[]> words = new ArrayList<>(run.size());
    for (String word : run) {
      if (LabelWords.functionWord(word)) {
        continue;
      }
      Integer term = term(word);
      if (term == null) {
        return false;
      }
      words.add(postings[term]);
    }
    // the rarest word first: the papers writing it bound the rest, and few are merged after
    words.sort(Comparator.comparingInt(p -> p.length));
    int[] together = words.isEmpty() ? null : words.get(0);
    for (int k = 1; together != null && together.length > most && k < words.size(); k++) {
      together = EntityTable.shared(together, words.get(k));
    }
    return together != null && together.length <= most;
  }

  /** The term of a word of a text, as spelled or as its singular; null when none is known. */
  private Integer term(String word) {
    Integer term = surfaceTerms.get(word);
    if (term == null && word.endsWith("s")) {
      term = surfaceTerms.get(word.substring(0, word.length() - 1));
    }
    return term;
  }

  /** Whether a phrase names a thing few papers talk about (see {@link #sharedTextPhrase}). */
  private boolean namesRareThing(List<String> run, String phrase) {
    if (allCommon(run) || entities.namesEntity(phrase) || entities.namesModel(phrase)) {
      return false;
    }
    boolean rare = false;
    for (String word : run) {
      // "Qwen2.5-Math": a model's variant is no more a reason than the model
      if (ACADEMIC.contains(word) || RHETORIC.contains(word) || entities.namesModel(word)) {
        return false;
      }
      Integer term = termOf(word);
      rare |= term != null && vectors.documentFrequency(term) <= RARE_PHRASE * papers.size();
    }
    // a phrase names a thing when it ends on one papers return to ("reward models"), not on a
    // word of passing ("benchmark comprising", "performance drops", "graph neural")
    Integer last = termOf(run.get(run.size() - 1));
    return rare && last != null && subjectWord(last);
  }

  /**
   * Drops words from either end until both end words name something and the run does not open on a
   * common pair ("large language model reasoning"); a common pair may close it when a word says
   * which ("critique fine-tuning", "small language models").
   */
  private List<String> trim(List<String> run) {
    int from = 0;
    int to = run.size();
    while (to - from >= 2) {
      if (!LabelWords.phraseStart(run.get(from)) || commonPair(run.get(from), run.get(from + 1))) {
        from++;
      } else if (!LabelWords.phraseEnd(run.get(to - 1))) {
        to--;
      } else {
        break;
      }
    }
    return to - from >= 2 ? run.subList(from, to) : List.of();
  }

  /** The subjects both papers have, by how much each adds to the cosine of the whole texts. */
  private List<Integer> sharedSubjects(int paper, int other) {
    int[] both = EntityTable.shared(subjects[paper], subjects[other]);
    SparseVector a = vectors.vector(paper);
    SparseVector b = vectors.vector(other);
    List<double[]> shared = new ArrayList<>();
    for (int term : both) {
      shared.add(new double[] {term, (double) a.weightOf(term) * b.weightOf(term)});
    }
    shared.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
    return shared.stream().map(s -> (int) s[0]).toList();
  }

  /**
   * Whether the two titles share words and every one of them is a word of the whole field, more
   * than a tenth of the papers write it ("reasoning", "chain-of-thought", "instruction tuning"):
   * such titles say the two are in one field, which the themes they share already count, not what
   * the two papers share.
   */
  boolean titlesShareOnlyFieldWords(int paper, int other) {
    int[] shared = vectors.title(paper).sharedIds(vectors.title(other));
    return shared.length > 0 && java.util.Arrays.stream(shared).allMatch(this::fieldWord);
  }

  /**
   * Whether the two titles share only words of the whole field and a word one title writes on its
   * own and the other only as part of a compound ("Teaching LLMs to Plan" and "Teaching-Inspired
   * Prompting": what teaching inspired is no subject of the first), neither abstract being about
   * it, and the abstracts share no subject either: what the titles add to such a pair's score is a
   * coincidence of wording. "Teaching Algorithmic Reasoning" and "Teaching-Inspired Prompting" are
   * both about arithmetic, a subject of both abstracts, and stay as they were.
   */
  boolean titlesShareOnlyAFragment(int paper, int other) {
    int[] shared = vectors.title(paper).sharedIds(vectors.title(other));
    boolean fragment = false;
    for (int term : shared) {
      if (fieldWord(term)) {
        continue;
      }
      if (!compoundInOne(vectors.surface(term).toLowerCase(Locale.ROOT), paper, other)
          || bothSubjects(term, paper, other)) {
        return false;
      }
      fragment = true;
    }
    return fragment && sharedSubjects(paper, other).isEmpty();
  }

  /** Whether one title writes the word in a hyphenated compound and the other on its own. */
  private boolean compoundInOne(String word, int paper, int other) {
    String a = use(word, papers.get(paper).title());
    String b = use(word, papers.get(other).title());
    return a != null && b != null && a.contains("-") != b.contains("-");
  }

  /** Whether more than a tenth of the papers write the term: a word of the whole field. */
  private boolean fieldWord(int term) {
    return vectors.documentFrequency(term) > COMMON_SHARE * vectors.papers();
  }

  /**
   * Nameable terms both titles have (as analysed: "instruction" and "instructions" meet), not
   * common, by how much each adds to the cosine of the whole texts.
   */
  private List<Integer> sharedTitleTerms(int paper, int other) {
    // a title's terms are among its paper's: merging the two short titles finds the same terms as
    // merging the two whole texts and asking both titles, at a tenth of the reads
    List<double[]> shared = new ArrayList<>();
    for (int term : vectors.title(paper).sharedIds(vectors.title(other))) {
      if (vectors.nameable(term) && vectors.surface(term).length() > 1 && !fieldWord(term)) {
        shared.add(
            new double[] {
              term,
              (double) vectors.vector(paper).weightOf(term) * vectors.vector(other).weightOf(term)
            });
      }
    }
    shared.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
    return shared.stream().limit(CANDIDATE_TERMS).map(s -> (int) s[0]).toList();
  }

  /**
   * The phrase as the title writes it ("multi-turn", "BabyLM challenge"): hyphens kept, words
   * capitalised only as title words lowercased, acronyms and inner capitals kept.
   */
  static String asWritten(String phrase, String title) {
    List<String> words = words(phrase);
    String found =
        !words.isEmpty() && ascii(title) && allAsciiWords(words)
            ? writtenAscii(words, title)
            : written(words, title);
    if (found == null) {
      return phrase;
    }
    if (ascii(found)) {
      return writtenCase(found);
    }
    StringBuilder written = new StringBuilder();
    for (String piece : PIECES.split(found)) {
      boolean innerCapital =
          !piece.isEmpty()
              && !piece.substring(1).equals(piece.substring(1).toLowerCase(Locale.ROOT));
      written.append(innerCapital ? piece : piece.toLowerCase(Locale.ROOT));
    }
    return SPACES.matcher(written).replaceAll(" ");
  }

  /** Where the title writes the words, as a pattern finds it; null when it does not. */
  private static String written(List<String> words, String title) {
    String pattern =
        "(?iu)(?<![\\p{L}\\p{N}])"
            + String.join(
                "[^\\p{L}\\p{N}]+", words.stream().map(java.util.regex.Pattern::quote).toList())
            + "(?![\\p{L}\\p{N}])";
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(title);
    return m.find() ? m.group() : null;
  }

  /**
   * The same as {@link #written} for an ASCII title and words, without compiling a pattern: the
   * first place the words stand, each a whole word, ignoring case, apart by anything but letters
   * and digits. Outside ASCII, ignoring case is Unicode's ("K" for the Kelvin sign), left to the
   * pattern.
   */
  private static String writtenAscii(List<String> words, String title) {
    for (int start = 0; start < title.length(); start++) {
      if (start > 0 && letterOrNumber(title.charAt(start - 1))) {
        continue;
      }
      int end = wordsEnd(words, title, start);
      if (end >= 0) {
        return title.substring(start, end);
      }
    }
    return null;
  }

  /**
   * Where the words end when they stand in the ASCII title from {@code start}: each a whole word
   * (no letter or digit follows the last), ignoring case, apart by anything but letters and digits;
   * -1 when they do not.
   */
  private static int wordsEnd(List<String> words, String title, int start) {
    int at = start;
    for (int k = 0; k < words.size(); k++) {
      if (k > 0) {
        int gap = at;
        while (at < title.length() && !letterOrNumber(title.charAt(at))) {
          at++;
        }
        if (at == gap) {
          return -1;
        }
      }
      String word = words.get(k);
      if (!title.regionMatches(true, at, word, 0, word.length())) {
        return -1;
      }
      at += word.length();
    }
    return at >= title.length() || !letterOrNumber(title.charAt(at)) ? at : -1;
  }

  /** Whether every word is ASCII letters and digits only: no {@link #BREAK}. */
  private static boolean allAsciiWords(List<String> words) {
    for (String word : words) {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c >= 0x80 || !letterOrNumber(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * What {@link #asWritten} makes of the ASCII words it found, by hand: a word lowercased unless a
   * capital follows its first letter, any other character kept, a run of white space one space.
   */
  private static String writtenCase(String found) {
    StringBuilder written = new StringBuilder(found.length());
    int i = 0;
    while (i < found.length()) {
      char c = found.charAt(i);
      if (letterOrNumber(c)) {
        int start = i;
        boolean innerCapital = false;
        for (i++; i < found.length() && letterOrNumber(found.charAt(i)); i++) {
          innerCapital |= found.charAt(i) >= 'A' && found.charAt(i) <= 'Z';
        }
        String word = found.substring(start, i);
        written.append(innerCapital ? word : word.toLowerCase(Locale.ROOT));
      } else if (whiteSpace(c)) {
        while (i < found.length() && whiteSpace(found.charAt(i))) {
          i++;
        }
        written.append(' ');
      } else {
        written.append(c);
        i++;
      }
    }
    return written.toString();
  }

  /** Regex {@code \\s}. */
  private static boolean whiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  // namesTheField's word split, compiled once: it runs for every reason of every shown pair
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  // asWritten's patterns, compiled once: it runs for most pairs of related papers
  private static final java.util.regex.Pattern PIECES =
      java.util.regex.Pattern.compile("(?<=[^\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}])");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /**
   * A title's words, lowercase, split at spaces and hyphens ("chain-of-thought"); other punctuation
   * becomes {@link #BREAK}, so no phrase runs across "Tuning: Data".
   */
  static List<String> words(String text) {
    // one pass, no regular expression: this runs many times for every pair of related papers
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    boolean inBreak = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      if (letterOrNumber(c)) {
        if (start < 0) {
          start = i;
        }
        inBreak = false;
      } else {
        if (start >= 0) {
          words.add(lower.substring(start, i));
          start = -1;
        }
        if (splits(c)) {
          inBreak = false;
        } else if (!inBreak) {
          words.add(BREAK); // a run of other characters is one break
          inBreak = true;
        }
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(lower.substring(start));
    }
    return List.copyOf(words);
  }

  /** Regex {@code [\\p{L}\\p{N}]}. */
  private static boolean letterOrNumber(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Regex {@code [\\s\\-–/'’.]}: where words split without a break. */
  private static boolean splits(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-'
        || c == '–' || c == '/' || c == '\'' || c == '’' || c == '.';
  }
}
