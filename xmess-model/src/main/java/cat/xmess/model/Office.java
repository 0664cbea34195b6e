package cat.xmess.model;

import org.apiguardian.api.API;

/** An office on the network's Executive Commission. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Office implements WireCode {
  /** The presidency. */
  PRESIDENCY("presidency"),
  /** The vice-presidency. */
  VICE_PRESIDENCY("vice-presidency"),
  /** The secretariat. */
  SECRETARIAT("secretariat"),
  /** A member (vocal) without a named office. */
  MEMBER("member");

  private final String code;

  Office(String code) {
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
