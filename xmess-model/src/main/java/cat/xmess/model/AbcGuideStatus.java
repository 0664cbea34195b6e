package cat.xmess.model;

import org.apiguardian.api.API;

/** Whether a record is confirmed as one of the initiatives described in the 2019 ABC guide. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum AbcGuideStatus implements WireCode {
  /** Confirmed from the guide itself. */
  VERIFIED,
  /** Not confirmed: the guide's list of initiatives could not be checked. */
  UNVERIFIED;

  @Override
  public String toString() {
    return code();
  }
}
