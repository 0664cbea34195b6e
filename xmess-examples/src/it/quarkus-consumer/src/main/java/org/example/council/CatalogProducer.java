package org.example.council;

import cat.xmess.catalog.XmessCatalog;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the bundled catalog a CDI bean: one instance, safe for concurrent readers. */
public class CatalogProducer {
  @Produces
  @Singleton
  XmessCatalog catalog() {
    return XmessCatalog.bundled();
  }
}
