package cat.xmess.model;

import org.apiguardian.api.API;

/** How well a body's membership of the network is established. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MembershipStatus implements WireCode {
  /** A source reports its admission or names it as a member. */
  CONFIRMED,
  /** Strong indirect evidence only. */
  PROBABLE,
  /** The evidence points both ways. */
  UNCERTAIN;

  @Override
  public String toString() {
    return code();
  }
}
