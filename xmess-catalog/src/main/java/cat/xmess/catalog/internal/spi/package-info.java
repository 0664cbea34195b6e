/**
 * The service interface through which the core finds xmess-io ({@link
 * cat.xmess.catalog.internal.spi.CatalogIo}), and its lookup.
 *
 * <p>Internal: exported only to {@code cat.xmess.io}, may change in any release.
 */
package cat.xmess.catalog.internal.spi;
