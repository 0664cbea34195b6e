package cat.xmess.model;

import org.apiguardian.api.API;

/** An office on the network's Executive Commission. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Office implements WireCode {
  /** The presidency. */
  PRESIDENCY,
  /** The vice-presidency. */
  VICE_PRESIDENCY,
  /** The secretariat. */
  SECRETARIAT,
  /** A member (vocal) without a named office. */
  MEMBER;

  @Override
  public String toString() {
    return code();
  }
}
