package dev.surveyor.view;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A page to render: where it goes, which template, and the finished view it shows. The view may be
 * made only when the page renders, so a large site never holds every page's view at once.
 */
public record PageJob(String path, String template, Supplier<?> view) {
  public PageJob {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(view, "view");
  }

  /** A page whose view is already made. */
  public PageJob(String path, String template, Object page) {
    this(path, template, () -> page);
  }

  /** The view; made now when it is made lazily, so call it once per rendering. */
  public Object page() {
    return view.get();
  }
}
