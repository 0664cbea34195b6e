package cat.xmess.io.internal.load;

import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.compiled.ContentChecksum;
import cat.xmess.catalog.CatalogIo;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.overlay.MergedCatalog;
import cat.xmess.io.internal.overlay.OverlayMerge;
import cat.xmess.io.internal.sheets.SheetImport;
import cat.xmess.io.internal.sheets.Unflatten;
import cat.xmess.io.internal.validation.ConstraintLayer;
import cat.xmess.io.internal.validation.ErrorCap;
import cat.xmess.io.internal.validation.IntegrityLayer;
import cat.xmess.io.internal.validation.SchemaLayer;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogFormat;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The path of a user's catalog: bytes, then syntax, schema, constraints and integrity. Each stage
 * collects all its errors; a stage runs only when the earlier ones found none, because a model
 * cannot be bound from a document that breaks the schema. Nothing is kept unless all pass.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CatalogPipeline implements CatalogIo.Files {
  /** The JDK's logger, as in the core: see {@code BundledCatalog}. */
  private static final System.Logger LOG = System.getLogger(CatalogPipeline.class.getName());

  private final ReadLimits limits;
  private final CatalogCodec codec;

  /** A pipeline reading within {@code limits}. */
  public CatalogPipeline(ReadLimits limits) {
    this.limits = limits;
    this.codec = new CatalogCodec(limits);
  }

  /** Loads a file, or throws with every error found. */
  @Override
  public Catalog load(Path file) {
    return loaded(check(bytes(file)));
  }

  /** Merges overlay files onto {@code base}, or throws with every error of every layer. */
  @Override
  public CatalogIo.Layered overlay(XmessCatalog base, List<Path> files) {
    List<String> names = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (Path file : files) {
      names.add(file.toString());
      outcomes.add(checkLayer(bytes(file)));
    }
    return merged(base, names, outcomes);
  }

  /** Merges overlays built in Java onto {@code base}, or throws with every error of every layer. */
  @Override
  public CatalogIo.Layered overlayCatalogs(XmessCatalog base, List<Catalog> overlays) {
    List<String> names = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    int next = base.layers().size();
    for (int i = 0; i < overlays.size(); i++) {
      names.add("overlay-" + (next + i));
      outcomes.add(checkLayerModel(Objects.requireNonNull(overlays.get(i), "overlay")));
    }
    return merged(base, names, outcomes);
  }

  private CatalogIo.Layered merged(XmessCatalog base, List<String> names, List<Outcome> layers) {
    List<ValidationError> errors = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      for (ValidationError error : layers.get(i).errors) {
        errors.add(error.at(names.get(i), error.pointer()));
      }
    }
    // Every report is capped like a single file's, however many layers it gathers errors from.
    if (!errors.isEmpty()) {
      throw new CatalogValidationException(new ValidationReport(ErrorCap.cap(errors, errors.get(0).layer())));
    }
    MergedCatalog merged = OverlayMerge.merge(base, names, layers.stream().map(Outcome::catalog).toList());
    if (!merged.conflicts().isEmpty()) {
      throw new CatalogValidationException(new ValidationReport(ErrorCap.cap(merged.conflicts(), ValidationLayer.MERGE)));
    }
    for (ValidationError error : IntegrityLayer.validate(merged.catalog())) {
      errors.add(merged.locate(error));
    }
    if (!errors.isEmpty()) {
      throw new CatalogValidationException(new ValidationReport(ErrorCap.cap(errors, ValidationLayer.INTEGRITY)));
    }
    Catalog catalog = merged.catalog();
    if (base.catalog().metadata().checksum() != null) {
      catalog = ContentChecksum.stamp(catalog);
    }
    int initiatives = catalog.initiatives().size();
    LOG.log(System.Logger.Level.DEBUG, () -> "Merged " + layers.size() + " overlay(s): " + initiatives
        + " initiatives in all");
    return new CatalogIo.Layered(catalog, merged.layers(), merged.provenance());
  }

  /** Loads a stream, or throws with every error found. */
  @Override
  public Catalog load(InputStream json) {
    return loaded(check(bytes(json)));
  }

  /** Loads JSON bytes, or throws with every error found. */
  @Override
  public Catalog load(byte[] json) {
    return loaded(check(Outcome.of(json)));
  }

  /** Validates and indexes a catalog built in Java. */
  @Override
  public Catalog of(Catalog catalog) {
    return loaded(checkModel(catalog));
  }

  /** Every error of a file. */
  @Override
  public ValidationReport validate(Path file) {
    return check(bytes(file)).report();
  }

  /** Every error of a stream. */
  @Override
  public ValidationReport validate(InputStream json) {
    return check(bytes(json)).report();
  }

  /** Every error of JSON bytes. */
  @Override
  public ValidationReport validate(byte[] json) {
    return check(Outcome.of(json)).report();
  }

  /** Every error of a catalog built in Java. */
  @Override
  public ValidationReport validate(Catalog catalog) {
    return checkModel(catalog).report();
  }

  /** Pretty JSON of {@code catalog} with its checksum stamped into the metadata. */
  @Override
  public String toJson(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    if (catalog.metadata() == null) {
      return codec.toPrettyJson(catalog);
    }
    return codec.toPrettyJson(ContentChecksum.stamp(catalog));
  }

  private static Catalog loaded(Outcome outcome) {
    if (!outcome.errors.isEmpty()) {
      throw new CatalogValidationException(outcome.report());
    }
    return outcome.catalog;
  }

  private Outcome bytes(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return Outcome.of(InputBytes.read(file, limits.maxDocumentBytes()));
    } catch (InputBytes.InputProblem problem) {
      return Outcome.failed(inputError(problem));
    }
  }

  private Outcome bytes(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return Outcome.of(InputBytes.read(in, limits.maxDocumentBytes()));
    } catch (InputBytes.InputProblem problem) {
      return Outcome.failed(inputError(problem));
    }
  }

  private static ValidationError inputError(InputBytes.InputProblem problem) {
    return ValidationError.of(ValidationLayer.SYNTAX, "",
        problem.tooLarge ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.IO_ERROR, problem.getMessage());
  }

  /*
   * A model bound from JSON that passed the schema skips the bean constraints: the schema states
   * every one of them (required fields, patterns, bounds, non-empty lists; SchemaModelDriftTest in
   * xmess-model keeps the two in step, and SchemaImpliesConstraintsPropertyTest here checks that a
   * schema-valid document never breaks a constraint), so running Hibernate Validator over it again
   * could only repeat the schema's verdict, at about a quarter of the load's time. Catalogs built in
   * Java have no JSON and no schema check: they always go through the constraints.
   */

  private Outcome check(Outcome input) {
    Outcome bound = bind(input);
    return bound.catalog == null ? bound : checkModel(bound);
  }

  /** An overlay: checked like a catalog, but its references may resolve in other layers. */
  private Outcome checkLayer(Outcome input) {
    Outcome bound = bind(input);
    return bound.catalog == null ? bound : checkLayerModel(bound.catalog, List.of(), bound.documentChecksum);
  }

  private Outcome checkLayerModel(Catalog catalog) {
    return checkLayerModel(catalog, ConstraintLayer.validate(catalog), null);
  }

  private Outcome checkLayerModel(Catalog catalog, List<ValidationError> constraintErrors, String documentChecksum) {
    List<ValidationError> errors = new ArrayList<>(constraintErrors);
    checksum(catalog, documentChecksum).ifPresent(errors::add);
    return new Outcome(null, catalog, errors);
  }

  /** Syntax, version and schema, then the model bound from the tree; the outcome has a model or errors. */
  private Outcome bind(Outcome input) {
    if (!input.errors.isEmpty()) {
      return input;
    }
    Objects.requireNonNull(input.bytes, "json");
    if (input.bytes.length > limits.maxDocumentBytes()) {
      return Outcome.failed(inputError(InputBytes.tooLarge(limits.maxDocumentBytes())));
    }
    java.util.Optional<String> notUtf8 = Utf8Only.problem(input.bytes);
    if (notUtf8.isPresent()) {
      return Outcome.failed(ValidationError.of(ValidationLayer.SYNTAX, "", ErrorCode.SYNTAX_ERROR,
          1, 1, notUtf8.get()));
    }
    JsonNode tree;
    try {
      tree = codec.readTree(input.bytes);
    } catch (JacksonException e) {
      return Outcome.failed(ReadErrors.explain(e));
    } catch (NumberFormatException e) {
      // Jackson refuses a number whose exponent no BigDecimal can hold (1e4444444444) with a plain
      // NumberFormatException, outside its own exceptions (found by CatalogParsersFuzzTest).
      return Outcome.failed(ValidationError.of(ValidationLayer.SYNTAX, "", ErrorCode.OUT_OF_RANGE,
          ReadErrors.shorten(e.getMessage()), "a number of at most 64 digits and an exponent a decimal can hold"));
    }
    if (tree.isMissingNode()) {
      return Outcome.failed(ValidationError.of(ValidationLayer.SYNTAX, "", ErrorCode.SYNTAX_ERROR,
          1, 1, "no content"));
    }
    if (!tree.isObject()) {
      return Outcome.failed(ValidationError.of(ValidationLayer.SCHEMA, "", ErrorCode.WRONG_TYPE,
          tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT), "object"));
    }
    // A newer major format may mean anything: say so instead of listing its "unknown" fields.
    JsonNode version = tree.path("metadata").path("schemaVersion");
    if (version.isString()
        && CatalogFormat.majorOf(version.asString()) > CatalogFormat.majorOf(CatalogFormat.SCHEMA_VERSION)) {
      return Outcome.failed(ValidationError.of(ValidationLayer.SCHEMA, "/metadata/schemaVersion",
          ErrorCode.UNSUPPORTED_SCHEMA_VERSION, version.asString(),
          CatalogFormat.majorOf(CatalogFormat.SCHEMA_VERSION)));
    }
    List<ValidationError> schemaErrors = SchemaLayer.validate(tree);
    if (!schemaErrors.isEmpty()) {
      return new Outcome(null, null, schemaErrors);
    }
    Catalog catalog;
    try {
      catalog = codec.bind(tree);
    } catch (JacksonException e) {
      // The schema should have caught it; report rather than crash if the two ever disagree.
      return Outcome.failed(ReadErrors.explain(e));
    }
    return new Outcome(null, catalog, List.of(), documentChecksum(tree));
  }

  /** The checksum of the document as read (RFC 8785 is defined on it, not on the model). */
  private String documentChecksum(JsonNode tree) {
    if (!tree.path("metadata").path("checksum").isString()) {
      return null;
    }
    try {
      return ContentChecksum.ofDocument(CatalogCodec.plain(tree));
    } catch (IllegalArgumentException unwritable) {
      return null; // a number with no canonical form, which the integrity layer reports
    }
  }

  private Outcome checkModel(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return checkModel(catalog, ConstraintLayer.validate(catalog), null, true);
  }

  private Outcome checkModel(Outcome bound) {
    return checkModel(bound.catalog, List.of(), bound.documentChecksum, true);
  }

  /**
   * The constraint errors found by the caller (none for a model bound from JSON that passed the
   * schema), integrity, and the checksum unless {@code withChecksum} is false (sealing): of the
   * document as read when there was one, else of the model.
   */
  private Outcome checkModel(Catalog catalog, List<ValidationError> constraintErrors, String documentChecksum,
      boolean withChecksum) {
    List<ValidationError> errors = new ArrayList<>(constraintErrors);
    errors.addAll(IntegrityLayer.validate(catalog));
    if (withChecksum) {
      checksum(catalog, documentChecksum).ifPresent(errors::add);
    }
    errors = ErrorCap.cap(errors, ValidationLayer.INTEGRITY);
    int found = errors.size();
    LOG.log(System.Logger.Level.DEBUG, () -> "Validated a catalog of " + catalog.initiatives().size() + " initiatives: "
        + found + " error(s)");
    return new Outcome(null, catalog, errors);
  }

  /**
   * A mismatch between the recorded checksum, if any, and the content: {@code documentChecksum} (of
   * the file as read) when given, else the checksum of the model. A checksum that SDK 0.1.0 would
   * have computed for this content gets its own error, which says to re-seal.
   */
  private java.util.Optional<ValidationError> checksum(Catalog catalog, String documentChecksum) {
    String recorded = catalog.metadata() == null ? null : catalog.metadata().checksum();
    if (recorded == null) {
      return java.util.Optional.empty();
    }
    String actual;
    try {
      actual = documentChecksum != null ? documentChecksum : ContentChecksum.of(catalog);
    } catch (IllegalArgumentException unwritable) {
      // Only content that other checks already reject (for example an absurd number) gets here.
      return java.util.Optional.empty();
    }
    if (actual.equals(recorded)) {
      return java.util.Optional.empty();
    }
    if (ContentChecksum.legacyOf(catalog).filter(recorded::equals).isPresent()) {
      return java.util.Optional.of(ValidationError.of(ValidationLayer.INTEGRITY, "/metadata/checksum",
          ErrorCode.OUTDATED_CHECKSUM, recorded));
    }
    return java.util.Optional.of(ValidationError.of(ValidationLayer.INTEGRITY, "/metadata/checksum",
        ErrorCode.CHECKSUM_MISMATCH, recorded, actual));
  }

  /**
   * The catalog in {@code file}, validated with every layer but its recorded checksum, stamped with
   * a fresh one; throws with every error otherwise.
   */
  @Override
  public Catalog seal(Path file) {
    Outcome bound = bind(bytes(file));
    Outcome checked = bound.catalog == null ? bound : checkModel(bound.catalog, List.of(), null, false);
    if (!checked.errors.isEmpty()) {
      throw new CatalogValidationException(checked.report());
    }
    return ContentChecksum.stamp(checked.catalog);
  }

  /**
   * A workbook or CSV directory through every layer, each error at its cell; the catalog JSON, or
   * with {@code overlayBase} the overlay of what is not already in it, stamped with a checksum.
   */
  @Override
  public String importSheets(Path input, XmessCatalog overlayBase) {
    Objects.requireNonNull(input, "input");
    Unflatten.Result imported = SheetImport.read(input, limits, codec);
    if (overlayBase != null && imported.errors().isEmpty()) {
      imported = SheetImport.overlayOnly(imported, overlayBase);
    }
    if (!imported.errors().isEmpty()) {
      throw new CatalogValidationException(new ValidationReport(ErrorCap.cap(imported.errors(), ValidationLayer.SYNTAX)));
    }
    byte[] json = codec.toCompactJson(imported.document()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (overlayBase == null) {
      Outcome checked = check(Outcome.of(json));
      if (!checked.errors.isEmpty()) {
        throw new CatalogValidationException(new ValidationReport(SheetImport.located(checked.errors, imported, null)));
      }
      return toJson(checked.catalog);
    }
    String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
    Outcome layer = checkLayer(Outcome.of(json));
    try {
      merged(overlayBase, List.of(name), List.of(layer));
    } catch (CatalogValidationException e) {
      throw new CatalogValidationException(new ValidationReport(SheetImport.located(e.report().errors(), imported, name)));
    }
    return toJson(layer.catalog);
  }

  /** What a stage hands to the next: the input, the model once bound, the errors so far. */
  private record Outcome(byte[] bytes, Catalog catalog, List<ValidationError> errors, String documentChecksum) {
    Outcome(byte[] bytes, Catalog catalog, List<ValidationError> errors) {
      this(bytes, catalog, errors, null);
    }

    static Outcome of(byte[] bytes) {
      return new Outcome(bytes, null, List.of());
    }

    static Outcome failed(ValidationError error) {
      return new Outcome(null, null, List.of(error));
    }

    ValidationReport report() {
      return new ValidationReport(errors);
    }
  }
}
