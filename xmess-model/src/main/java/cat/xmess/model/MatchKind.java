package cat.xmess.model;

import org.apiguardian.api.API;

/** SKOS mapping relation between a catalog code and an external concept. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MatchKind implements WireCode {
  /** skos:exactMatch. */
  EXACT("exact"),
  /** skos:closeMatch. */
  CLOSE("close"),
  /** skos:broadMatch: the external concept is broader. */
  BROAD("broad"),
  /** skos:narrowMatch: the external concept is narrower. */
  NARROW("narrow"),
  /** skos:relatedMatch. */
  RELATED("related");

  private final String code;

  MatchKind(String code) {
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
