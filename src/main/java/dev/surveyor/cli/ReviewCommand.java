package dev.surveyor.cli;

import dev.surveyor.build.Site;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.json.Json;
import dev.surveyor.model.Survey;
import dev.surveyor.review.ReviewItem;
import dev.surveyor.review.ReviewQueue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code surveyor review}: the papers without a verdict that most need a curator, first. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Lists the papers without a curator's verdict whose themes the rules are least sure of,"
            + " most useful first.")
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentDir input;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "List at most N papers (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description = "Print one JSON array: slug, title, themes (proposed), reason, margin.")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Diagnostics diagnostics = new Diagnostics();
      Survey survey = load(input.content, diagnostics);
      diagnostics.sorted().forEach(d -> err.println(d.format()));
      if (diagnostics.hasErrors()) {
        return Main.FAILURE;
      }
      List<ReviewItem> queue = ReviewQueue.of(survey);
      List<ReviewItem> shown = queue.subList(0, Math.min(limit, queue.size()));
      if (json) {
        out.println(Json.console(shown));
      } else {
        print(out, shown, queue.size(), survey.papers().size());
      }
      out.flush();
      return 0;
    } catch (ContentException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      return Main.FAILURE;
    }
  }

  /** The survey as a build sees it, loaded by the one pipeline. */
  private static Survey load(Path content, Diagnostics diagnostics) throws ContentException {
    return Site.load(content, null, diagnostics).survey();
  }

  private static void print(PrintWriter out, List<ReviewItem> shown, int waiting, int papers) {
    int n = 0;
    for (ReviewItem item : shown) {
      out.printf("%d. %s%n", ++n, item.title());
      out.printf("   %s%n", item.slug());
      out.printf(
          "   proposed: %s; why asked: %s%n",
          item.themes().isEmpty() ? "no theme" : String.join(", ", item.themes()), item.reason());
    }
    out.printf(
        "%d of %d papers have no verdict%s%n",
        waiting,
        papers,
        waiting == 0
            ? "; nothing to review"
            : shown.size() < waiting ? "; the first " + shown.size() + " shown (--limit)" : "");
  }
}
