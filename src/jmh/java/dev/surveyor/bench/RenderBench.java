package dev.surveyor.bench;

import dev.surveyor.cite.Citations;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Survey;
import dev.surveyor.render.TemplateRenderer;
import dev.surveyor.view.PageJob;
import dev.surveyor.view.SiteViews;
import dev.surveyor.view.Views.SiteView;
import java.io.Writer;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rendering one paper page of the real survey (cycling through all 469): making its view, and
 * running it through the Freemarker templates into a writer that only counts characters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBench {
  private TemplateRenderer renderer;
  private SiteView site;
  private List<PageJob> paperPages;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Survey survey = new RealSurvey().analyze();
    SiteViews views = new SiteViews(survey, Citations.of(survey), new Diagnostics());
    site = views.site();
    paperPages = views.pages().stream().filter(p -> p.path().startsWith("papers/")).toList();
    renderer = new TemplateRenderer(Path.of("templates"));
  }

  /** View and template for one paper page. */
  @Benchmark
  public void renderPaperPage(Blackhole hole) throws Exception {
    next = (next + 1) % paperPages.size();
    CountingWriter out = new CountingWriter();
    renderer.render(paperPages.get(next), site, out);
    hole.consume(out.count);
  }

  /** Discards what it is given, counting it, so the benchmark measures rendering alone. */
  private static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] chars, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text, int offset, int length) {
      count += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
