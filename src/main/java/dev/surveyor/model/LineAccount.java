package dev.surveyor.model;

/** The role of one source line, and the reason when it was rejected. */
public record LineAccount(int line, LineRole role, String reason) {
  public LineAccount {
    reason = reason == null ? "" : reason;
  }
}
