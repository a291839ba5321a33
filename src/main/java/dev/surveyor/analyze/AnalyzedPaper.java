package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.List;

/** A paper with its title and abstract analysed once, for every analysis that needs terms. */
public record AnalyzedPaper(Paper paper, List<Token> title, List<Token> abstractTokens) {
  public AnalyzedPaper {
    title = List.copyOf(title);
    abstractTokens = List.copyOf(abstractTokens);
  }

  public static AnalyzedPaper of(Paper paper, TextAnalyzer analyzer) {
    return new AnalyzedPaper(
        paper, analyzer.tokens(paper.title()), analyzer.tokens(paper.abstractText()));
  }
}
