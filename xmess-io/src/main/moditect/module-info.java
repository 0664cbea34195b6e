/**
 * File support of the XMESS SDK: reads, validates and writes catalog files, merges overlays, writes
 * the exports (CSV, XLSX, JSON-LD, HTML) and imports workbooks and CSV directories. It exports no
 * package: applications keep calling {@code
 * cat.xmess.catalog} ({@code XmessCatalog.load}, {@code CatalogReader}, {@code CatalogExporter}),
 * which finds this module as a provider of its service, so {@code requires cat.xmess.catalog} is
 * all an application writes.
 *
 * <p>Added to the jar after shading (moditect): Jackson, the schema validator, snakeyaml-engine,
 * ITU and the XLSX writer fastexcel (with opczip) are relocated inside this module under {@code
 * cat.xmess.io.internal.shaded}.
 */
module cat.xmess.io {
  requires cat.xmess.catalog;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires owasp.encoder;
  // Keeps Hibernate Validator's INFO banner off the console of hosts that configured no logging.
  requires java.logging;
  // Workbooks are read with the JDK's own StAX parser (cat.xmess.io.internal.sheets.XlsxRead).
  requires java.xml;
  // Optional integrations of the relocated Jackson, as in its own descriptor.
  requires static java.sql;
  requires static java.desktop;

  provides cat.xmess.catalog.CatalogIo with cat.xmess.io.internal.FileCatalogIo;

  // The relocated SLF4J inside this module, which only the relocated schema validator uses, finds its
  // no-operation provider as a service of this module.
  uses cat.xmess.io.internal.shaded.slf4j.spi.SLF4JServiceProvider;
  provides cat.xmess.io.internal.shaded.slf4j.spi.SLF4JServiceProvider
      with cat.xmess.io.internal.shaded.slf4j.helpers.NOP_FallbackServiceProvider;
}
