package cat.xmess.catalog.property;

import static org.instancio.Select.all;
import static org.instancio.Select.allStrings;
import static org.instancio.Select.field;
import static org.instancio.Select.fields;
import static org.instancio.Select.scope;
import static org.instancio.Select.types;

import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistEntry;
import cat.xmess.model.Codelists;
import cat.xmess.model.Comarca;
import cat.xmess.model.ExecutiveSeat;
import cat.xmess.model.ExecutiveTerm;
import cat.xmess.model.ExtensionNamespace;
import cat.xmess.model.ExternalMapping;
import cat.xmess.model.Figure;
import cat.xmess.model.GovernanceBody;
import cat.xmess.model.Initiative;
import cat.xmess.model.License;
import cat.xmess.model.MemberBody;
import cat.xmess.model.MembershipCount;
import cat.xmess.model.Network;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Province;
import cat.xmess.model.Publication;
import cat.xmess.model.Relation;
import cat.xmess.model.Source;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.GuideCitation;
import cat.xmess.model.StrategicLine;
import cat.xmess.model.TimelineEvent;
import cat.xmess.model.WorkingGroup;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.instancio.Assign;
import org.instancio.Instancio;
import org.instancio.InstancioApi;
import org.instancio.Model;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;

/**
 * Instancio models of catalog values for the property tests: {@link #representable(Class, long)},
 * {@link #hostile(long)} and {@link #plausible(long)} draw one sample from one seed (of
 * {@link cat.xmess.catalog.samples.Samples}). The {@link GivenProvider}s hand the same values to
 * the {@code @InstancioSource} parameters of {@code RoundTripPropertyTest}, each drawing its
 * sample's seed from the extension's random, so a run is fixed by the method's {@code @Seed}.
 *
 * <ul>
 *   <li>{@link Representable}: any value the model can hold and JSON can carry, valid or not: null
 *       fields, tricky Unicode (quotes, controls, line separators, astral characters), extreme
 *       dates, decimals of scale 0 to 40 and at most 15 significant digits. No null list elements: records refuse them. Left out, and
 *       pinned by dedicated tests instead: unpaired surrogates, negative scales and scales beyond
 *       what a plain writer accepts.
 *   <li>{@link Hostile}: whole catalogs for the validators, almost all invalid: nulls anywhere,
 *       blank and template-like strings, extreme integers, junk checksums.
 *   <li>{@link Plausible}: catalogs drawn from consistent pools of ids and codes, so that a good share
 *       passes validation.
 * </ul>
 */
final class Generators {
  private Generators() {}

