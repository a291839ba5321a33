package dev.surveyor.serve;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Theme;
import dev.surveyor.review.ReviewItem;
import java.util.List;

/**
 * The Review page that {@code serve} shows at {@link ReviewEndpoint#PATH} and never writes into the
 * site: the queue, least sure first, one small form per paper with the themes as checkboxes, ticked
 * as proposed, and Confirm. Every text from the content is escaped.
 */
final class ReviewPage {
  private ReviewPage() {}

  /**
   * @param base the site's URL path ("/", "/survey/"), for its stylesheet and paper pages
   * @param message what the last answer did ("" for none)
   * @param waiting how many papers wait for a verdict, of which {@code items} are shown
   */
  static String html(
      String base,
      List<Theme> themes,
      List<ReviewItem> items,
      int waiting,
      int papers,
      String message) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Review: papers that need a curator</title>\n")
        .append("<link rel=\"stylesheet\" href=\"")
        .append(escape(base + Urls.STYLE))
        .append("\">\n<link rel=\"icon\" href=\"")
        .append(escape(base + "assets/favicon.svg"))
        .append("\" type=\"image/svg+xml\">\n<style>")
        .append(".review-item{margin:0 0 1.25rem;padding:1rem 1.25rem;border:1px solid #d8dbe0;")
        .append("border-radius:8px}.review-item h2{font-size:1.1rem;margin:0 0 .25rem}")
        .append(".review-item fieldset{border:0;padding:0;margin:.5rem 0;display:flex;")
        .append("flex-wrap:wrap;gap:.25rem 1.25rem}.review-item .why{margin:.25rem 0;color:#555}")
        .append(".review-message{padding:.5rem 1rem;background:#eef6ee;border-radius:6px}")
        .append("</style>\n</head>\n<body>\n<main id=\"main\" class=\"wrap\">\n")
        .append("<p class=\"eyebrow\"><a href=\"")
        .append(escape(base + Urls.HOME))
        .append("\">Back to the site</a></p>\n<h1>Review</h1>\n<p class=\"review-summary\">")
        .append(summary(items.size(), waiting, papers))
        .append("</p>\n");
    if (!message.isEmpty()) {
      out.append("<p class=\"review-message\" role=\"status\">")
          .append(escape(message))
          .append("</p>\n");
    }
    for (ReviewItem item : items) {
      form(out, base, themes, item);
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void form(StringBuilder out, String base, List<Theme> themes, ReviewItem item) {
    String id = "review-" + item.slug();
    out.append("<form class=\"review-item\" method=\"post\" action=\"")
        .append(ReviewEndpoint.PATH)
        .append("\" id=\"")
        .append(escape(id))
        .append("\">\n<input type=\"hidden\" name=\"slug\" value=\"")
        .append(escape(item.slug()))
        .append("\">\n<h2><a href=\"")
        .append(escape(base + Urls.paper(item.slug())))
        .append("\">")
        .append(escape(item.title()))
        .append("</a></h2>\n<p class=\"why\">Asked because the rules are unsure: ")
        .append(escape(item.reason()))
        .append("</p>\n<fieldset>\n<legend class=\"visually-hidden\">Themes</legend>\n");
    for (Theme theme : themes) {
      out.append("<label><input type=\"checkbox\" name=\"theme\" value=\"")
          .append(escape(theme.slug()))
          .append('"')
          .append(item.themes().contains(theme.slug()) ? " checked" : "")
          .append("> ")
          .append(escape(theme.name()))
          .append("</label>\n");
    }
    out.append("</fieldset>\n<button type=\"submit\">Confirm</button>\n</form>\n");
  }

  private static String summary(int shown, int waiting, int papers) {
    if (waiting == 0) {
      return "Every paper has a curator's verdict: nothing to review.";
    }
    return waiting
        + " of "
        + papers
        + " papers have no verdict yet"
        + (shown < waiting ? "; the " + shown + " the rules are least sure of first." : ".")
        + " Tick the paper's themes and confirm: the answer is saved in content/papers/.";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
