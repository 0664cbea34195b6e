/**
 * Loads, validates, writes and queries XMESS catalogs, and ships the bundled catalog.
 *
 * <p>The entry point is {@link cat.xmess.catalog.XmessCatalog}: {@code XmessCatalog.bundled()} for
 * the catalog shipped with the SDK, {@code XmessCatalog.load(path)} for a council's own file.
 * Everything under {@code cat.xmess.catalog.internal} is implementation and may change at any time.
 */
module cat.xmess.catalog {
  requires transitive cat.xmess.model;
  requires tools.jackson.databind;
  requires tools.jackson.core;
  requires com.fasterxml.jackson.annotation;
  requires org.hibernate.validator;
  requires com.networknt.schema;
  requires org.slf4j;
  requires tools.jackson.dataformat.csv;
  requires owasp.encoder;
  requires static org.apiguardian.api;

  exports cat.xmess.catalog;
}
