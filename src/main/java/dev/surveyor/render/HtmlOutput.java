package dev.surveyor.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.Writer;

/**
 * Freemarker's HTML output format, escaping the same five characters the same way, but straight
 * into a page's UTF-8 bytes when the page is written through a {@link Utf8Writer}: Freemarker's own
 * escaper scans each value, then hands the writer runs between escapes, which it scans again (a
 * twentieth of a large build's CPU went to the two). Anywhere else (a captured macro's output) it
 * escapes as Freemarker does.
 */
final class HtmlOutput extends CommonMarkupOutputFormat<HtmlOutput.Markup> {
  static final HtmlOutput INSTANCE = new HtmlOutput();

  private HtmlOutput() {}

  @Override
  public String getName() {
    return "HTML";
  }

  @Override
  public String getMimeType() {
    return "text/html";
  }

  @Override
  public void output(String text, Writer out) throws IOException {
    if (out instanceof Utf8Writer bytes) {
      bytes.writeHtml(text);
    } else {
      StringUtil.XHTMLEnc(text, out);
    }
  }

  @Override
  public String escapePlainText(String text) {
    return StringUtil.XHTMLEnc(text);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
  }

  @Override
  protected Markup newTemplateMarkupOutputModel(String plainText, String markup) {
    return new Markup(plainText, markup);
  }

  /** A value already in this format: escaped, or markup a template printed with {@code no_esc}. */
  static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
    Markup(String plainText, String markup) {
      super(plainText, markup);
    }

    @Override
    public HtmlOutput getOutputFormat() {
      return INSTANCE;
    }
  }
}
