/**
 * The XMESS domain model: immutable records of a catalog of municipal initiatives for the social
 * and solidarity economy, and the published JSON Schema of the catalog format.
 *
 * <p>Start from {@link cat.xmess.model.Catalog}; {@link cat.xmess.model.CatalogFormat} gives the
 * schema. To load, validate and query catalogs, use the {@code cat.xmess.catalog} module.
 */
module cat.xmess.model {
  // Annotations only: the records carry Jakarta Validation constraints, which xmess-io checks; an
  // application that only reads records never needs the API at run time.
  requires static jakarta.validation;
  requires static org.apiguardian.api;
  requires static org.jspecify;

  exports cat.xmess.model;

  // xmess-io binds JSON to the records (with the Jackson it carries inside itself) and Hibernate
  // Validator reads their constraints reflectively.
  opens cat.xmess.model to cat.xmess.io, org.hibernate.validator;
}
