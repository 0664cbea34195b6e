package cat.xmess.io.internal.validation;

import cat.xmess.catalog.internal.json.Pointer;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogFormat;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Codelists;
import cat.xmess.model.ExecutiveTerm;
import cat.xmess.model.Figure;
import cat.xmess.model.GuideCitation;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.MunicipalityCodes;
import cat.xmess.model.Network;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Province;
import cat.xmess.model.Source;
import cat.xmess.model.TimelineEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Layer 3: what neither the schema nor the bean constraints can see, because it spans records:
 * unique ids, references that resolve, complete trilingual labels, official municipality codes
 * and the dossier's classification rules. Runs on a catalog that passed layer 1 or was built in
 * Java; tolerates the nulls that layer 2 reports, so that both layers' errors are collected.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class IntegrityLayer {
  private final Catalog catalog;
  private final List<ValidationError> errors = new ArrayList<>();
  private Map<String, String> sources = Map.of();
  /** Ids of the sources marked as the ABC guide itself. */
  private final java.util.Set<String> guideSources = new java.util.HashSet<>();
  private Map<String, String> members = Map.of();
  private final Map<CodelistKind, Map<String, CodeDefinition>> codes = new EnumMap<>(CodelistKind.class);
  private java.util.Set<String> declared = java.util.Set.of();

  private IntegrityLayer(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Every integrity error of {@code catalog}. */
  public static List<ValidationError> validate(Catalog catalog) {
    IntegrityLayer layer = new IntegrityLayer(catalog);
    layer.run();
    return layer.errors;
  }

  private void run() {
    checkSchemaVersion();
    sources = uniqueIds("/sources", catalog.sources(), Source::id);
    for (Source source : catalog.sources()) {
      if (Boolean.TRUE.equals(source.abcGuide()) && source.id() != null) {
        guideSources.add(source.id());
      }
    }
    for (int i = 0; i < catalog.sources().size(); i++) {
      unique(Pointer.of("/sources", i, "urls"), catalog.sources().get(i).urls());
    }
    members = uniqueIds("/memberBodies", catalog.memberBodies(), MemberBody::id);
    uniqueIds("/initiatives", catalog.initiatives(), Initiative::id);
    Codelists lists = catalog.codelists() == null ? Codelists.empty() : catalog.codelists();
    for (CodelistKind kind : CodelistKind.values()) {
      List<? extends CodeDefinition> entries = lists.entries(kind);
      uniqueIds("/codelists/" + kind.fieldName(), entries, CodeDefinition::code);
      Map<String, CodeDefinition> byCode = new HashMap<>();
      entries.forEach(entry -> byCode.putIfAbsent(entry.code(), entry));
      codes.put(kind, byCode);
    }
    checkCodelists(lists);
    checkReplacementChains(lists);
    declared = declaredPrefixes();
    checkMemberBodies();
    checkInitiatives();
    if (catalog.network() != null) {
      checkNetwork(catalog.network());
    }
  }

  private void checkSchemaVersion() {
    if (catalog.metadata() == null) {
      return; // layer 2 reports the missing field
    }
    java.time.LocalDate generated = catalog.metadata().generated();
    // The format writes four-digit years only; a Java-built date beyond them would not read back.
    if (generated != null && (generated.getYear() < 1000 || generated.getYear() > 9999)) {
      error("/metadata/generated", ErrorCode.OUT_OF_RANGE, generated, "1000-01-01..9999-12-31");
    }
    if (catalog.metadata().schemaVersion() == null) {
      return;
    }
    String version = catalog.metadata().schemaVersion();
    if (CatalogFormat.majorOf(version) != CatalogFormat.majorOf(CatalogFormat.SCHEMA_VERSION)) {
      error("/metadata/schemaVersion", ErrorCode.UNSUPPORTED_SCHEMA_VERSION, version,
          CatalogFormat.majorOf(CatalogFormat.SCHEMA_VERSION));
    }
  }

  /** Reports repeated ids; returns each id's first pointer. */
  private <T> Map<String, String> uniqueIds(String base, List<T> items, Function<T, String> idOf) {
    Map<String, String> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String id = idOf.apply(items.get(i));
      if (id == null) {
        continue;
      }
      String here = Pointer.append(base, i);
      String first = index.putIfAbsent(id, here);
      if (first != null) {
        error(here, ErrorCode.DUPLICATE_ID, id, first);
      }
    }
    return index;
  }

  private void checkCodelists(Codelists lists) {
    for (CodelistKind kind : CodelistKind.values()) {
      List<? extends CodeDefinition> entries = lists.entries(kind);
      for (int i = 0; i < entries.size(); i++) {
        CodeDefinition entry = entries.get(i);
        String at = Pointer.of("/codelists", kind.fieldName(), i);
        requireAllLanguages(at + "/label", entry.label());
        code(at + "/replacedBy", kind, entry.replacedBy());
        sources(at + "/sourceIds", entry.sourceIds());
        if (entry instanceof PolicyInstrument instrument) {
          code(at + "/defaultCategory", CodelistKind.POLICY_CATEGORIES, instrument.defaultCategory());
          codes(at + "/adminRoles", CodelistKind.ADMINISTRATION_ROLES, instrument.adminRoles());
        }
      }
    }
  }

  private void checkMemberBodies() {
    List<MemberBody> bodies = catalog.memberBodies();
    for (int i = 0; i < bodies.size(); i++) {
      MemberBody body = bodies.get(i);
      String at = Pointer.append("/memberBodies", i);
      requireAllLanguages(at + "/name", body.name());
      sources(at + "/sourceIds", body.sourceIds());
      checkExtensions(at + "/extensions", body.extensions());
      checkMunicipalityCodes(at, body);
    }
  }

  private void checkMunicipalityCodes(String at, MemberBody body) {
    String ine = body.ineCode();
    String idescat = body.idescatCode();
    if (ine == null && idescat == null) {
      return;
    }
    if (ine == null || idescat == null || !MunicipalityCodes.isIneCode(ine)
        || !idescat.startsWith(ine)) {
      // Point at the code that is missing, or at the Idescat code when both are present.
      error(at + (ine == null ? "/ineCode" : "/idescatCode"), ErrorCode.INE_IDESCAT_MISMATCH,
          ine == null ? "—" : ine, idescat == null ? "—" : idescat);
      return;
    }
    if (!MunicipalityCodes.isValidIdescatCode(idescat)) {
      error(at + "/idescatCode", ErrorCode.INVALID_IDESCAT_CODE, idescat,
          MunicipalityCodes.controlDigit(ine));
    }
    Province expected;
    try {
      expected = Province.ofMunicipalityCode(ine);
    } catch (IllegalArgumentException notCatalan) {
      error(at + "/ineCode", ErrorCode.PROVINCE_MISMATCH, body.province(), ine, "—");
      return;
    }
    if (body.province() != null && body.province() != expected) {
      error(at + "/province", ErrorCode.PROVINCE_MISMATCH, body.province(), ine, expected);
    }
  }

  private void checkInitiatives() {
    List<Initiative> initiatives = catalog.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative it = initiatives.get(i);
      String at = Pointer.append("/initiatives", i);
      requireAllLanguages(at + "/title", it.title());
      requireAllLanguages(at + "/summary", it.summary());
      if (it.memberBody() == null && it.leadBodyName() == null) {
        error(at, ErrorCode.MISSING_LEAD_BODY);
      }
      member(at + "/memberBody", it.memberBody());
      members(at + "/coMemberBodies", it.coMemberBodies());
      checkPrimaryCategory(at + "/category", it.category());
      codes(at + "/categoryAlternatives", CodelistKind.POLICY_CATEGORIES, it.categoryAlternatives());
      codes(at + "/instruments", CodelistKind.POLICY_INSTRUMENTS, it.instruments());
      codes(at + "/roles", CodelistKind.ADMINISTRATION_ROLES, it.roles());
      codes(at + "/themes", CodelistKind.THEMES, it.themes());
      codes(at + "/targetGroups", CodelistKind.TARGET_GROUPS, it.targetGroups());
      codes(at + "/sdgs", CodelistKind.SDGS, it.sdgs());
      codes(at + "/entityForms", CodelistKind.ENTITY_FORMS, it.entityForms());
      sources(at + "/sourceIds", it.sourceIds());
      checkExtensions(at + "/extensions", it.extensions());
      if (it.yearStart() != null && it.yearEnd() != null && it.yearEnd() < it.yearStart()) {
        error(at + "/yearEnd", ErrorCode.INCONSISTENT_YEARS, it.yearEnd(), it.yearStart());
      }
      for (int f = 0; f < it.figures().size(); f++) {
        Figure figure = it.figures().get(f);
        if ((figure.value() == null) == (figure.text() == null)) {
          error(Pointer.of(at, "figures", f), ErrorCode.INVALID_FIGURE, figure.name());
        } else if (figure.value() != null && !FigureValues.isReasonable(figure.value())) {
          error(Pointer.of(at, "figures", f, "value"), ErrorCode.OUT_OF_RANGE,
              FigureValues.describe(figure.value()), FigureValues.RANGE);
        }
      }
      unique(at + "/candidateBasis", it.candidateBasis());
      checkGuideCitation(at, it);
    }
  }

  /**
   * The path to a verified guide initiative: {@code inAbcGuide: verified} needs a {@code
   * guideCitation}, and a citation needs {@code verified}; the cited source must exist, be marked
   * as the guide itself ({@code abcGuide: true}) and be one of the initiative's {@code sourceIds}.
   */
  private void checkGuideCitation(String at, Initiative it) {
    GuideCitation citation = it.guideCitation();
    if (citation == null) {
      if (it.inAbcGuide() == AbcGuideStatus.VERIFIED) {
        error(at + "/inAbcGuide", ErrorCode.MISSING_GUIDE_CITATION);
      }
      return;
    }
    if (it.inAbcGuide() != null && it.inAbcGuide() != AbcGuideStatus.VERIFIED) {
      error(at + "/guideCitation", ErrorCode.UNVERIFIED_GUIDE_CITATION, citation.page(), it.inAbcGuide());
    }
    String id = citation.sourceId();
    if (id == null) {
      return; // layer 2 reports the missing id
    }
    String here = at + "/guideCitation/sourceId";
    if (!sources.containsKey(id)) {
      error(here, ErrorCode.UNKNOWN_SOURCE, id);
      return;
    }
    if (!guideSources.contains(id)) {
      error(here, ErrorCode.NOT_THE_GUIDE, id);
    }
    if (!it.sourceIds().contains(id)) {
      error(here, ErrorCode.GUIDE_SOURCE_NOT_LISTED, id);
    }
  }

  /** The declared extension prefixes; a prefix declared twice is reported. */
  private java.util.Set<String> declaredPrefixes() {
    if (catalog.metadata() == null) {
      return java.util.Set.of();
    }
    Map<String, String> byPrefix = uniqueIds("/metadata/extensionNamespaces",
        catalog.metadata().extensionNamespaces(), cat.xmess.model.ExtensionNamespace::prefix);
    return byPrefix.keySet();
  }

  /** Every prefix declared; every number within what the JSON form accepts (as the schema layer checks). */
  private void checkExtensions(String at, Map<String, Object> extensions) {
    extensions.forEach((prefix, value) -> {
      String here = Pointer.append(at, prefix);
      if (!declared.contains(prefix)) {
        error(here, ErrorCode.UNDECLARED_EXTENSION, prefix);
      }
      checkNumbers(here, value);
    });
  }

  private void checkNumbers(String at, Object value) {
    if (value instanceof java.math.BigDecimal number && !SchemaLayer.isWithinDocumentBounds(number)) {
      error(at, ErrorCode.OUT_OF_RANGE, SchemaLayer.describe(number), SchemaLayer.DOCUMENT_BOUNDS);
    } else if (value instanceof Map<?, ?> object) {
      object.forEach((key, member) -> checkNumbers(Pointer.append(at, key), member));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        checkNumbers(Pointer.append(at, i), list.get(i));
      }
    }
  }

  /**
   * A deprecated code's replacement must lead, in a few steps, to a code that is not replaced
   * again: lookups follow the chain, so a cycle would leave a deprecated code without a current one.
   */
  private void checkReplacementChains(Codelists lists) {
    for (CodelistKind kind : CodelistKind.values()) {
      List<? extends CodeDefinition> entries = lists.entries(kind);
      Map<String, CodeDefinition> byCode = codes.get(kind);
      for (int i = 0; i < entries.size(); i++) {
        CodeDefinition entry = entries.get(i);
        java.util.Set<String> seen = new java.util.HashSet<>();
        CodeDefinition step = entry;
        while (step != null && step.replacedBy() != null && seen.add(step.code())) {
          step = byCode.get(step.replacedBy());
        }
        if (step != null && step.replacedBy() != null) {
          error(Pointer.of("/codelists", kind.fieldName(), i, "replacedBy"), ErrorCode.INVALID_VALUE,
              "replacedBy leads back to \"" + step.code() + "\": a cycle");
        }
      }
    }
  }

  private void checkPrimaryCategory(String at, String category) {
    if (!code(at, CodelistKind.POLICY_CATEGORIES, category)) {
      return;
    }
    CodeDefinition entry = codes.get(CodelistKind.POLICY_CATEGORIES).get(category);
    if (entry.status() == CodeStatus.PROVISIONAL) {
      error(at, ErrorCode.PROVISIONAL_PRIMARY_CATEGORY, category);
    }
  }

  private void checkNetwork(Network network) {
    members("/network/founders", network.founders());
    sources("/network/sourceIds", network.sourceIds());
    checkEach("/network/membershipCounts", network.membershipCounts(), (at, c) -> sources(at + "/sourceIds", c.sourceIds()));
    checkEach("/network/strategicLines", network.strategicLines(), (at, l) -> sources(at + "/sourceIds", l.sourceIds()));
    checkEach("/network/governanceBodies", network.governanceBodies(), (at, b) -> sources(at + "/sourceIds", b.sourceIds()));
    checkEach("/network/executiveTerms", network.executiveTerms(), this::checkTerm);
    checkEach("/network/workingGroups", network.workingGroups(), (at, g) -> sources(at + "/sourceIds", g.sourceIds()));
    checkEach("/network/timeline", network.timeline(), this::checkEvent);
    checkEach("/network/publications", network.publications(), (at, p) -> sources(at + "/sourceIds", p.sourceIds()));
    checkEach("/network/relations", network.relations(), (at, r) -> sources(at + "/sourceIds", r.sourceIds()));
    uniqueIds("/network/strategicLines", network.strategicLines(), cat.xmess.model.StrategicLine::id);
    uniqueIds("/network/governanceBodies", network.governanceBodies(), cat.xmess.model.GovernanceBody::id);
    uniqueIds("/network/workingGroups", network.workingGroups(), cat.xmess.model.WorkingGroup::id);
    uniqueIds("/network/publications", network.publications(), cat.xmess.model.Publication::id);
    uniqueIds("/network/relations", network.relations(), cat.xmess.model.Relation::id);
  }

  private void checkTerm(String at, ExecutiveTerm term) {
    sources(at + "/sourceIds", term.sourceIds());
    for (int s = 0; s < term.seats().size(); s++) {
      member(Pointer.of(at, "seats", s, "memberBody"), term.seats().get(s).memberBody());
    }
  }

  private void checkEvent(String at, TimelineEvent event) {
    members(at + "/memberBodies", event.memberBodies());
    sources(at + "/sourceIds", event.sourceIds());
  }

  private <T> void checkEach(String base, List<T> items, java.util.function.BiConsumer<String, T> check) {
    for (int i = 0; i < items.size(); i++) {
      check.accept(Pointer.append(base, i), items.get(i));
    }
  }

  private void requireAllLanguages(String at, LocalizedText text) {
    if (text == null) {
      return; // layer 2 reports the missing text
    }
    for (Language language : Language.values()) {
      if (text.translation(language).isEmpty()) {
        error(Pointer.append(at, language.code()), ErrorCode.MISSING_TRANSLATION, language.code());
      }
    }
  }

  /** Whether {@code code} resolves in {@code kind}; reports it if not. Null is layer 2's business. */
  private boolean code(String at, CodelistKind kind, String code) {
    if (code == null) {
      return false;
    }
    if (!codes.get(kind).containsKey(code)) {
      String nearest = cat.xmess.catalog.internal.codes.NearestCodes.to(code,
          codes.get(kind).keySet().stream().filter(java.util.Objects::nonNull).toList()).stream().findFirst().orElse(null);
      ValidationError unknown = ValidationError.of(ValidationLayer.INTEGRITY, at, ErrorCode.UNKNOWN_CODE, code, kind.code());
      if (nearest != null) {
        LocalizedText m = unknown.message();
        unknown = new ValidationError(at, ErrorCode.UNKNOWN_CODE, new LocalizedText(
            m.ca() + "; potser volíeu dir «" + nearest + "»?", m.es() + "; ¿quería decir «" + nearest + "»?",
            m.en() + "; did you mean \"" + nearest + "\"?"), ValidationLayer.INTEGRITY);
      }
      errors.add(unknown);
      return false;
    }
    return true;
  }

  private void codes(String at, CodelistKind kind, List<String> list) {
    for (int i = 0; i < list.size(); i++) {
      code(Pointer.append(at, i), kind, list.get(i));
    }
    unique(at, list);
  }

  /** Lists of codes and ids are sets (the schema says uniqueItems); Java-built ones are checked here. */
  private void unique(String at, List<?> list) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(list.get(i))) {
        error(Pointer.append(at, i), ErrorCode.DUPLICATE_ITEM, list.get(i));
      }
    }
  }

  private void member(String at, String id) {
    if (id != null && !members.containsKey(id)) {
      error(at, ErrorCode.UNKNOWN_MEMBER_BODY, id);
    }
  }

  private void members(String at, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      member(Pointer.append(at, i), ids.get(i));
    }
    unique(at, ids);
  }

  private void sources(String at, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id != null && !sources.containsKey(id)) {
        error(Pointer.append(at, i), ErrorCode.UNKNOWN_SOURCE, id);
      }
    }
  }

  private void error(String pointer, ErrorCode code, Object... args) {
    errors.add(ValidationError.of(ValidationLayer.INTEGRITY, pointer, code, args));
  }
}
