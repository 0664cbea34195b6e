package cat.xmess.benchmarks;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.Catalog;
import cat.xmess.model.CategoryBasis;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Confidence;
import cat.xmess.model.Initiative;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic catalogs of any size in the real format, built deterministically (fixed seed) from the
 * bundled catalog: its codelists, sources, member bodies and network facts as they are, and
 * initiatives whose ca/es/en titles and summaries are drawn word by word from a large vocabulary
 * ({@link SyntheticWords}), so that titles are almost all distinct and few documents tie at the top
 * of a query (earlier versions recombined 35 template titles, and thousands of records tied).
 * Every reference resolves, so the catalogs pass every validation layer.
 *
 * <p>Files are written once under {@link #directory()} (the build's {@code target/}, never
 * committed) and reused by every benchmark fork.
 */
public final class SyntheticCatalogs {
  /** The fixed seed: the same size always gives the same bytes. */
  public static final long SEED = 20_171_017L;

  /**
   * Limits large enough for 100k initiatives: the defaults cap a document at 64 MiB and 500,000
   * tokens, and the 100k catalog is about 230 MB and 30 million tokens.
   */
  public static final ReadLimits LIMITS =
      ReadLimits.DEFAULT.withMaxDocumentBytes(1L << 30).withMaxTokenCount(100_000_000L);

  private final Catalog bundled;
  private final List<Initiative> templates;
  private final List<String> categories;
  private final List<String> instruments;
  private final List<String> roles;
  private final List<String> themes;
  private final List<String> targetGroups;
  private final List<String> sdgs;
  private final List<String> entityForms;
  private final List<String> members;
  private final List<String> sources;
  private final SyntheticWords words;
  private final Map<String, String> places = new HashMap<>();

  private SyntheticCatalogs(Catalog bundled) {
    this.bundled = bundled;
    this.templates = bundled.initiatives();
    this.categories = codes(bundled, CodelistKind.POLICY_CATEGORIES);
    this.instruments = codes(bundled, CodelistKind.POLICY_INSTRUMENTS);
    this.roles = codes(bundled, CodelistKind.ADMINISTRATION_ROLES);
    this.themes = codes(bundled, CodelistKind.THEMES);
    this.targetGroups = codes(bundled, CodelistKind.TARGET_GROUPS);
    this.sdgs = codes(bundled, CodelistKind.SDGS);
    this.entityForms = codes(bundled, CodelistKind.ENTITY_FORMS);
    this.members = bundled.memberBodies().stream().map(MemberBody::id).toList();
    this.sources = bundled.sources().stream().map(Source::id).toList();
    this.words = new SyntheticWords(bundled);
    bundled.memberBodies().forEach(m -> places.put(m.id(), m.place()));
  }

  /** A generator over the bundled catalog. */
  public static SyntheticCatalogs fromBundled() {
    return new SyntheticCatalogs(XmessCatalog.bundled().catalog());
  }

  /** Active codes only: a provisional category may not be primary, and deprecated codes are odd. */
  private static List<String> codes(Catalog catalog, CodelistKind kind) {
    return catalog.codelists().entries(kind).stream()
        .filter(e -> e.status() == CodeStatus.ACTIVE)
        .map(CodeDefinition::code)
        .toList();
  }

  /** Where the generated files live: {@code -Dxmess.bench.data}, else xmess-benchmarks/target/synthetic. */
  public static Path directory() {
    return Path.of(System.getProperty("xmess.bench.data", "xmess-benchmarks/target/synthetic"));
  }

  /** The file of the catalog with {@code size} initiatives, generated and validated on first use. */
  public static Path file(int size) {
    Path file = directory().resolve("catalog-" + size + ".json");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(file.getParent());
      String json = CatalogExporter.json(fromBundled().catalog(size));
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      ValidationReport report = CatalogReader.withLimits(LIMITS).validate(bytes);
      if (!report.isValid()) {
        throw new IllegalStateException("Generated catalog of " + size + " is invalid: "
            + report.errors().subList(0, Math.min(5, report.errors().size())));
      }
      Path partial = file.resolveSibling(file.getFileName() + ".part");
      Files.write(partial, bytes);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of the catalog with {@code size} initiatives. */
  public static byte[] bytes(int size) {
    try {
      return Files.readAllBytes(file(size));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled catalog with its initiatives replaced by {@code size} synthetic ones. */
  public Catalog catalog(int size) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Initiative> initiatives = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      initiatives.add(initiative(i, random));
    }
    return new Catalog(bundled.metadata().withChecksum(null), bundled.sources(), bundled.codelists(),
        bundled.network(), bundled.memberBodies(), initiatives);
  }

  /** The id of the synthetic initiative number {@code i}. */
  public static String id(int i) {
    return String.format("synthetic-%07d", i);
  }

  private Initiative initiative(int i, SplittableRandom random) {
    Initiative base = pick(templates, random);
    List<String> themeCodes = some(themes, 1, 3, random);
    String lead = pick(members, random);
    List<String> coMembers = new ArrayList<>(some(members, 0, 2, random));
    coMembers.remove(lead);
    String place = random.nextInt(3) == 0 ? places.get(lead) : null;
    LocalizedText title = new LocalizedText(words.title(0, place, random), words.title(1, place, random),
        words.title(2, place, random));
    LocalizedText summary = new LocalizedText(words.summary(0, random), words.summary(1, random),
        words.summary(2, random));
    Integer yearStart = random.nextInt(10) == 0 ? null : 2008 + random.nextInt(17);
    Integer yearEnd = yearStart != null && random.nextInt(3) == 0 ? yearStart + random.nextInt(4) : null;
    return new Initiative(
        id(i), title, summary, lead, null, coMembers, List.of(),
        pick(categories, random), CategoryBasis.INFERRED, List.of(),
        some(instruments, 1, 3, random), some(roles, 1, 2, random), themeCodes,
        some(targetGroups, 1, 2, random), some(sdgs, 0, 2, random), some(entityForms, 0, 2, random),
        yearStart, yearEnd, List.of(), List.of(), AbcGuideStatus.UNVERIFIED,
        base.candidateBasis(), Confidence.values()[random.nextInt(Confidence.values().length)],
        null, some(sources, 1, 3, random));
  }

  private static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  private static List<String> some(List<String> from, int min, int max, SplittableRandom random) {
    int count = min + random.nextInt(max - min + 1);
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(pick(from, random));
    }
    return List.copyOf(chosen);
  }

  /** Writes the catalogs of the given sizes (default 1k, 10k, 100k) and prints their sizes. */
  public static void main(String[] args) throws IOException {
    List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000, 100_000)
        : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
    for (int size : sizes) {
      long start = System.nanoTime();
      Path file = file(size);
      System.out.printf("%s: %,d bytes (%d ms)%n", file, Files.size(file),
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
