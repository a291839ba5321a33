package dev.surveyor.bench;

import dev.surveyor.analyze.AnalyzedPaper;
import dev.surveyor.analyze.RuleScorer;
import dev.surveyor.analyze.TextAnalyzer;
import dev.surveyor.analyze.Token;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The analysis's inner loops on the real survey's papers, one paper per call (cycling through all
 * 469): Lucene tokenising of an abstract, and scoring an analysed paper against every theme.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalyzeBench {
  private TextAnalyzer analyzer;
  private RuleScorer classifier;
  private List<Paper> papers;
  private List<AnalyzedPaper> analyzed;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    RealSurvey survey = new RealSurvey();
    analyzer = new TextAnalyzer();
    classifier = new RuleScorer(survey.content.themes(), analyzer, (theme, problem) -> {});
    papers = survey.corpus.papers();
    analyzed = papers.stream().map(p -> AnalyzedPaper.of(p, analyzer)).toList();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    analyzer.close();
  }

  /** Tokenise, lowercase, drop stop words and stem one abstract. */
  @Benchmark
  public List<Token> tokenizeAbstract() {
    next = (next + 1) % papers.size();
    return analyzer.tokens(papers.get(next).abstractText());
  }

  /** Score one analysed paper against every theme's cues, with evidence. */
  @Benchmark
  public List<Assignment> classifyPaper() {
    next = (next + 1) % analyzed.size();
    return classifier.score(analyzed.get(next));
  }
}
