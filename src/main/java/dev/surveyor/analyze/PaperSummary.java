package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's summary: one sentence of its abstract, read on its own (see {@link StandAlone}). Many
 * abstracts open on the field's state ("Large language models have shown remarkable ..."), which
 * would summarise a hundred papers alike; the first sentence whose main clause is the authors'
 * ("we", "our method", "this paper"; not "we have witnessed", "how can we") says what this one
 * does. A summary is never cut mid-clause: whole clauses of the abstract's sentence, however long.
 * It is then put in the curators' voice, the third person ({@link SummaryVoice}). Found once per
 * paper by the analysis, for every list, page and index that shows it.
 */
public final class PaperSummary {
  private static final int OPENING_SENTENCES = 12;

  /**
   * The authors as the subject of the main clause: at the start, or after a lead and a comma. Each
   * pattern tried with find() on every sentence first looks ahead for the characters a match can
   * start with, a cheaper test at every character than its alternatives.
   */
  private static final Pattern AUTHORS_SPEAK =
      Pattern.compile(
          "(?:^|(?=[,:;?.ht]))(?:(?:^|[,:;?.]\\s+|\\bhere\\s+)(?:we|our\\b"
              + "|this (?:paper|work|study|article|report|survey|thesis|letter))\\b"
              + "|\\bthis (?:paper|work|study|article|report|survey|thesis)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * {@link #AUTHORS_SPEAK} tried only where its matches start: the sentence's start, a stop, comma,
   * colon, semicolon or question mark, "here" or "this".
   */
  static final CuedPattern AUTHORS_SPEAK_CUED =
      new CuedPattern(AUTHORS_SPEAK, List.of(",", ":", ";", "?", ".", "here", "this"), false, true);

  /** "We" that is everyone, not the authors: "We have witnessed ...", "we still lack ...". */
  private static final Pattern GENERIC_WE =
      Pattern.compile(
          "(?=w)\\bwe (?:(?:have|had) )?(?:still )?(?:witness(?:ed)?|seen|saw|lack|often|usually|all"
              + "|humans|know)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A sentence that is all question: "How can we ...?" */
  private static final Pattern QUESTION =
      Pattern.compile(
          "^(?:How|What|Why|When|Which|Who|Whether|Can|Could|Do|Does|Is|Are|Should|Would|Will)\\b"
              + ".*\\?$");

  /** The authors reporting what they found, supposed or asked, not what they did. */
  private static final String FINDING =
      "(?:we (?:first |also )?(?:find|found|discover|discovered|hypothesi[sz]e|observe|observed"
          + "|ask|asked|argue|posit|conjecture|notice|suspect|wonder|believe"
          + "|consider a (?:new )?question)"
          + "|our (?:analysis|experiments?|results?|findings?|observations?|study) (?:also )?(?:shows?"
          + "|reveals?|finds?|suggests?|indicates?|calls? for|underscores?|highlights?|confirms?))\\b";

  private static final Pattern NOT_THE_METHOD =
      Pattern.compile("(?:Here,? )?" + FINDING, Pattern.CASE_INSENSITIVE);

  /** The same after a first clause: "While existing research ..., we argue that ...". */
  private static final Pattern FINDING_AFTER_CLAUSE =
      Pattern.compile("[,;:]\\s+" + FINDING, Pattern.CASE_INSENSITIVE);

  /**
   * The authors naming their topic, not what they did about it: "We explore few-shot MLLM
   * classification fine-tuning.", "This paper focuses on Offsite-Tuning (OFT), ...", or their
   * source ("We take inspiration from recent work that suggests ..."). What they propose, build or
   * show, later in the abstract, says more.
   */
  private static final Pattern TOPIC =
      Pattern.compile(
          "(?:Here,? )?(?:We|This (?:paper|work|study|article)) (?:[a-z]+ly )?(?:(?:aim|seek) to )?"
              + "(?:explores?|focus(?:es)? on|stud(?:y|ies)|investigates?|examines?|delves?"
              + "|analy[sz]es?|considers?|revisits?|looks? (?:at|into)|takes? a (?:closer )?look"
              + "|tackles?|addresses?|discuss(?:es)?"
              // a source, not what was done with it: "we take inspiration from recent work ..."
              + "|(?:take|draw)s? (?:inspiration|insights?) from)\\b");

  /**
   * The paper's method by a pronoun, not its name: "Our approach significantly reduces ...", "Our
   * method employs k-means clustering ...". Which approach the reader cannot tell.
   */
  private static final Pattern OUR_UNNAMED =
      Pattern.compile(
          "Our (?:proposed |best |final )?(?:approach|method|methods|framework|model|technique|system"
              + "|algorithm|solution|pipeline|strategy)\\b(?! (?:called|named|dubbed|termed)\\b)");

  /**
   * The authors putting forward something of their own: "we propose CRaSh", "we introduce a
   * dataset"; not "we present four main findings".
   */
  private static final Pattern CONTRIBUTION =
      Pattern.compile(
          "(?=[wWoOtT])\\b(?:we|this (?:paper|work|study)) (?:[a-z]+ly |first |also |then |further )?"
              + "(?:propose|introduce|present|develop|design|build|construct|create|release|devise"
              + "|contribute|curate|formulate|train|establish|offer|put forward)s?\\b"
              + "(?! (?:[\\w-]+ ){0,3}(?:findings|results|observations|insights|lessons|evidence"
              + "|analys[ie]s|selection|examples|overview)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A rank from this up is a weakness ({@link #weakness}); below, a topic ("We explore ...", 2) or
   * a method not named ("We present a simple yet theoretically motivated improvement to SFT", 1)
   * that a later sentence putting a named thing forward says better.
   */
  private static final int WEAK = 4;

  /** The rank of a sentence the third person cannot take: below a weakness, as a topic is. */
  private static final int FIRST_PERSON = 3;

  /** The rank of a sentence that keeps "we" inside once voiced: a topic's. */
  private static final int KEEPS_WE = 2;

  /** A definite thing the list does not show, this many at least, leaves a reader guessing. */
  private static final int LEANING_THINGS = 2;

  /** A purpose lead that points back, dropped: "To investigate this, ". */
  private static final Pattern PURPOSE_LEAD = Pattern.compile("(?:To|In order to) ");

  /** How many sentences after an unnamed method may name it. */
  private static final int NAMED_WITHIN = 3;

  /**
   * What the authors put forward, unnamed: an article, then words with no name, number or quote in
   * them up to the noun that says what kind of thing it is.
   */
  private static final Pattern UNNAMED =
      Pattern.compile(
          "(?:We|(?:This|Our) (?:paper|work|study)) (?:[a-z]+ly )?(?:propose|introduce|present"
              + "|develop|design|consider)s? (?:a|an) (?:[a-z-]+ ){0,6}?(?:improvement|approach|method"
              + "|framework|technique|strategy|paradigm|algorithm|solution|pipeline|recipe|scheme)"
              + "(?![\\w-]| (?:called|named|dubbed|termed)\\b|,? \\(?[A-Z])");

  /**
   * The authors putting forward a thing by its name: a coined word ("LoRAMoE", "Reason-RFT") or
   * words with their acronym ("Dynamic Fine-Tuning (DFT)") among the first words of the object.
   */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?=[wWtT])\\b(?:[Ww]e|[Tt]his (?:paper|work|study)) (?:[a-z]+ly )?(?:propose|introduce|present"
              + "|develop|design)s? (?:[^\\s,;:]+ ){0,8}?(?:[A-Z][a-z]+[A-Z][\\w-]*"
              + "|[A-Z][\\w]*-[A-Z0-9][\\w-]*|[A-Z][\\w-]*(?: [A-Z][\\w-]*)* \\([A-Z][\\w-]*\\)"
              + "|[A-Z]{3,}[A-Za-z0-9]*(?= \\(|,)"
              // a term defined by its apposition: "we propose reflective augmentation, a method
              // that embeds problem reflection ..."
              + "|(?<= )[a-z][\\w-]*(?: [a-z][\\w-]*){0,3}, an? (?:[a-z-]+ ){0,3}?(?:method"
              + "|framework|technique|approach|strategy|algorithm|paradigm|pipeline|recipe)"
              + " (?:that|which)\\b)");

  /**
   * The authors showing a fact, which a method they name soon after says more of the paper than:
   * "In particular, we show that direct fine-tuning ... leads to limited gains." gives way to "we
   * propose CALM (Corrective Adaptation with Lightweight Modification), a framework that ...".
   */
  private static final Pattern SHOWN =
      Pattern.compile("(?:Here,? )?[Ww]e (?:first |also )?(?:show|demonstrate) that\\b");

  /** A lead that adds a second thing: what follows is not the paper's first contribution. */
  private static final Pattern ADDS =
      Pattern.compile(
          "(?:Additionally|In addition|Moreover|Furthermore|Besides|Finally|Lastly|Also"
              + "|Beyond this|On top of this|As a byproduct)\\b");

  /** Puffery that says nothing of what the paper does: "a pioneering effort", "the realm of". */
  private static final Pattern HYPE =
      Pattern.compile(
          "(?=[pdt])(?:\\bpioneering (?:effort|attempt|step|work)|\\b(?:delves?|dives?) into the"
              + " (?:realm|world)\\b|\\bthe realm of\\b)");

  /** The authors reporting only their setup: "We experiment with a diverse set of 42 ...". */
  private static final Pattern SETUP =
      Pattern.compile(
          "(?:We|This (?:paper|work|study)) (?:[a-z]+ly )?(?:experiment(?:s|ed)? (?:with|on)\\b"
              + "|(?:conduct|perform|run|carry out)(?:s|ed)? (?:[\\w-]+ ){0,3}?(?:experiments"
              + "|evaluations|ablations|ablation studies)\\b)");

  /**
   * A list summary shorter than this says too little beside its title: a fresh reader found 39 of
   * 469 that short, several only restating the title ("Presents a framework, Amplifying Model
   * Performance by Leveraging In-Context Learning with Post Hoc Explanations (AMPLIFY).").
   */
  static final int THIN_CHARACTERS = 130;

  /** Shorter than this, a sentence has to name something to say what the paper does. */
  private static final int SPECIFIC = 70;

  /** "a analysis": a word the capture dropped between them. */
  private static final Pattern ARTICLE_BEFORE_VOWEL =
      Pattern.compile("(?=[Aa])\\b[Aa] (?!one\\b|uni|use|usu|eu|Eu)[aeioAEIO][a-z]");

  /** "such" before a noun. */
  private static final Pattern SUCH_NOUN =
      Pattern.compile("(?=s)\\bsuch (?!as\\b|that\\b)(?=[\\w-])");

  /** A summary of fewer words than this says too little: "Studies RL generalization ...". */
  private static final int FEWEST_ALONE = 10;

  /** A statement before a question's colon this long at least says what the paper asks about. */
  private static final int LEAST_STATEMENT = 6;

  /** A sentence the authors speak shorter than this says what it is only with the next. */
  private static final int SHORTEST_ALONE = 40;

  /** What an answer points back at: "We answer this question with Resa". */
  private static final Pattern THIS_QUESTION =
      Pattern.compile("(?=t)\\b(?:this|the|that|these) questions?\\b");

  /** An indirect question: "It is not known if agents must learn causal models ...". */
  private static final Pattern INDIRECT_QUESTION =
      Pattern.compile(
          "It (?:is|remains) (?:not (?:yet )?(?:known|clear|understood)|unknown|unclear)"
              + " (?:if|whether|how|why|what)\\b");

  private PaperSummary() {}

  /**
   * The summary of every paper, by slug, found on all cores: regex-heavy, so found once per paper
   * and handed to every view.
   */
  public static Map<String, String> of(List<Paper> papers) {
    List<String> summaries = Cores.map(papers, paper -> of(paper.title(), paper.abstractText()));
    Map<String, String> bySlug = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      bySlug.put(papers.get(i).slug(), summaries.get(i));
    }
    return bySlug;
  }

  /**
   * The first opening sentence where the authors speak that stands on its own, or does once a
   * trailing clause that points back is dropped; else the first such question ("How can we ...?");
   * else the first sentence that stands alone, else the first sentence as written; its acronyms
   * spelled out as the abstract defines them; in the third person where the authors are its
   * subject.
   */
  public static String of(String abstractText) {
    return of("", abstractText);
  }

  /**
   * The summary of a paper with this title, shown beside it: a thing or name the title gives is
   * known to a reader of the summary.
   */
  public static String of(String title, String abstractText) {
    Shown shown = new Shown(Acronyms.in(abstractText));
    return shown.of(chosen(title, abstractText, shown));
  }

  /**
   * Texts of one abstract as the lists show them: spelled out, voiced and plain. Kept, as telling
   * whether a summary is thin shows the very text that is then shown.
   */
  private static final class Shown {
    private final Acronyms acronyms;
    private final Map<String, String> made = new HashMap<>();

    Shown(Acronyms acronyms) {
      this.acronyms = acronyms;
    }

    String of(String text) {
      return made.computeIfAbsent(text, t -> plain(SummaryVoice.of(acronyms.expanded(t))));
    }
  }

  /**
   * A voiced summary as the lists show it: without praise ({@link Puffery}), "extensive
   * experiments" ({@link ExperimentLead}), filler ({@link Filler}: "various", a counted
   * "state-of-the-art") or an article before a name it gave ({@link NameArticle}), a sentence that
   * only says what a name just given is joined to it ({@link NameApposition}), and with a
   * qualifying clause after a semicolon joined to the clause before it by a comma ({@link
   * SemicolonFragment#mended}), and without an adjunct a later sentence says again ({@link
   * RepeatedPhrase}: "..., without incurring additional computational costs. Demonstrates that COLA
   * outperforms LoRA without additional computational costs").
   */
  static String plain(String voiced) {
    return RepeatedPhrase.dropped(
        SemicolonFragment.mended(
            NameApposition.joined(
                NameArticle.dropped(
                    Filler.dropped(ExperimentLead.dropped(Puffery.dropped(voiced)))))));
  }

  /**
   * The summary before it is put in the third person ({@link SummaryVoice}): the chosen sentences
   * as the abstract has them, their acronyms spelled out.
   */
  static String inOwnWords(String abstractText) {
    return inOwnWords("", abstractText);
  }

  static String inOwnWords(String title, String abstractText) {
    Acronyms acronyms = Acronyms.in(abstractText);
    return acronyms.expanded(chosen(title, abstractText, new Shown(acronyms)));
  }

  /**
   * The summary in the abstract's own words, before its acronyms are spelled out, at about a list
   * item's length ({@link SummaryLength}).
   */
  static String chosen(String abstractText) {
    return chosen("", abstractText);
  }

  static String chosen(String title, String abstractText) {
    return chosen(title, abstractText, new Shown(Acronyms.in(abstractText)));
  }

  /** As above, with the abstract's acronyms, which spell out the summary after. */
  private static String chosen(String title, String abstractText, Shown shown) {
    Acronyms acronyms = shown.acronyms;
    // cut into sentences once: the opening ones are the first of those a finding is sought in
    List<String> sentences = Sentences.of(abstractText, SummaryFinding.SENTENCES_READ);
    Before before = beforeFinding(title, abstractText, sentences, shown);
    if (before.withFinding() != null) {
      return before.withFinding();
    }
    Choice choice = before.choice();
    return SummaryFinding.added(choice.text(), sentences, acronyms, choice.last(), title);
  }

  /**
   * The chosen sentences before a finding is added, and with it where telling whether they are thin
   * found that already (else null): the finding is sought once, a fifth of a summary's time.
   */
  private record Before(Choice choice, String withFinding) {}

  /**
   * The chosen sentences at list length ({@link #fitted}), gone on where that is still thin with
   * its finding added ({@link #thin}): such a summary says little beside its title, and goes on
   * with what the abstract says next of the paper before a finding that fits is added after it.
   */
  private static Before beforeFinding(
      String title, String abstractText, List<String> sentences, Shown shown) {
    Acronyms acronyms = shown.acronyms;
    Choice fitted = fitted(title, abstractText, sentences);
    Predicate<String> thin = text -> thin(shown.of(text), title);
    // background the abstract opens on says no more with the background after it
    if (!speaks(fitted.text())) {
      return new Before(fitted, null);
    }
    String withFinding =
        SummaryFinding.added(fitted.text(), sentences, acronyms, fitted.last(), title);
    if (!thin.test(withFinding)) {
      return new Before(fitted, withFinding);
    }
    List<String> opening = sentences.subList(0, Math.min(sentences.size(), OPENING_SENTENCES));
    ToIntFunction<String> shownWords = text -> SummaryLength.words(shown.of(text));
    return new Before(
        new Choice(
            SummaryLength.goneOnWhile(
                thin, shownWords, fitted.text(), opening, fitted.last(), title),
            fitted.last()),
        null);
  }

  /**
   * Whether a summary as the list shows it says too little to stand for the paper beside its title:
   * it is shorter than {@link #THIN_CHARACTERS}, or it mostly restates the title ({@link
   * TitleEcho}: "Proposes General-Reasoner, a training paradigm designed to enhance LLM reasoning
   * capabilities across diverse domains.").
   */
  static boolean thin(String shown, String title) {
    return shown.length() < THIN_CHARACTERS || TitleEcho.restates(shown, title);
  }

  /** The summary in the abstract's own words before a finding is added ({@link SummaryFinding}). */
  static String inOwnWordsBeforeFinding(String abstractText) {
    return inOwnWordsBeforeFinding("", abstractText);
  }

  static String inOwnWordsBeforeFinding(String title, String abstractText) {
    List<String> sentences = Sentences.of(abstractText, SummaryFinding.SENTENCES_READ);
    Acronyms acronyms = Acronyms.in(abstractText);
    return acronyms.expanded(
        beforeFinding(title, abstractText, sentences, new Shown(acronyms)).choice().text());
  }

  /**
   * The chosen sentences at list length, and the last chosen: a finding may come after it. {@code
   * read} are the abstract's first sentences, at least {@link #OPENING_SENTENCES} of them where it
   * has that many: the first of those are the ones {@code Sentences.of(abstractText,
   * OPENING_SENTENCES)} gives, as a sentence ends where it does however many are read.
   */
  private static Choice fitted(String title, String abstractText, List<String> read) {
    List<String> sentences = read.subList(0, Math.min(read.size(), OPENING_SENTENCES));
    if (sentences.isEmpty()) {
      return new Choice(abstractText.strip(), Integer.MAX_VALUE - 1);
    }
    Choice choice = choice(sentences, title);
    return new Choice(
        SummaryLength.fitted(SummaryVoice.plain(choice.text()), sentences, choice.last(), title),
        choice.last());
  }

  /** The chosen text and the index of the last sentence it takes words from. */
  private record Choice(String text, int last) {}

  private static Choice choice(List<String> sentences, String title) {
    // each sentence read alone only when asked: most summaries are among the first few
    Alone alone = new Alone(sentences);
    // read once per paper, not per sentence tried
    Optional<String> titleName = TitleName.of(title);
    Choice best = null;
    int least = Integer.MAX_VALUE;
    int unnamedAt = -1;
    for (int i = 0; i < sentences.size() && least > 0; i++) {
      if (least == 1 && i > unnamedAt + NAMED_WITHIN) {
        break; // an unnamed method is named soon after, or not at all
      }
      String sentence = sentences.get(i);
      // after a topic or an unnamed method, only what the authors put forward may be chosen: the
      // rest is not read
      if (least < WEAK && !putsForward(sentence, least, titleName) || !maySpeak(sentence)) {
        continue;
      }
      int at = i;
      // "We answer these questions by analyzing X" says what the paper does as "We analyze X"
      Optional<String> byMeans = StandAlone.byMeans(sentence);
      Optional<String> chosen =
          byMeans
              .or(() -> alone.get(at))
              .or(() -> StandAlone.trimmed(sentence))
              .or(() -> StandAlone.afterColon(StandAlone.withoutLead(sentence)))
              .or(() -> StandAlone.withoutBackClause(sentence))
              .or(() -> StandAlone.withoutBackPurpose(sentence))
              .or(() -> answer(alone, sentences, at))
              .map(PaperSummary::withoutQuestion);
      if (chosen.isPresent() && speaks(chosen.get()) && !QUESTION.matcher(chosen.get()).matches()) {
        int last = i;
        if (i + 1 < sentences.size()
            && alone.get(i + 1).isPresent()
            && !NOT_THE_METHOD.matcher(alone.get(i + 1).get()).lookingAt()
            && !Unshown.subjectUnshown(alone.get(i + 1).get(), title + " " + chosen.get())
            && (vague(chosen.get()) || chosen.get().length() < SHORTEST_ALONE)) {
          // "We introduce a simple disperse-then-merge framework." says what only with the next;
          // "We introduce LoRAMoE." says what it is only with "LoRAMoE is a plugin version of ..."
          chosen = Optional.of(chosen.get() + " " + alone.get(i + 1).get());
          last = i + 1;
        }
        // a topic or "our approach" gives way only to what the authors put forward, an unnamed
        // method only to a named one
        // "Our method ..." where nothing shown names one: a sentence that does not lean on the
        // abstract left out says more
        // so does one that names two things the list never shows ("builds our method on ... the
        // incomplete semantic factor")
        int rank =
            WEAK * (weakness(chosen.get()) + (leansOnUnshown(chosen.get(), title) ? 1 : 0))
                // the means an answer gives is what the paper does, not a topic named
                + (indirect(chosen.get()) && byMeans.isEmpty() ? 2 : 0)
                + (unnamed(chosen.get()) ? 1 : 0);
        String plain = SummaryVoice.plain(chosen.get());
        if (SummaryVoice.staysFirstPerson(plain)) {
          // "Our research is motivated by ...": a sentence the third person cannot take gives way
          // to one where the authors put something forward, which it can
          rank = Math.max(rank, FIRST_PERSON);
        } else if (SummaryVoice.authorsSpeakIn(SummaryVoice.of(plain))) {
          // so does one that keeps "we" once voiced ("Using MATH, we investigate three strategies:
          // (1) ..., where we fine-tune ..."), as a topic does: before one the voice cannot take
          rank = Math.max(rank, KEEPS_WE);
        }
        if (SHOWN.matcher(chosen.get()).lookingAt()) {
          rank = Math.max(rank, 1); // gives way only to a method named within three sentences
        }
        if (missed(chosen.get(), titleName)) {
          // "Explores the feasibility of elastically controlling ..." under "CoT-Valve: ...": gives
          // way to the sentence that puts the title's name forward within three sentences
          rank = Math.max(rank, 1);
        }
        if (stepOfUnshown(sentence, chosen.get())) {
          // "To investigate this, we ablate image inputs ...": a step of an inquiry the list does
          // not show gives way to the named method the inquiry led to
          rank = Math.max(rank, 1);
        }
        if (least < WEAK && !putsForward(chosen.get(), least, titleName)) {
          rank = Math.max(rank, least);
        }
        if (rank < least) {
          best = new Choice(chosen.get(), last);
          least = rank;
          unnamedAt = i;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (int i = 0; i < sentences.size(); i++) {
      if (maySpeak(sentences.get(i)) && alone.get(i).isPresent() && speaks(alone.get(i).get())) {
        return new Choice(alone.get(i).get(), i);
      }
    }
    // "We propose a method for equipping LLMs with such thinking abilities": without "such" it
    // still says what the paper does, which the background before it does not
    for (int i = 0; i < sentences.size(); i++) {
      String plain = SUCH_NOUN.matcher(StandAlone.withoutLead(sentences.get(i))).replaceFirst("");
      if (speaks(plain) && !StandAlone.pointsBack(plain) && !QUESTION.matcher(plain).matches()) {
        return new Choice(plain, i);
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      if (alone.get(i).isPresent()) {
        return new Choice(alone.get(i).get(), i);
      }
    }
    return new Choice(sentences.get(0), 0);
  }

  /**
   * A question the authors asked, with the sentence that answers it: "How cost-effectively can we
   * elicit strong reasoning ...? We answer this question with Resa, ...". The answer points back
   * only at the question; the question stands alone, or is an indirect one ("It is not known if
   * ...").
   */
  private static Optional<String> answer(Alone alone, List<String> sentences, int i) {
    if (i == 0) {
      return Optional.empty();
    }
    String answer = StandAlone.withoutLead(sentences.get(i));
    Matcher question = THIS_QUESTION.matcher(answer);
    if (!question.find()
        || StandAlone.pointsBack(question.replaceFirst("the question"))
        || !speaks(answer)) {
      return Optional.empty();
    }
    String before = StandAlone.withoutLead(sentences.get(i - 1));
    boolean asked =
        alone.get(i - 1).filter(s -> s.endsWith("?")).isPresent()
            || INDIRECT_QUESTION.matcher(before).lookingAt()
                && !StandAlone.pointsBack(before.substring(before.indexOf(' ') + 1));
    return asked ? Optional.of(before + " " + answer) : Optional.empty();
  }

  /**
   * The authors' sentence without the question it ends on, when what comes before the colon says
   * what they do: "This paper studies RL generalization from a theoretical aspect: how much ...?"
   */
  private static String withoutQuestion(String sentence) {
    int colon = sentence.lastIndexOf(": ");
    if (!sentence.endsWith("?") || colon < 0) {
      return sentence;
    }
    String before = sentence.substring(0, colon) + ".";
    // "Studies RL generalization from a theoretical aspect." says less than the question after it
    return speaks(before) && SummaryLength.words(before) >= FEWEST_ALONE ? before : sentence;
  }

  /**
   * Whether the sentence asks its question after a statement of what the authors do that names
   * something: "This paper studies RL generalization from a theoretical aspect: how much can we
   * expect pre-training ... to be helpful?" says what the paper asks, not only that it asks.
   */
  private static boolean askedAfterStatement(String sentence) {
    int colon = sentence.lastIndexOf(": ");
    if (colon < 0) {
      return false;
    }
    String before = sentence.substring(0, colon) + ".";
    return speaks(before) && !vague(before) && SummaryLength.words(before) >= LEAST_STATEMENT;
  }

  /** The sentences read alone ({@link StandAlone#standalone}), each once and only when asked. */
  private static final class Alone {
    private final List<String> sentences;
    private final List<Optional<String>> read;

    Alone(List<String> sentences) {
      this.sentences = sentences;
      this.read = new ArrayList<>(Collections.nCopies(sentences.size(), null));
    }

    Optional<String> get(int i) {
      Optional<String> alone = read.get(i);
      if (alone == null) {
        alone = StandAlone.standalone(sentences.get(i));
        read.set(i, alone);
      }
      return alone;
    }
  }

  /**
   * How far a sentence where the authors speak falls short of saying what the paper does: it
   * reports a finding or a hypothesis, not the method ("We find that ...", "We hypothesize ...");
   * it is a short fragment that names nothing ("We conduct a systematic empirical evaluation."); it
   * leans on an acronym the abstract never spells out; the capture damaged it ("a analysis"). The
   * least weak of the opening sentences is the summary, the earliest of equals.
   */
  static int weakness(String sentence) {
    int weakness = 0;
    if (NOT_THE_METHOD.matcher(sentence).lookingAt()
        || FINDING_AFTER_CLAUSE.matcher(sentence).find()) {
      weakness += 2;
    }
    if (vague(sentence)) {
      weakness += 2;
    }
    if (ARTICLE_BEFORE_VOWEL.matcher(sentence).find()) {
      weakness += 1;
    }
    if (sentence.endsWith("?") && !askedAfterStatement(sentence)) {
      weakness += 2; // "This work addresses the question: How can we ...?" asks, does not say
    }
    // plain searches first: the patterns below are tried only on the few sentences they may match
    if ((sentence.contains("pioneering")
            || sentence.contains("realm")
            || sentence.contains("into the world"))
        && HYPE.matcher(sentence).find()) {
      weakness += 1;
    }
    if ((sentence.contains("xperiment")
            || sentence.contains("valuations")
            || sentence.contains("blation"))
        && SETUP.matcher(sentence).lookingAt()) {
      weakness += 3; // the setup says less than a finding
    }
    return weakness;
  }

  /**
   * A sentence that names the topic or calls the method "our approach": a later one where the
   * authors put something forward says more ("This paper focuses on Offsite-Tuning (OFT), ..." and
   * then "we propose CRaSh, ...").
   */
  private static boolean indirect(String sentence) {
    return TOPIC.matcher(sentence).lookingAt() || OUR_UNNAMED.matcher(sentence).lookingAt();
  }

  /**
   * Whether the chosen text leans on the abstract left out where the title beside it does not help:
   * "Our method ..." never introduced, or two definite things it never names ("Builds our method on
   * causal learning and views the incomplete semantic factor as the confounder"), or a subject
   * never introduced ("Our idea is driven by ...").
   */
  private static boolean leansOnUnshown(String chosen, String title) {
    return Unshown.ourUnnamed(chosen, title)
        // "Our idea is driven by ..." is shown "The idea ...": the abstract's own "The aim of this
        // study is ..." says what it points at
        || chosen.startsWith("Our ") && Unshown.subjectUnshown(chosen, title)
        || Unshown.leaning(SummaryVoice.plain(chosen), title) >= LEANING_THINGS;
  }

  /**
   * Whether the chosen text is a step the authors took for a purpose that pointed back and was
   * dropped ("To investigate this, we ablate ..."), not what they put forward.
   */
  private static boolean stepOfUnshown(String sentence, String chosen) {
    return PURPOSE_LEAD.matcher(sentence).lookingAt()
        && !sentence.equals(chosen)
        && !chosen.startsWith(sentence.substring(0, sentence.indexOf(' ')))
        && !CONTRIBUTION.matcher(chosen).find();
  }

  /** The authors putting forward an approach they do not name. */
  private static boolean unnamed(String sentence) {
    return UNNAMED.matcher(sentence).lookingAt();
  }

  /**
   * Whether a sentence may take the place of a topic (rank 2 or 3): the authors put something
   * forward; or of an unnamed method (rank 1): they put forward a named thing (or the title's),
   * first, not in addition ("Additionally, we introduce two new datasets").
   */
  private static boolean putsForward(String sentence, int least, Optional<String> titleName) {
    if (!CONTRIBUTION.matcher(sentence).find()) {
      return false;
    }
    // the title's name is a named thing however the authors spell it out ("we propose the
    // Decompose, Critique and Refine (DeCRIM) self-correction pipeline")
    return least >= 2
        || !ADDS.matcher(sentence).lookingAt()
            && (NAMED.matcher(sentence).find()
                || titleName.filter(name -> TitleName.named(sentence, name)).isPresent());
  }

  /** Whether the title opens on a coined name ({@link TitleName#of}) the text never says. */
  private static boolean missed(String text, Optional<String> titleName) {
    return titleName.filter(name -> !TitleName.named(text, name)).isPresent();
  }

  /** Whether the sentence reports only the authors' setup: "We conduct various experiments ...". */
  static boolean setupOnly(String sentence) {
    return SETUP.matcher(StandAlone.withoutLead(sentence)).lookingAt();
  }

  /** A short sentence that names nothing: "We conduct a systematic empirical evaluation." */
  private static boolean vague(String sentence) {
    return sentence.length() < SPECIFIC && !StandAlone.namesSomething(sentence);
  }

  /**
   * Whether the authors may speak in the sentence read alone or in a part of it: what is read alone
   * is the sentence without its lead or the start of that, so where they are not the subject of the
   * whole, they are of no part. Cheaper than reading the sentence alone, which most of an
   * abstract's background sentences need not be.
   */
  private static boolean maySpeak(String sentence) {
    return AUTHORS_SPEAK_CUED.find(StandAlone.withoutLead(sentence));
  }

  /** Whether the authors are the main clause's subject, not everyone ("we have witnessed"). */
  static boolean speaks(String sentence) {
    return AUTHORS_SPEAK_CUED.find(sentence) && !GENERIC_WE.matcher(sentence).find();
  }
}
