package cat.xmess.examples.cli;

import cat.xmess.model.WireCode;

/** How a command prints its result: readable text or JSON for programs. */
public enum OutputFormat implements WireCode {
  /** Readable text in the chosen language. */
  TEXT,
  /** Pretty-printed JSON with a fixed shape per command. */
  JSON;

  @Override
  public String toString() {
    return code();
  }
}
