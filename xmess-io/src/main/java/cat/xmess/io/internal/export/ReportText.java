package cat.xmess.io.internal.export;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;

/** The fixed texts of the HTML report, in Catalan, Spanish and English. */
enum ReportText {
  REPORT("Informe del catàleg", "Informe del catálogo", "Catalog report"),
  SEARCH_REPORT("Resultat de la cerca", "Resultado de la búsqueda", "Search result"),
  DATA_VERSION("Versió de les dades", "Versión de los datos", "Data version"),
  SCHEMA_VERSION("Versió de l'esquema", "Versión del esquema", "Schema version"),
  GENERATED("Generat", "Generado", "Generated"),
  LICENSE("Llicència", "Licencia", "Licence"),
  COVERAGE("Cobertura", "Cobertura", "Coverage"),
  CONTENTS("Contingut", "Contenido", "Contents"),
  SUMMARY("Resum", "Resumen", "Summary"),
  INITIATIVES("Iniciatives", "Iniciativas", "Initiatives"),
  MEMBER_BODIES("Ens membres", "Entes miembros", "Member bodies"),
  SOURCES("Fonts", "Fuentes", "Sources"),
  FACETS("Recompte per facetes", "Recuento por facetas", "Facet counts"),
  CATEGORY("Categoria", "Categoría", "Category"),
  THEME("Tema", "Tema", "Theme"),
  INSTRUMENT("Instrument", "Instrumento", "Instrument"),
  ROLE("Rol de l'administració", "Rol de la administración", "Administration role"),
  TARGET_GROUP("Col·lectiu destinatari", "Colectivo destinatario", "Target group"),
  SDG("ODS", "ODS", "SDG"),
  PROVINCE("Província", "Provincia", "Province"),
  COMARCA("Comarca", "Comarca", "Comarca"),
  CONFIDENCE("Confiança", "Confianza", "Confidence"),
  YEAR("Any", "Año", "Year"),
  VALUE("Valor", "Valor", "Value"),
  COUNT("Nombre", "Número", "Count"),
  LEAD_BODY("Ens promotor", "Ente promotor", "Lead body"),
  YEARS("Anys", "Años", "Years"),
  NAME("Nom", "Nombre", "Name"),
  KIND("Tipus", "Tipo", "Kind"),
  PLACE("Lloc", "Lugar", "Place"),
  INE_CODE("Codi INE", "Código INE", "INE code"),
  IDESCAT_CODE("Codi Idescat", "Código Idescat", "Idescat code"),
  JOINED("Adhesió", "Adhesión", "Joined"),
  MEMBERSHIP("Pertinença", "Pertenencia", "Membership"),
  LAYER("Capa", "Capa", "Layer"),
  NONE("Cap", "Ninguna", "None"),
  IN_ABC_GUIDE("A la guia ABC (2019)", "En la guía ABC (2019)", "In the 2019 ABC guide"),
  PAGE("pàg.", "pág.", "p."),
  NOT_IN_GUIDE_NOTE(
      "Cap iniciativa no està confirmada com a part de la guia ABC (2019); la categoria és una inferència dels editors.",
      "Ninguna iniciativa está confirmada como parte de la guía ABC (2019); la categoría es una inferencia de los editores.",
      "No initiative is confirmed as part of the 2019 ABC guide; each category is an editorial inference."),
  FOOTER("Generat amb l'SDK XMESS.", "Generado con el SDK XMESS.", "Generated with the XMESS SDK.");

  private final LocalizedText text;

  ReportText(String ca, String es, String en) {
    this.text = LocalizedText.of(ca, es, en);
  }

  String in(Language language) {
    return text.translation(language).orElse(null);
  }
}
