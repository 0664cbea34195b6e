package cat.xmess.io.internal.overlay;

import cat.xmess.catalog.CatalogLayer;

/**
 * A record of a merged catalog with where it came from: its layer and its JSON Pointer in that
 * layer's own document.
 *
 * @param <T> the record type
 * @param record the record
 * @param layer the layer that added or replaced it
 * @param pointer its pointer inside that layer's document, for example {@code /initiatives/3}
 */
record Layered<T>(T record, CatalogLayer layer, String pointer) {}
