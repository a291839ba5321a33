package dev.surveyor.publish;

/** Output could not be written; the previous site is left as it was. */
public final class PublishException extends Exception {
  private static final long serialVersionUID = 1L;

  public PublishException(String message) {
    super(message);
  }

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
