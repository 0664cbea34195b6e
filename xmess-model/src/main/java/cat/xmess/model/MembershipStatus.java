package cat.xmess.model;

import org.apiguardian.api.API;

/** How well a body's membership of the network is established. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MembershipStatus implements WireCode {
  /** A source reports its admission or names it as a member. */
  CONFIRMED("confirmed"),
  /** Strong indirect evidence only. */
  PROBABLE("probable"),
  /** The evidence points both ways. */
  UNCERTAIN("uncertain");

  private final String code;

  MembershipStatus(String code) {
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
