package cat.xmess.model;

import org.apiguardian.api.API;

/** Kind of local body that can be a member of the network. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum BodyKind implements WireCode {
  /** A town council. */
  AJUNTAMENT,
  /** A comarcal council. */
  CONSELL_COMARCAL,
  /** A consortium of local bodies. */
  CONSORCI,
  /** Any other local body. */
  OTHER;

  @Override
  public String toString() {
    return code();
  }
}
