package dev.surveyor.view;

import dev.surveyor.text.Text;

/**
 * The end of the note an entity page or a theme page gives when a theme or sub-topic shares the
 * entity's name: what the entity's count counts, and how many papers the two have in common. One
 * wording on both pages, so the two figures read alike wherever they meet.
 */
final class SameNameNote {
  private SameNameNote() {}

  /** "101 that name it, whether or not it is their subject. 87 papers are in both." */
  static String namingAndBoth(long naming, long both) {
    return Text.grouped(naming)
        + " that name it, whether or not it is their subject. "
        + (both == 1 ? "1 paper is in both." : Text.grouped(both) + " papers are in both.");
  }
}