  /** One seed for one sample, drawn from the extension's seeded random. */
  static long sampleSeed(GivenProvider.ElementContext context) {
    return context.random().longRange(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
  }

  // ---------------------------------------------------------------------------------------------
  // Representable values

  /** Any value of the parameter's type that the model can hold. */
  static final class Representable implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return representable(context.getTargetClass(), sampleSeed(context));
    }
  }

  /** The representable value of {@code type} drawn from {@code seed}. */
  static <T> T representable(Class<T> type, long seed) {
    return Instancio.of(representable(type)).withSeed(seed).create();
  }

  private static final Map<Class<?>, Model<?>> REPRESENTABLE = new ConcurrentHashMap<>();

  /** The (cached) model of representable values of {@code type}. */
  @SuppressWarnings("unchecked")
  static <T> Model<T> representable(Class<T> type) {
    return (Model<T>) REPRESENTABLE.computeIfAbsent(type, Generators::representableModel);
  }

  private static <T> Model<T> representableModel(Class<T> type) {
    int maxSize = type == Catalog.class || type == Network.class ? 2 : 3;
    Settings settings = Settings.create()
        .set(Keys.COLLECTION_MIN_SIZE, 0)
        .set(Keys.COLLECTION_MAX_SIZE, maxSize)
        .set(Keys.COLLECTION_NULLABLE, true)
        .set(Keys.COLLECTION_ELEMENTS_NULLABLE, false);
    return Instancio.of(type)
        .withSettings(settings)
        .lenient()
        .supply(allStrings(), Texts::anything)
        .withNullable(allStrings())
        .supply(all(Integer.class), Generators::anyInteger)
        .withNullable(all(Integer.class))
        .supply(all(BigDecimal.class), Generators::representableDecimal)
        .withNullable(all(BigDecimal.class))
        .supply(all(LocalDate.class), Generators::anyDate)
        .withNullable(all(LocalDate.class))
        .withNullable(types(Class::isRecord).atDepth(depth -> depth > 0))
        .withNullable(types(Class::isEnum))
        .supply(fields().named("extensions"), random -> extensions(random, EXTENSION_PREFIXES, Texts::anything))
        .toModel();
  }

  /** Prefixes the generated extensions use; plausible catalogs declare the first one. */
  static final List<String> EXTENSION_PREFIXES = List.of("bcn", "obs-ess", "gir");

  /** Extensions: empty half the time, else plain JSON values nested up to three levels. */
  static Map<String, Object> extensions(Random random, List<String> prefixes,
      java.util.function.Function<Random, String> texts) {
    boolean tame = prefixes.size() == 1;
    Map<String, Object> extensions = new java.util.LinkedHashMap<>();
    if (random.trueOrFalse()) {
      int count = random.intRange(1, prefixes.size());
      for (int i = 0; i < count; i++) {
        extensions.put(random.oneOf(prefixes), jsonValue(random, 0, texts, tame));
      }
    }
    return extensions;
  }

  /**
   * A JSON value; {@code tame} values keep numbers within what validation accepts. Object keys never
   * hold half a surrogate pair: the model refuses such keys, since no JSON reader reads them back.
   */
  private static Object jsonValue(Random random, int depth, java.util.function.Function<Random, String> texts,
      boolean tame) {
    int roll = random.intRange(0, depth >= 2 ? 2 : 4);
    switch (roll) {
      case 0:
        return texts.apply(random);
      case 1:
        return tame ? BigDecimal.valueOf(random.longRange(-1_000_000, 1_000_000), random.intRange(0, 4))
            : representableDecimal(random);
      case 2:
        return random.trueOrFalse();
      case 3: {
        List<Object> list = new ArrayList<>();
        for (int i = random.intRange(0, 3); i > 0; i--) {
          list.add(jsonValue(random, depth + 1, texts, tame));
        }
        return list;
      }
      default: {
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        for (int i = random.intRange(0, 3); i > 0; i--) {
          object.put(texts.apply(random).replaceAll("[\\uD800-\\uDFFF]", "?"), jsonValue(random, depth + 1, texts, tame));
        }
        return object;
      }
    }
  }

  /**
   * A decimal that plain JSON writes and reads back unchanged and that has an RFC 8785 form (the
   * checksum's): any sign, any scale from 0 to 40, at most 15 significant digits.
   */
  static BigDecimal representableDecimal(Random random) {
    int digits = random.intRange(1, cat.xmess.catalog.internal.json.Jcs.MAX_SIGNIFICANT_DIGITS);
    BigInteger unscaled = new BigInteger(random.digits(digits));
    if (random.trueOrFalse()) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, random.intRange(0, 40));
  }

  static Integer anyInteger(Random random) {
    return switch (random.intRange(0, 5)) {
      case 0 -> random.oneOf(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
      case 1 -> random.intRange(1900, 2100);
      case 2 -> random.intRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
      default -> random.intRange(-1000, 100_000);
    };
  }

  static LocalDate anyDate(Random random) {
    return switch (random.intRange(0, 5)) {
      case 0 -> random.oneOf(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(10_000, 1, 1),
          LocalDate.of(2024, 2, 29), LocalDate.of(1970, 1, 1));
      case 1 -> LocalDate.ofEpochDay(random.longRange(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
      default -> LocalDate.ofEpochDay(random.longRange(LocalDate.of(1, 1, 1).toEpochDay(),
          LocalDate.of(9999, 12, 31).toEpochDay()));
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Hostile catalogs

  /** A catalog with nulls, junk strings and extreme numbers anywhere. */
  static final class Hostile implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return hostile(sampleSeed(context));
    }
  }

  /** The hostile catalog drawn from {@code seed}. */
  static Catalog hostile(long seed) {
    return Instancio.of(HOSTILE).withSeed(seed).create();
  }

  private static final Model<Catalog> HOSTILE = Instancio.of(Catalog.class)
      .withSettings(Settings.create()
          .set(Keys.COLLECTION_MIN_SIZE, 0)
          .set(Keys.COLLECTION_MAX_SIZE, 3)
          .set(Keys.COLLECTION_NULLABLE, true))
      .lenient()
      .supply(allStrings(), Texts::hostile)
      .withNullable(allStrings())
      .supply(all(Integer.class), Generators::anyInteger)
      .withNullable(all(Integer.class))
      // Decimals of any scale that a plain writer accepts (Jackson refuses |scale| > 9999).
      .supply(all(BigDecimal.class), random -> new BigDecimal(new BigInteger(random.digits(random.intRange(1, 30))),
          random.intRange(-40, 40)))
      .withNullable(all(BigDecimal.class))
      .supply(all(LocalDate.class), Generators::anyDate)
      .withNullable(all(LocalDate.class))
      .withNullable(types(Class::isRecord).atDepth(depth -> depth > 0))
      .withNullable(types(Class::isEnum))
      .supply(fields().named("extensions"), random -> extensions(random, EXTENSION_PREFIXES, Texts::hostile))
      .toModel();

  // ---------------------------------------------------------------------------------------------
  // Plausible catalogs

  static final List<String> SOURCE_IDS = List.of("S01", "S02", "S03", "S04", "S05");
  static final List<String> MEMBER_IDS = List.of("ajuntament-de-a", "ajuntament-de-b", "consell-c", "consorci-d");
  static final List<String> CATEGORIES = List.of("cat-a", "cat-b", "cat-c");
  static final List<String> ROLES = List.of("role-a", "role-b", "role-c");
  static final List<String> INSTRUMENTS = List.of("inst-a", "inst-b", "inst-c");
  static final List<String> THEMES = List.of("theme-a", "theme-b", "theme-c");
  static final List<String> TARGET_GROUPS = List.of("target-a", "target-b", "target-c");
  static final List<String> ENTITY_FORMS = List.of("form-a", "form-b", "form-c");
  static final List<String> SDGS = List.of("sdg-1", "sdg-2", "sdg-3");
  static final List<String> PARTIAL_DATES = List.of("2016", "2017-06", "2019-04-27", "2023-10-23", "2024");
  static final List<String> PERIODS = List.of("2017", "2017-2019", "2020-2023", "2023-2027");

  /** Official (INE, Idescat, province) triples, from the dossier. */
  private static final List<List<Object>> MUNICIPALITIES = List.of(
      List.of("08019", "080193", Province.BARCELONA),
      List.of("08187", "081878", Province.BARCELONA),
      List.of("17079", "170792", Province.GIRONA),
      List.of("25120", "251207", Province.LLEIDA),
      List.of("43148", "431482", Province.TARRAGONA));

  /** A catalog whose references are drawn from the pools its records define. */
  static final class Plausible implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return plausible(sampleSeed(context));
    }
  }

  static Catalog plausible(long seed) {
    // A fresh model per sample: withUnique() remembers the values a model has produced.
    return withGuideEvidence(Instancio.of(plausibleModel()).withSeed(seed).create(), seed);
  }

  /** The source of plausible catalogs that is the ABC guide itself. */
  static final String GUIDE_SOURCE = "S01";

  /**
   * The path to a verified guide initiative, kept as validation wants it: the source {@link
   * #GUIDE_SOURCE} is the guide, and every verified initiative (and only those) cites a page of it
   * and lists it among its sources. Instancio cannot tie three fields of a record together, so
   * the records are rebuilt here, drawing pages from the sample's seed.
   */
  private static Catalog withGuideEvidence(Catalog catalog, long seed) {
    java.util.Random pages = new java.util.Random(seed);
    List<Source> sources = catalog.sources().stream()
        .map(source -> source.toBuilder().abcGuide(GUIDE_SOURCE.equals(source.id()) ? Boolean.TRUE : null).build())
        .toList();
    List<Initiative> initiatives = catalog.initiatives().stream().map(it -> {
      if (it.inAbcGuide() != AbcGuideStatus.VERIFIED) {
        return it.toBuilder().guideCitation(null).build();
      }
      List<String> sourceIds = new ArrayList<>(it.sourceIds());
      if (!sourceIds.contains(GUIDE_SOURCE)) {
        sourceIds.add(GUIDE_SOURCE);
      }
      return it.toBuilder().guideCitation(new GuideCitation(GUIDE_SOURCE, 1 + pages.nextInt(48)))
          .sourceIds(sourceIds).build();
    }).toList();
    return catalog.toBuilder().sources(sources).initiatives(initiatives).build();
  }

  private static Model<Catalog> plausibleModel() {
    InstancioApi<Catalog> api = Instancio.of(Catalog.class)
        .withSettings(Settings.create()
            .set(Keys.COLLECTION_MIN_SIZE, 0)
            .set(Keys.COLLECTION_MAX_SIZE, 3))
        .lenient()
        // metadata
        .set(field(CatalogMetadata::schemaVersion), "1.0.0")
        .generate(field(CatalogMetadata::dataVersion), gen -> gen.oneOf("1.0.0", "0.3.12", "10.20.30"))
        .set(field(CatalogMetadata::checksum), null)
        .set(field(CatalogMetadata::extensionNamespaces),
            List.of(new ExtensionNamespace(EXTENSION_PREFIXES.get(0), "https://example.org/bcn/")))
        .set(field(CatalogMetadata::overlay), null)
        .supply(fields().named("extensions"),
            random -> extensions(random, EXTENSION_PREFIXES.subList(0, 1), r -> r.alphanumeric(5)))
        .withNullable(field(CatalogMetadata::description))
        .withNullable(field(CatalogMetadata::coverage))
        .generate(field(License::id), gen -> gen.oneOf("CC-BY-4.0", "CC0-1.0"))
        .set(field(License::url), "https://creativecommons.org/licenses/by/4.0/")
        // sources: the whole pool, each id once
        .generate(field(Catalog::sources), gen -> gen.collection().size(SOURCE_IDS.size()))
        .generate(field(Source::id), gen -> gen.oneOf(SOURCE_IDS))
        .withUnique(field(Source::id))
        .withNullable(field(Source::publisher))
        .withNullable(field(Source::supports))
        .generate(field(Source::date), gen -> gen.oneOf(PARTIAL_DATES))
        .withNullable(field(Source::date))
        .supply(field(Source::urls), random -> distinctUrls(random))
        // every record's sources come from the pool
        .supply(fields().named("sourceIds"), random -> pick(random, SOURCE_IDS, 1, 2))
        // codelists: each list holds its whole pool once
        .set(field(CodelistEntry::replacedBy), null)
        .set(field(PolicyInstrument::replacedBy), null)
        .withNullable(field(CodelistEntry::definition))
        .supply(field(ExternalMapping::target), random -> "essglobal:activities-modified/" + random.alphanumeric(4))
        .generate(field(CodelistEntry::status).within(scope(Codelists::policyCategories)),
            gen -> gen.oneOf(CodeStatus.ACTIVE, CodeStatus.ACTIVE, CodeStatus.ACTIVE, CodeStatus.DEPRECATED,
                CodeStatus.PROVISIONAL))
        .generate(field(PolicyInstrument::code), gen -> gen.oneOf(INSTRUMENTS))
        .withUnique(field(PolicyInstrument::code))
        .generate(field(Codelists::policyInstruments), gen -> gen.collection().size(INSTRUMENTS.size()))
        .generate(field(PolicyInstrument::defaultCategory), gen -> gen.oneOf(CATEGORIES))
        .supply(field(PolicyInstrument::adminRoles), random -> pick(random, ROLES, 0, 2))
        // member bodies: the whole pool, each id once, with official codes or none
        .generate(field(Catalog::memberBodies), gen -> gen.collection().size(MEMBER_IDS.size()))
        .generate(field(MemberBody::id), gen -> gen.oneOf(MEMBER_IDS))
        .withUnique(field(MemberBody::id))
        .generate(field(MemberBody::ineCode), gen -> gen.oneOf(ineCodes()))
        .withNullable(field(MemberBody::ineCode))
        .assign(Assign.given(field(MemberBody::ineCode)).satisfies(Objects::isNull)
            .set(field(MemberBody::idescatCode), null))
        .generate(field(Comarca::code), gen -> gen.oneOf("01", "13", "21", "40", "43"))
        .withNullable(field(MemberBody::comarca))
        .generate(field(MemberBody::joined), gen -> gen.ints().range(2015, 2100))
        .withNullable(field(MemberBody::joined))
        .withNullable(field(MemberBody::notes))
        // initiatives
        .generate(field(Initiative::id), gen -> gen.oneOf("init-1", "init-2", "init-3", "init-4", "init-5", "init-6"))
        .withUnique(field(Initiative::id))
        .generate(field(Initiative::memberBody), gen -> gen.oneOf(MEMBER_IDS))
        .withNullable(field(Initiative::memberBody))
        .withNullable(field(Initiative::leadBodyName))
        .supply(field(Initiative::coMemberBodies), random -> pick(random, MEMBER_IDS, 0, 2))
        .generate(field(Initiative::category), gen -> gen.oneOf(CATEGORIES))
        .supply(field(Initiative::categoryAlternatives), random -> pick(random, CATEGORIES, 0, 1))
        .supply(field(Initiative::instruments), random -> pick(random, INSTRUMENTS, 0, 2))
        .supply(field(Initiative::roles), random -> pick(random, ROLES, 0, 2))
        .supply(field(Initiative::themes), random -> pick(random, THEMES, 0, 2))
        .supply(field(Initiative::targetGroups), random -> pick(random, TARGET_GROUPS, 0, 2))
        .supply(field(Initiative::sdgs), random -> pick(random, SDGS, 0, 2))
        .supply(field(Initiative::entityForms), random -> pick(random, ENTITY_FORMS, 0, 2))
        .generate(field(Initiative::yearStart), gen -> gen.ints().range(1990, 2030))
        .withNullable(field(Initiative::yearStart))
        .assign(Assign.valueOf(field(Initiative::yearStart)).to(field(Initiative::yearEnd))
            .as((Integer start, Random random) -> start == null || random.diceRoll(true) ? null : start + random.intRange(0, 4)))
        .supply(all(Figure.class), Generators::plausibleFigure)
        .withNullable(field(Initiative::notes))
        // network
        .withNullable(field(Catalog::network))
        .generate(field(Network::founded), gen -> gen.oneOf(PARTIAL_DATES))
        .withNullable(field(Network::legalForm))
        .supply(field(Network::founders), random -> pick(random, MEMBER_IDS, 0, 3))
        .generate(field(MembershipCount::date), gen -> gen.oneOf(PARTIAL_DATES))
        .generate(field(MembershipCount::members), gen -> gen.ints().range(0, 200))
        .withNullable(field(MembershipCount::members))
        .generate(field(StrategicLine::id), gen -> gen.oneOf("line-1", "line-2", "line-3", "line-4"))
        .withUnique(field(StrategicLine::id))
        .generate(field(StrategicLine::period), gen -> gen.oneOf(PERIODS))
        .generate(field(GovernanceBody::id), gen -> gen.oneOf("assembly", "executive", "presidency", "secretariat"))
        .withUnique(field(GovernanceBody::id))
        .generate(field(ExecutiveTerm::period), gen -> gen.oneOf(PERIODS))
        .generate(field(ExecutiveTerm::elected), gen -> gen.oneOf(PARTIAL_DATES))
        .withNullable(field(ExecutiveTerm::elected))
        .generate(field(ExecutiveSeat::memberBody), gen -> gen.oneOf(MEMBER_IDS))
        .generate(field(WorkingGroup::id), gen -> gen.oneOf("wg-1", "wg-2", "wg-3", "wg-4"))
        .withUnique(field(WorkingGroup::id))
        .generate(field(WorkingGroup::period), gen -> gen.oneOf(PERIODS))
        .generate(field(TimelineEvent::date), gen -> gen.oneOf(PARTIAL_DATES))
        .withNullable(field(TimelineEvent::place))
        .supply(field(TimelineEvent::memberBodies), random -> pick(random, MEMBER_IDS, 0, 2))
        .generate(field(Publication::id), gen -> gen.oneOf("pub-1", "pub-2", "pub-3", "pub-4"))
        .withUnique(field(Publication::id))
        .generate(field(Publication::date), gen -> gen.oneOf(PARTIAL_DATES))
        .withNullable(field(Publication::date))
        .generate(field(Relation::id), gen -> gen.oneOf("rel-1", "rel-2", "rel-3", "rel-4"));
    api = api.withUnique(field(Relation::id));
    // The plain codelists: one selector per list, each with its own pool.
    api = codelist(api, Codelists::policyCategories, CATEGORIES);
    api = codelist(api, Codelists::administrationRoles, ROLES);
    api = codelist(api, Codelists::themes, THEMES);
    api = codelist(api, Codelists::targetGroups, TARGET_GROUPS);
    api = codelist(api, Codelists::entityForms, ENTITY_FORMS);
    api = codelist(api, Codelists::sdgs, SDGS);
    // Official codes go together: the Idescat code and the province follow the INE code.
    for (List<Object> municipality : MUNICIPALITIES) {
      api = api.assign(Assign.given(field(MemberBody::ineCode)).is(municipality.get(0))
          .set(field(MemberBody::idescatCode), municipality.get(1))
          .set(field(MemberBody::province), municipality.get(2)));
    }
    return api.toModel();
  }

  private static InstancioApi<Catalog> codelist(InstancioApi<Catalog> api,
      org.instancio.GetMethodSelector<Codelists, List<CodelistEntry>> list, List<String> pool) {
    return api
        .generate(field(list), gen -> gen.collection().size(pool.size()))
        .generate(field(CodelistEntry::code).within(scope(list)), gen -> gen.oneOf(pool))
        .withUnique(field(CodelistEntry::code).within(scope(list)));
  }

  private static List<String> ineCodes() {
    return MUNICIPALITIES.stream().map(m -> (String) m.get(0)).toList();
  }

  /**
   * Up to {@code max} items of {@code pool} (at least {@code min}); usually distinct, but one time in
   * twenty an item is repeated, as a hand-written list might.
   */
  static List<String> pick(Random random, List<String> pool, int min, int max) {
    int size = random.intRange(min, max);
    List<String> shuffled = new ArrayList<>(pool);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      java.util.Collections.swap(shuffled, i, random.intRange(0, i));
    }
    List<String> picked = new ArrayList<>(shuffled.subList(0, Math.min(size, shuffled.size())));
    if (!picked.isEmpty() && random.trueOrFalse(0.05)) {
      picked.add(picked.get(0));
    }
    return picked;
  }

  private static List<String> distinctUrls(Random random) {
    List<String> urls = new ArrayList<>();
    int count = random.intRange(0, 2);
    for (int i = 0; i < count; i++) {
      urls.add("https://example.org/" + i + "/" + random.alphanumeric(6));
    }
    return urls;
  }

  /** A figure with exactly one of value and text, almost always. */
  static Figure plausibleFigure(Random random) {
    String name = random.oneOf("budget_eur", "participants", "share_pct", "entities", "jobs");
    int shape = random.intRange(0, 19);
    BigDecimal value = new BigDecimal(BigInteger.valueOf(random.longRange(0, 10_000_000)), random.intRange(0, 2));
    String text = random.oneOf("about 7000-7500", "more than 30", "approx. 1.2 M€");
    return switch (shape) {
      case 0 -> new Figure(name, value, text); // both: invalid
      case 1 -> new Figure(name, null, null); // neither: invalid
      default -> shape % 2 == 0 ? new Figure(name, value, null) : new Figure(name, null, text);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** Strings for the generators. */
  static final class Texts {
    private Texts() {}

    private static final String[] PIECES = {
        "a", "Z", "0", "9", " ", "-", "_", ".", "/", "\\", "\"", "'", "{", "}", "[", "]", ":", ",",
        "\n", "\r", "\t", "\b", "\f", "\u0000", "\u0001", "\u001F", "\u007F",
        "à", "é", "í", "ï", "ò", "ó", "ú", "ü", "ç", "l·l", "ñ", "€", "«", "»", "’", "–", "—",
        "\u00A0", "\u2028", "\u2029", "\uFEFF", "\u200B", "e\u0301",
        "😀", "𝄞", "中文", "العربية", "\uDBFF\uDFFF",
        "%s", "%n", "%", "{0}", "${x}", "#{x}", "<script>", "&amp;", "null", "true", "1e5",
    };

    /**
     * Any well-formed text, including what only JSON escapes can carry. Unpaired surrogates are left
     * to {@link #hostile} and to a dedicated round-trip test.
     */
    static String anything(Random random) {
      int roll = random.intRange(0, 9);
      if (roll == 0) {
        return "";
      }
      if (roll == 1) {
        return random.alphanumeric(random.intRange(1, 300));
      }
      StringBuilder text = new StringBuilder();
      int pieces = random.intRange(1, 8);
      for (int i = 0; i < pieces; i++) {
        text.append(random.oneOf(PIECES));
      }
      return text.toString();
    }

    private static final String[] HOSTILE_WHOLE = {
        "", " ", "   ", "\t", "\n", "\u00A0", "\u2003", "\u001F", "null", "%s", "%n %s %d", "%", "{0}", "${7*7}",
        "1.0.0", "2.0.0", "0.9.9", "-1.0.0", "1.0", "01.0.0",
        "sha256:" + "0".repeat(64), "sha256:" + "ab".repeat(32), "sha256:XYZ", "md5:00",
        "08019", "080193", "080190", "17079", "170792", "28079", "280796", "0801", "ABCDE",
        "2019", "2019-13-45", "2019-04-27", "2017-2019", "2019-2017", "9999-99-99",
        "https://example.org/x", "http://", "ftp://x", "essglobal:x/Y", "s01", "S01", "S 01",
        "ajuntament-de-a", "Ajuntament-De-A", "a--b", "-a", "a-", "cat-a", "theme-a", "inst-a", "role-a",
        "budget_eur", "Budget EUR", "\uD800", "a\uDC00b", "\uDBFF", "😀", "~0~1/", "/~",
    };

    /** Text for the validators: mostly wrong, sometimes right. */
    static String hostile(Random random) {
      int roll = random.intRange(0, 9);
      if (roll <= 5) {
        return random.oneOf(HOSTILE_WHOLE);
      }
      if (roll == 6) {
        return random.alphanumeric(random.intRange(100, 1000));
      }
      return anything(random);
    }
  }
}
