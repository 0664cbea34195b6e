package cat.xmess.model;

import org.apiguardian.api.API;

/** Why an initiative was selected as a plausible example of the ABC guide's contents. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CandidateBasis implements WireCode {
  /** The municipality is one of the twelve in the guide's working group. */
  WORKING_GROUP,
  /** The body is in the visible part of the guide's credited collaborators. */
  CREDITED_COLLABORATOR,
  /** The action has a sheet in the network's 2017-2018 collection of municipal actions. */
  XMESS_DATABASE,
  /** The action was presented at the assembly where the guide was launched. */
  SHOWCASED_AT_LAUNCH_ASSEMBLY;

  @Override
  public String toString() {
    return code();
  }
}
