package dev.surveyor.cli;

import dev.surveyor.build.Site;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.eval.Agreement;
import dev.surveyor.eval.EvalReport;
import dev.surveyor.eval.EvalResult;
import dev.surveyor.eval.Evaluation;
import dev.surveyor.eval.ReviewSimulation;
import dev.surveyor.ingest.LabelReader;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Survey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code surveyor eval}: how well the theme rules agree with the hand labels. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Compares theme assignments with hand labels: precision, recall, F1, disagreements.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentDir input;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "Labels file (default: <content>/eval/labels.tsv).")
  Path labels;

  @Option(
      names = "--sources",
      paramLabel = "DIR",
      description =
          "Take the papers from this folder instead of <content>/sources, e.g. a labelled "
              + "collection kept outside the survey (the themes still come from <content>).")
  Path sources;

  @Option(
      names = "--show",
      paramLabel = "SPLIT",
      defaultValue = "all",
      description =
          "Whose disagreements to list: tuning, held-out or all (default: ${DEFAULT-VALUE}). "
              + "Tune rules on 'tuning' only, so the held-out figures stay honest.")
  String show;

  @Option(
      names = "--agreement",
      paramLabel = "FILE",
      description =
          "A second annotator's labels of some of the same papers: prints how far the two "
              + "agree per theme (F1, Cohen's kappa), the ceiling to read the rules' scores against.")
  Path agreement;

  @Option(
      names = "--simulate-review",
      paramLabel = "SHARES",
      split = ",",
      description =
          "Plays a curator answering the first shares of the review queue from the labels "
              + "(e.g. 0.05,0.1,0.2) and prints per-theme P/R/F1 over all labelled papers, as the "
              + "site shows them, at each step.")
  List<Double> simulateReview;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print the scores only, not the disagreements.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EvalReport.Split split;
    try {
      split = quiet ? EvalReport.Split.NONE : EvalReport.Split.parse(show);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--show must be tuning, held-out or all, not '" + show + "'");
    }
    if (simulateReview != null
        && simulateReview.stream().anyMatch(share -> !(share > 0 && share <= 1))) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--simulate-review takes shares of the queue between 0 and 1, such as 0.05,0.1,0.2");
    }
    Path labelsFile = labels != null ? labels : input.content.resolve("eval").resolve("labels.tsv");
    try {
      Diagnostics diagnostics = new Diagnostics();
      Site.Loaded loaded = Site.load(input.content, sources, diagnostics);
      Survey survey = loaded.survey();
      LabelSet labelSet = LabelReader.read(labelsFile, labelsFile.toString());
      if (simulateReview != null) {
        diagnostics.sorted().forEach(d -> err.println(d.format()));
        out.print(
            ReviewSimulation.format(
                ReviewSimulation.run(loaded, labelSet, simulateReview), labelsFile.toString()));
        out.flush();
        return diagnostics.hasErrors() ? Main.FAILURE : 0;
      }
      EvalResult result = Evaluation.evaluate(survey, labelSet);
      for (Diagnostic d : diagnostics.sorted()) {
        err.println(d.format());
      }
      out.print(EvalReport.format(result, split));
      if (agreement != null) {
        LabelSet second = LabelReader.read(agreement, agreement.toString());
        out.print(
            Agreement.format(
                Agreement.compare(labelSet, second), labelsFile.toString(), agreement.toString()));
      }
      out.flush();
      return diagnostics.hasErrors() ? Main.FAILURE : 0;
    } catch (ContentException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      return Main.FAILURE;
    }
  }
}
