package cat.xmess.io.internal;

import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.internal.compiled.ContentChecksum;
import cat.xmess.catalog.CatalogIo;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.export.CsvExport;
import cat.xmess.io.internal.export.HtmlReport;
import cat.xmess.io.internal.export.JsonLdExport;
import cat.xmess.io.internal.load.CatalogPipeline;
import cat.xmess.io.internal.sheets.SheetImport;
import cat.xmess.io.internal.validation.ConstraintLayer;
import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The {@link CatalogIo} the core finds with {@link java.util.ServiceLoader}: this artifact's
 * readers, validators and writers behind the core's public calls. Creating it checks that the
 * libraries this artifact does not carry inside itself are of versions it works with ({@link
 * Requirements}), so that a host with older ones fails at the first call with a message that says
 * how to fix it.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class FileCatalogIo implements CatalogIo {
  private static final CatalogCodec DEFAULT_CODEC = new CatalogCodec(ReadLimits.DEFAULT);

  /**
   * Held for the life of the class: java.util.logging forgets the level of a logger nobody
   * references. Set before anything touches Hibernate Validator, whose banner is logged when its
   * version class first loads (which {@link Requirements} does to read the version).
   */
  private static final java.util.logging.Logger VALIDATOR_BANNER = ConstraintLayer.quietBanner();

  /** Called by {@link java.util.ServiceLoader}. */
  public FileCatalogIo() {
    Requirements.check();
  }

  @Override
  public CatalogIo.Files files(ReadLimits limits) {
    return new CatalogPipeline(limits);
  }

  @Override
  public Map<String, String> csv(XmessCatalog catalog) {
    return CsvExport.files(catalog, DEFAULT_CODEC);
  }

  @Override
  public byte[] xlsx(XmessCatalog catalog) {
    return SheetImport.xlsx(catalog, DEFAULT_CODEC);
  }

  @Override
  public byte[] xlsxTemplate(XmessCatalog base, Language language) {
    return SheetImport.template(base, language, DEFAULT_CODEC);
  }

  @Override
  public String jsonLd(Catalog catalog) {
    return JsonLdExport.of(catalog);
  }

  @Override
  public String html(XmessCatalog catalog, InitiativeQuery query, Language language) {
    return HtmlReport.of(catalog, query, language);
  }

  @Override
  public Catalog readBundledJson(byte[] json) {
    Catalog catalog = DEFAULT_CODEC.read(json);
    ContentChecksum.mismatch(catalog).ifPresent(why -> {
      throw new IllegalStateException("The bundled catalog is corrupt: " + why);
    });
    return catalog;
  }
}
