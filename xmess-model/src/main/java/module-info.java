/**
 * The XMESS domain model: immutable records of a catalog of municipal initiatives for the social
 * and solidarity economy, and the published JSON Schema of the catalog format.
 *
 * <p>Start from {@link cat.xmess.model.Catalog}; {@link cat.xmess.model.CatalogFormat} gives the
 * schema. To load, validate and query catalogs, use the {@code cat.xmess.catalog} module.
 */
module cat.xmess.model {
  requires transitive jakarta.validation;
  requires static org.apiguardian.api;

  exports cat.xmess.model;

  // Readers bind JSON to the records and validators read their constraints reflectively.
  opens cat.xmess.model to tools.jackson.databind, org.hibernate.validator;
}
