package cat.xmess.model;

import org.apiguardian.api.API;

/** Kind of local body that can be a member of the network. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum BodyKind implements WireCode {
  /** A town council. */
  AJUNTAMENT("ajuntament"),
  /** A comarcal council. */
  CONSELL_COMARCAL("consell-comarcal"),
  /** A consortium of local bodies. */
  CONSORCI("consorci"),
  /** Any other local body. */
  OTHER("other");

  private final String code;

  BodyKind(String code) {
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
