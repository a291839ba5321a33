package dev.surveyor.build;

import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.cite.Citations;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.EarlierRead;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Survey;
import dev.surveyor.publish.PublishException;
import dev.surveyor.publish.RealPath;
import dev.surveyor.publish.SiteWriter;
import dev.surveyor.render.AssetFiles;
import dev.surveyor.render.BibFiles;
import dev.surveyor.render.CurationReport;
import dev.surveyor.render.DataExport;
import dev.surveyor.render.HostingFiles;
import dev.surveyor.render.SearchIndexScript;
import dev.surveyor.render.TemplateRenderer;
import dev.surveyor.render.Utf8Writer;
import dev.surveyor.view.PageJob;
import dev.surveyor.view.SearchIndex;
import dev.surveyor.view.SiteViews;
import dev.surveyor.view.ViewMemo;
import dev.surveyor.view.Views.SiteView;
import dev.surveyor.view.export.BibFile;
import dev.surveyor.view.export.BibViews;
import dev.surveyor.view.export.Curation;
import dev.surveyor.view.export.CurationViews;
import dev.surveyor.view.export.HostingViews;
import dev.surveyor.view.export.ListingReport;
import dev.surveyor.view.export.PaperExports;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline, the one every command runs: {@link #load} reads, ingests, analyses and cites;
 * {@link #write} makes the views, renders and hands every file to the writer. {@code build}, {@code
 * serve}, {@code check}, {@code eval} and the benchmarks all come through here, so a preview can
 * never differ from a build; {@code serve} only starts some stages from its last build.
 */
public final class Site {
  private Site() {}

  /** What loading hands to the views: the content, the papers found in it and their analysis. */
  public record Loaded(Content content, Corpus corpus, Survey survey, Citations citations) {}

  /** Turns the content's sources into papers; serve's keeps the parsed files of its last build. */
  @FunctionalInterface
  public interface Ingest {
    Ingest FRESH = ListingIngest::ingest;

    Corpus ingest(Content content, Diagnostics diagnostics);
  }

  /**
   * Reads, ingests, analyses and cites the content directory, timing each stage on {@code laps}.
   */
  public static Loaded load(BuildOptions options, Diagnostics diagnostics, Stopwatch laps)
      throws ContentException {
    // Passed on, never kept in a local: a method's locals live to its end (the interpreter runs
    // this once), and the source texts (460 MB for 100k papers) would stay through the analysis.
    return analyse(
        ingest(readTimed(options, diagnostics, laps), Ingest.FRESH, diagnostics, laps),
        diagnostics,
        laps,
        options.searchIndex());
  }

  private static Content readTimed(BuildOptions options, Diagnostics diagnostics, Stopwatch laps)
      throws ContentException {
    Content content = read(options, diagnostics, EarlierRead.NONE);
    laps.lap("read");
    return content;
  }

  /**
   * As above for measuring the grouping: the content directory, with its sources taken from another
   * folder when {@code sources} is not null.
   */
  public static Loaded load(Path content, Path sources, Diagnostics diagnostics)
      throws ContentException {
    ContentReader reader = new ContentReader(content, diagnostics);
    Content read = (sources == null ? reader : reader.withSources(sources)).read();
    return analyse(read, Ingest.FRESH, diagnostics, Stopwatch.unread());
  }

  /** The content directory, with the base URL given on the command line, if any, applied. */
  public static Content read(BuildOptions options, Diagnostics diagnostics, EarlierRead reuse)
      throws ContentException {
    Content content = new ContentReader(options.content(), diagnostics, reuse).read();
    if (options.baseUrl() != null) {
      return content.withConfig(content.config().withBaseUrl(options.baseUrl()));
    }
    return content;
  }

  /** Ingests, analyses and cites content already read. */
  public static Loaded analyse(
      Content read, Ingest ingest, Diagnostics diagnostics, Stopwatch laps) {
    return analyse(ingest(read, ingest, diagnostics, laps), diagnostics, laps, true);
  }

  /** The content without its source texts, and the papers found in them. */
  private record Ingested(Content content, Corpus corpus) {}

  private static Ingested ingest(
      Content read, Ingest ingest, Diagnostics diagnostics, Stopwatch laps) {
    Corpus corpus = ingest.ingest(read, diagnostics);
    laps.lap("ingest");
    // The source texts are in the corpus now; letting them go halves memory on large corpora.
    return new Ingested(read.withoutSourceTexts(), corpus);
  }

  private static Loaded analyse(
      Ingested ingested, Diagnostics diagnostics, Stopwatch laps, boolean searchIndex) {
    Content content = ingested.content();
    Corpus corpus = ingested.corpus();
    Survey survey =
        SurveyAnalysis.analyze(content, corpus, diagnostics, laps.nested(), searchIndex);
    laps.lap("analyze");
    Citations citations = Citations.of(survey);
    laps.lap("cite");
    return new Loaded(content, corpus, survey, citations);
  }

  /** The views of a loaded survey, reusing what an earlier build's views computed. */
  public static SiteViews views(Loaded loaded, Diagnostics diagnostics, ViewMemo memo) {
    return new SiteViews(loaded.survey(), loaded.citations(), diagnostics, memo);
  }

  /**
   * The output may not be, or contain, the content or templates it is built from, however links
   * disguise the paths.
   */
  public static void checkOutput(BuildOptions options) throws PublishException {
    Path out = RealPath.of(options.out());
    for (Path input : List.of(options.content(), options.templates())) {
      Path in = RealPath.of(input);
      if (in.startsWith(out)) {
        throw new PublishException(
            "the output directory " + out + " may not be " + in + " or contain it");
      }
    }
  }

  /**
   * Writes every file of the site on all cores: data exports, citations, the search index, assets,
   * the pages, and last the host's files, as the sitemap lists every path before it. Returns the
   * paths written, in that order. What the capture broke in the text of papers is reported as notes
   * for {@code check}. Without the search index's files when {@code searchIndex} is false (the
   * benchmark measuring what the index costs: {@link BuildOptions#searchIndex}).
   */
  public static List<String> write(
      SiteWriter writer,
      Loaded loaded,
      SiteViews views,
      List<PageJob> pages,
      TemplateRenderer renderer,
      Path templates,
      Diagnostics diagnostics,
      boolean searchIndex)
      throws ContentException, PublishException {
    Survey survey = loaded.survey();
    SiteView site = views.site();
    List<Output> outputs = new ArrayList<>();
    // The longest single file first, so it is not what the last core waits for.
    outputs.add(
        new Output(Urls.PAPERS_JSON, out -> DataExport.writePapers(PaperExports.of(survey), out)));
    outputs.add(
        new Output(
            Urls.REPORT_JSON,
            out -> out.write(DataExport.report(ListingReport.of(survey.corpus())).bytes())));
    Curation curation = CurationViews.of(survey);
    curation.captureLeftovers().forEach(leftover -> diagnostics.report(leftover.asNote()));
    // Files whose path is known before their bytes are made as they are written, on all cores.
    outputs.add(
        new Output(Urls.CURATION_JSON, out -> out.write(CurationReport.file(curation).bytes())));
    for (BibFile bib : BibViews.of(survey, loaded.citations())) {
      outputs.add(new Output(bib.path(), out -> out.write(BibFiles.file(bib).bytes())));
    }
    if (searchIndex) {
      SearchIndex index = views.searchIndex();
      for (int i = 0; i < SearchIndexScript.count(index); i++) {
        int file = i;
        outputs.add(
            new Output(
                SearchIndexScript.path(index, file),
                out -> SearchIndexScript.write(index, file, out)));
      }
    }
    AssetFiles.read(templates).forEach(asset -> outputs.add(Output.of(asset)));
    for (PageJob page : pages) {
      outputs.add(new Output(page.path(), out -> render(renderer, page, site, out)));
    }
    // Last, as the sitemap lists every page produced before it.
    HostingFiles.ofPaths(HostingViews.of(survey), outputs.stream().map(Output::path).toList())
        .forEach(file -> outputs.add(Output.of(file)));
    // Every file renders on all cores, streamed into its place; paper views are made here.
    try {
      Parallel.forEach(outputs, output -> write(writer, output));
    } catch (ContentException e) {
      diagnostics.throwIfErrors(); // a broken curated link explains more than what it broke
      throw e;
    }
    diagnostics.throwIfErrors();
    return outputs.stream().map(Output::path).toList();
  }

  private static void write(SiteWriter writer, Output output)
      throws ContentException, PublishException {
    try (OutputStream out = writer.open(output.path())) {
      output.body().writeTo(out);
    } catch (IOException e) {
      throw new PublishException("cannot write " + output.path() + ": " + e.getMessage(), e);
    }
  }

  private static void render(
      TemplateRenderer renderer, PageJob page, SiteView site, OutputStream out)
      throws IOException, ContentException {
    Writer text = new Utf8Writer(out, 4 * 1024); // the entry holds the page; this only batches
    renderer.render(page, site, text);
    text.flush();
  }
}
