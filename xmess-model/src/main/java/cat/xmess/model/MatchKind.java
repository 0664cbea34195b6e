package cat.xmess.model;

import org.apiguardian.api.API;

/** SKOS mapping relation between a catalog code and an external concept. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MatchKind implements WireCode {
  /** skos:exactMatch. */
  EXACT,
  /** skos:closeMatch. */
  CLOSE,
  /** skos:broadMatch: the external concept is broader. */
  BROAD,
  /** skos:narrowMatch: the external concept is narrower. */
  NARROW,
  /** skos:relatedMatch. */
  RELATED;

  @Override
  public String toString() {
    return code();
  }
}
