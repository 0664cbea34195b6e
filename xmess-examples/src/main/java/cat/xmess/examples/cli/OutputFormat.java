package cat.xmess.examples.cli;

import cat.xmess.model.WireCode;

/** How a command prints its result: readable text or JSON for programs. */
public enum OutputFormat implements WireCode {
  /** Readable text in the chosen language. */
  TEXT("text"),
  /** Pretty-printed JSON with a fixed shape per command. */
  JSON("json");

  private final String code;

  OutputFormat(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
