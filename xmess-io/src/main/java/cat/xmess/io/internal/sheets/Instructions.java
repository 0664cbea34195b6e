package cat.xmess.io.internal.sheets;

import cat.xmess.model.Language;
import java.util.List;

/** The text of a workbook's first sheet, in Catalan, Spanish and English; import ignores it. */
final class Instructions {
  static final String SHEET = "instructions";

  private Instructions() {}

  static List<String> lines(Language language) {
    return switch (language) {
      case CA -> List.of(
          "Catàleg XMESS en full de càlcul. Aquest full és només d'ajuda: la importació no el llegeix.",
          "Cada full és una llista: initiatives (iniciatives), member-bodies (ens membres), sources (fonts) i una llista de codis per full (policy-categories, themes...). metadata i network tenen una fila per valor (field, value).",
          "No canvieu el nom dels fulls ni de les capçaleres (fila 1). L'ordre de les columnes és lliure; la columna layer s'ignora.",
          "Textos en tres llengües: tres columnes, per exemple title_ca, title_es, title_en. El català és obligatori.",
          "Llistes: separeu els elements amb | (per exemple housing|care). Escriviu \\| per a una barra dins d'un element i \\\\ per a una barra inversa.",
          "Columnes de codis: trieu el valor de la llista desplegable; els codis vàlids són als fulls de llistes de codis.",
          "figures, mappings i extensions són text JSON, per exemple [{\"name\":\"budget_eur\",\"value\":12000}].",
          "Escriviu les dates com a text (2019-05-30), no com a data del full de càlcul. No hi poseu fórmules ni cel·les combinades. No escriviu res en columnes sense capçalera.",
          "Guia ABC (2019): una iniciativa amb inAbcGuide = verified ha de citar la guia: guideCitation_sourceId (una font amb abcGuide = true, també a sourceIds) i guideCitation_page (la pàgina). Sense cita, deixeu-la unverified.",
          "Els textos d'una cel·la tenen com a màxim 32.767 caràcters; un text més llarg s'exporta en JSON o CSV.",
          "Importeu-lo amb: xmess import llibre.xlsx --output cataleg.json (o --overlay per a una capa pròpia). Cada error indica la cel·la, per exemple initiatives!F7.");
      case ES -> List.of(
          "Catálogo XMESS en hoja de cálculo. Esta hoja es solo de ayuda: la importación no la lee.",
          "Cada hoja es una lista: initiatives (iniciativas), member-bodies (entes miembros), sources (fuentes) y una lista de códigos por hoja (policy-categories, themes...). metadata y network tienen una fila por valor (field, value).",
          "No cambie el nombre de las hojas ni de las cabeceras (fila 1). El orden de las columnas es libre; la columna layer se ignora.",
          "Textos en tres lenguas: tres columnas, por ejemplo title_ca, title_es, title_en. El catalán es obligatorio.",
          "Listas: separe los elementos con | (por ejemplo housing|care). Escriba \\| para una barra dentro de un elemento y \\\\ para una barra invertida.",
          "Columnas de códigos: elija el valor de la lista desplegable; los códigos válidos están en las hojas de listas de códigos.",
          "figures, mappings y extensions son texto JSON, por ejemplo [{\"name\":\"budget_eur\",\"value\":12000}].",
          "Escriba las fechas como texto (2019-05-30), no como fecha de la hoja de cálculo. No ponga fórmulas ni celdas combinadas. No escriba nada en columnas sin cabecera.",
          "Guía ABC (2019): una iniciativa con inAbcGuide = verified debe citar la guía: guideCitation_sourceId (una fuente con abcGuide = true, también en sourceIds) y guideCitation_page (la página). Sin cita, déjela unverified.",
          "Los textos de una celda tienen como máximo 32.767 caracteres; un texto más largo se exporta en JSON o CSV.",
          "Impórtelo con: xmess import libro.xlsx --output catalogo.json (o --overlay para una capa propia). Cada error indica la celda, por ejemplo initiatives!F7.");
      case EN -> List.of(
          "XMESS catalog as a workbook. This sheet is help only: import does not read it.",
          "Each sheet is a list: initiatives, member-bodies, sources and one codelist per sheet (policy-categories, themes...). metadata and network have one row per value (field, value).",
          "Do not rename sheets or headers (row 1). Columns may be in any order; the layer column is ignored.",
          "Texts in three languages take three columns, such as title_ca, title_es, title_en. Catalan is required.",
          "Lists: separate items with | (for example housing|care). Write \\| for a bar inside an item and \\\\ for a backslash.",
          "Code columns: pick the value from the drop-down list; the valid codes are on the codelist sheets.",
          "figures, mappings and extensions are JSON text, for example [{\"name\":\"budget_eur\",\"value\":12000}].",
          "Type dates as text (2019-05-30), not as spreadsheet dates. No formulas, no merged cells. Write nothing in columns without a header.",
          "ABC guide (2019): an initiative with inAbcGuide = verified must cite the guide: guideCitation_sourceId (a source with abcGuide = true, also in sourceIds) and guideCitation_page (the page). Without a citation, leave it unverified.",
          "A cell holds at most 32,767 characters; a longer text is exported as JSON or CSV.",
          "Import it with: xmess import workbook.xlsx --output catalog.json (or --overlay for a layer of your own). Every error names its cell, such as initiatives!F7.");
    };
  }
}
