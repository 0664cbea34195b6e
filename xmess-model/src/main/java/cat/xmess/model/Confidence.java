package cat.xmess.model;

import org.apiguardian.api.API;

/** How far the facts of a record can be trusted, on the dossier's three-level scale. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Confidence implements WireCode {
  /** Stated by the body concerned or by XMESS, or by two or more agreeing independent sources. */
  HIGH,
  /** Rests on a single secondary, incomplete or partly contradicted source, or on a stated inference. */
  MEDIUM,
  /** Only indirect evidence, or an inference that no source states. */
  LOW;

  @Override
  public String toString() {
    return code();
  }
}
