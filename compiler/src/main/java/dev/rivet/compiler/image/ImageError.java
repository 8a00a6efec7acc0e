package dev.rivet.compiler.image;

/** A bytecode image that cannot be used (corrupt, truncated, wrong version): one clear message. */
public final class ImageError extends Exception {
  public ImageError(String message) {
    super(message, null, false, false);
  }
}
