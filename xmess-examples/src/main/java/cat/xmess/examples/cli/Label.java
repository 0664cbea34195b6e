package cat.xmess.examples.cli;

import cat.xmess.catalog.RecordType;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;

/**
 * The words the CLI itself prints in text output, in Catalan, Spanish and English. Catalog content
 * already comes in the three languages; these are only the field names and phrases around it.
 * Templates use {@link String#format}'s {@code %s} and {@code %d}, and only those (see {@link #in}).
 */
enum Label {
  ID("Identificador", "Identificador", "Id"),
  TYPE("Tipus", "Tipo", "Type"),
  SUMMARY("Resum", "Resumen", "Summary"),
  LEAD_BODY("Ens promotor", "Ente promotor", "Lead body"),
  CO_BODIES("Altres ens participants", "Otros entes participantes", "Other participating bodies"),
  CATEGORY("Categoria", "Categoría", "Category"),
  CATEGORY_BASIS("Origen de la categoria", "Origen de la categoría", "Category basis"),
  CATEGORY_ALTERNATIVES("Categories alternatives", "Categorías alternativas", "Alternative categories"),
  INSTRUMENTS("Instruments", "Instrumentos", "Instruments"),
  ROLES("Rols de l'administració", "Roles de la administración", "Administration roles"),
  THEMES("Temes", "Temas", "Themes"),
  TARGET_GROUPS("Col·lectius destinataris", "Colectivos destinatarios", "Target groups"),
  SDGS("ODS", "ODS", "SDGs"),
  ENTITY_FORMS("Formes d'entitat", "Formas de entidad", "Entity forms"),
  YEARS("Anys", "Años", "Years"),
  UNKNOWN("desconegut", "desconocido", "unknown"),
  FIGURES("Xifres", "Cifras", "Figures"),
  PARTNERS("Socis", "Socios", "Partners"),
  IN_ABC_GUIDE("A la guia ABC", "En la guía ABC", "In the ABC guide"),
  GUIDE_CITATION("Cita de la guia ABC", "Cita de la guía ABC", "ABC guide citation"),
  PAGE("pàg.", "pág.", "p."),
  CANDIDATE_BASIS("Motius de la candidatura", "Motivos de la candidatura", "Candidate basis"),
  CONFIDENCE("Confiança", "Confianza", "Confidence"),
  NOTES("Notes", "Notas", "Notes"),
  SOURCES("Fonts", "Fuentes", "Sources"),
  NAME("Nom", "Nombre", "Name"),
  KIND("Tipus d'ens", "Tipo de ente", "Kind of body"),
  PLACE("Lloc", "Lugar", "Place"),
  INE_CODE("Codi INE", "Código INE", "INE code"),
  IDESCAT_CODE("Codi Idescat", "Código Idescat", "Idescat code"),
  COMARCA("Comarca", "Comarca", "Comarca"),
  PROVINCE("Província", "Provincia", "Province"),
  MEMBERSHIP("Pertinença a la xarxa", "Pertenencia a la red", "Network membership"),
  JOINED("Any d'adhesió", "Año de adhesión", "Joined"),
  INITIATIVES("Iniciatives", "Iniciativas", "Initiatives"),
  PUBLISHER("Editor", "Editor", "Publisher"),
  URL("URL", "URL", "URL"),
  DATE("Data", "Fecha", "Date"),
  SUPPORTS("Dona suport a", "Respalda", "Supports"),
  CODE("Codi", "Código", "Code"),
  DEFINITION("Definició", "Definición", "Definition"),
  STATUS("Estat", "Estado", "Status"),
  REPLACED_BY("Substituït per", "Sustituido por", "Replaced by"),
  DEFAULT_CATEGORY("Categoria habitual", "Categoría habitual", "Usual category"),
  ADMIN_ROLES("Rols habituals", "Roles habituales", "Usual roles"),
  MAPPINGS("Correspondències", "Correspondencias", "Mappings"),
  SEARCH_HITS("%d resultats per «%s»", "%d resultados para «%s»", "%d results for \"%s\""),
  SEARCH_NO_HITS("Cap resultat per «%s»", "Ningún resultado para «%s»", "No results for \"%s\""),
  VALID("%s: catàleg vàlid", "%s: catálogo válido", "%s: valid catalog"),
  INVALID("%s: catàleg no vàlid (errors: %d)", "%s: catálogo no válido (errores: %d)",
      "%s: invalid catalog (errors: %d)"),
  SEALED("%s: segellat, %s", "%s: sellado, %s", "%s: sealed, %s"),
  IMPORTED("%s: importat a %s, %s", "%s: importado a %s, %s", "%s: imported to %s, %s"),
  DATA_VERSION("Versió de les dades", "Versión de los datos", "Data version"),
  SCHEMA_VERSION("Versió de l'esquema", "Versión del esquema", "Schema version"),
  GENERATED("Generat", "Generado", "Generated"),
  LICENSE("Llicència", "Licencia", "Licence"),
  ATTRIBUTION("Atribució", "Atribución", "Attribution"),
  RECORDS_PER_TYPE("Registres per tipus", "Registros por tipo", "Records per type"),
  INITIATIVES_PER_CATEGORY("Iniciatives per categoria", "Iniciativas por categoría",
      "Initiatives per category"),
  BODIES_PER_PROVINCE("Ens membres per província", "Entes miembros por provincia",
      "Member bodies per province"),
  INITIATIVES_PER_CONFIDENCE("Iniciatives per confiança", "Iniciativas por confianza",
      "Initiatives per confidence"),
  BODIES_PER_CONFIDENCE("Ens membres per confiança", "Entes miembros por confianza",
      "Member bodies per confidence"),
  TYPE_INITIATIVE("Iniciatives", "Iniciativas", "Initiatives"),
  TYPE_MEMBER_BODY("Ens membres", "Entes miembros", "Member bodies"),
  TYPE_SOURCE("Fonts", "Fuentes", "Sources"),
  TYPE_POLICY_CATEGORY("Categories de política", "Categorías de política", "Policy categories"),
  TYPE_ADMINISTRATION_ROLE("Rols de l'administració", "Roles de la administración",
      "Administration roles"),
  TYPE_POLICY_INSTRUMENT("Instruments de política", "Instrumentos de política",
      "Policy instruments"),
  TYPE_THEME("Temes", "Temas", "Themes"),
  TYPE_TARGET_GROUP("Col·lectius destinataris", "Colectivos destinatarios", "Target groups"),
  TYPE_ENTITY_FORM("Formes d'entitat", "Formas de entidad", "Entity forms"),
  TYPE_SDG("Objectius de Desenvolupament Sostenible", "Objetivos de Desarrollo Sostenible",
      "Sustainable Development Goals"),
  ONE_INITIATIVE("iniciativa", "iniciativa", "initiative"),
  ONE_MEMBER_BODY("ens membre", "ente miembro", "member body"),
  ONE_SOURCE("font", "fuente", "source"),
  ONE_POLICY_CATEGORY("categoria de política", "categoría de política", "policy category"),
  ONE_ADMINISTRATION_ROLE("rol de l'administració", "rol de la administración",
      "administration role"),
  ONE_POLICY_INSTRUMENT("instrument de política", "instrumento de política", "policy instrument"),
  ONE_THEME("tema", "tema", "theme"),
  ONE_TARGET_GROUP("col·lectiu destinatari", "colectivo destinatario", "target group"),
  ONE_ENTITY_FORM("forma d'entitat", "forma de entidad", "entity form"),
  ONE_SDG("ODS", "ODS", "SDG");

  private final LocalizedText text;

  Label(String ca, String es, String en) {
    this.text = LocalizedText.of(ca, es, en);
  }

  /**
   * The text in {@code language}, with {@code args} filled in if given: what {@code
   * String.format(Locale.ROOT, template, args)} gives for templates with only {@code %s} and {@code
   * %d} ({@code PlainFormattingTest} compares the two for every label). Not {@link String#format} itself: its
   * first call in a process loads the JDK's locale data (CLDR) and regular expressions, some 20 ms
   * of every {@code xmess search}.
   */
  String in(Language language, Object... args) {
    String template = text.text(language);
    if (args.length == 0) {
      return template;
    }
    StringBuilder filled = new StringBuilder(template.length() + 32);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length() && (template.charAt(i + 1) == 's' || template.charAt(i + 1) == 'd')) {
        filled.append(args[next++]);
        i++;
      } else {
        filled.append(c);
      }
    }
    return filled.toString();
  }

  /** The plural heading for a kind of record ("Initiatives"). */
  static Label plural(RecordType type) {
    return valueOf("TYPE_" + type.name());
  }

  /** The singular name of a kind of record ("initiative"). */
  static Label singular(RecordType type) {
    return valueOf("ONE_" + type.name());
  }
}
