/**
 * The file support of the XMESS SDK, found by the core through {@link java.util.ServiceLoader}:
 * {@link cat.xmess.io.internal.FileCatalogIo} and the checks of the libraries it needs.
 *
 * <p>Internal: this module exports no package; applications call {@code cat.xmess.catalog}, whose
 * {@code XmessCatalog.load}, {@code CatalogReader} and {@code CatalogExporter} reach this code.
 */
package cat.xmess.io.internal;
