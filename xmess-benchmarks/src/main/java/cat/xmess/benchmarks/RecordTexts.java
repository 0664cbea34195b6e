package cat.xmess.benchmarks;

import cat.xmess.catalog.Facet;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the baselines index for an initiative, read from the model as a user of the SDK would: the
 * same texts the SDK's search covers (title, summary, labels of the category, instruments, themes
 * and target groups, places of the member bodies, lead body name, partners) and the same facet
 * values (codes, plus the comarca and province of every participating member body).
 */
public final class RecordTexts {
  private final Map<CodelistKind, Map<String, LocalizedText>> labels = new EnumMap<>(CodelistKind.class);
  private final Map<String, MemberBody> members = new HashMap<>();

  /** Lookups over {@code catalog}'s codelists and member bodies. */
  public RecordTexts(Catalog catalog) {
    for (CodelistKind kind : CodelistKind.values()) {
      Map<String, LocalizedText> byCode = new HashMap<>();
      for (CodeDefinition entry : catalog.codelists().entries(kind)) {
        byCode.put(entry.code(), entry.label());
      }
      labels.put(kind, byCode);
    }
    catalog.memberBodies().forEach(m -> members.put(m.id(), m));
  }

  /** Every searchable text of {@code it}, all languages mixed. */
  public List<String> texts(Initiative it) {
    List<String> texts = new ArrayList<>();
    addAll(texts, it.title());
    addAll(texts, it.summary());
    addAll(texts, labels.get(CodelistKind.POLICY_CATEGORIES).get(it.category()));
    it.instruments().forEach(c -> addAll(texts, labels.get(CodelistKind.POLICY_INSTRUMENTS).get(c)));
    it.themes().forEach(c -> addAll(texts, labels.get(CodelistKind.THEMES).get(c)));
    it.targetGroups().forEach(c -> addAll(texts, labels.get(CodelistKind.TARGET_GROUPS).get(c)));
    for (String id : it.allMemberBodies()) {
      MemberBody body = members.get(id);
      if (body != null) {
        texts.add(body.place());
      }
    }
    if (it.leadBodyName() != null) {
      texts.add(it.leadBodyName());
    }
    texts.addAll(it.partners());
    return texts;
  }

  /** The texts of {@code it} that weigh most in a ranking: its title in every language. */
  public static List<String> titles(Initiative it) {
    List<String> titles = new ArrayList<>();
    addAll(titles, it.title());
    return titles;
  }

  private static void addAll(List<String> into, LocalizedText text) {
    if (text != null) {
      for (Language language : Language.values()) {
        text.translation(language).ifPresent(into::add);
      }
    }
  }

  /** The distinct values of every facet of {@code it}. */
  public Map<Facet, Set<String>> facets(Initiative it) {
    Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
    values.put(Facet.POLICY_CATEGORY, Set.of(it.category()));
    values.put(Facet.POLICY_INSTRUMENT, new LinkedHashSet<>(it.instruments()));
    values.put(Facet.ADMINISTRATION_ROLE, new LinkedHashSet<>(it.roles()));
    values.put(Facet.THEME, new LinkedHashSet<>(it.themes()));
    values.put(Facet.TARGET_GROUP, new LinkedHashSet<>(it.targetGroups()));
    values.put(Facet.SDG, new LinkedHashSet<>(it.sdgs()));
    values.put(Facet.MEMBER_BODY, new LinkedHashSet<>(it.allMemberBodies()));
    Set<String> comarques = new LinkedHashSet<>();
    Set<String> provinces = new LinkedHashSet<>();
    for (String id : it.allMemberBodies()) {
      MemberBody body = members.get(id);
      if (body != null && body.comarca() != null) {
        comarques.add(body.comarca().code());
      }
      if (body != null && body.province() != null) {
        provinces.add(body.province().code());
      }
    }
    values.put(Facet.COMARCA, comarques);
    values.put(Facet.PROVINCE, provinces);
    values.put(Facet.YEAR, it.yearStart() == null ? Set.of() : Set.of(it.yearStart().toString()));
    values.put(Facet.CONFIDENCE, Set.of(it.confidence().code()));
    return values;
  }
}
