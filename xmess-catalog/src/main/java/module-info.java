/**
 * The XMESS catalog core: the bundled catalog, queries, facets, search and diffs.
 *
 * <p>The entry point is {@link cat.xmess.catalog.XmessCatalog}: {@code XmessCatalog.bundled()} for
 * the catalog shipped with the SDK. Reading, validating and writing catalog files ({@code
 * XmessCatalog.load(path)}, overlays, exports) is done by the module {@code cat.xmess.io} (artifact
 * {@code cat.xmess:xmess-io}), found as a service when it is on the module path. This module needs
 * no library at run time: it logs through {@link java.lang.System.Logger}. Everything under {@code
 * cat.xmess.catalog.internal} is implementation and may change at any time.
 */
module cat.xmess.catalog {
  requires transitive cat.xmess.model;
  requires static org.apiguardian.api;
  requires static org.jspecify;

  exports cat.xmess.catalog;

  // The internals that xmess-io builds on; no other module can read them.
  exports cat.xmess.catalog.internal.compiled to cat.xmess.io;
  exports cat.xmess.catalog.internal.json to cat.xmess.io;
  exports cat.xmess.catalog.internal.codes to cat.xmess.io;

  uses cat.xmess.catalog.CatalogIo;
}
