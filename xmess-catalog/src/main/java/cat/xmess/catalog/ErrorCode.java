package cat.xmess.catalog;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.WireCode;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Stable codes of validation errors, each with its message in Catalan, Spanish and English.
 *
 * <p>Codes never change meaning; new problems get new codes. Message templates use {@code %s}
 * placeholders filled with the values found in the input, inserted verbatim and never evaluated.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ErrorCode implements WireCode {
  /** The input could not be read. */
  IO_ERROR("io-error",
      "No s'ha pogut llegir l'entrada: %s",
      "No se ha podido leer la entrada: %s",
      "The input could not be read: %s"),
  /** The input is not well-formed JSON. */
  SYNTAX_ERROR("syntax-error",
      "L'entrada no és JSON vàlid (línia %s, columna %s): %s",
      "La entrada no es JSON válido (línea %s, columna %s): %s",
      "The input is not valid JSON (line %s, column %s): %s"),
  /** A JSON object has the same key twice. */
  DUPLICATE_KEY("duplicate-key",
      "La clau «%s» apareix dues vegades al mateix objecte",
      "La clave «%s» aparece dos veces en el mismo objeto",
      "The key \"%s\" appears twice in the same object"),
  /** The input exceeds a reading limit. */
  LIMIT_EXCEEDED("limit-exceeded",
      "L'entrada supera un límit de lectura: %s",
      "La entrada supera un límite de lectura: %s",
      "The input exceeds a reading limit: %s"),
  /** The catalog's schema version is not one this SDK reads. */
  UNSUPPORTED_SCHEMA_VERSION("unsupported-schema-version",
      "La versió d'esquema %s no és compatible; aquesta biblioteca llegeix la %s.x",
      "La versión de esquema %s no es compatible; esta biblioteca lee la %s.x",
      "Schema version %s is not supported; this library reads %s.x"),
  /** A required field is missing or empty. */
  MISSING_REQUIRED("missing-required",
      "Falta el camp obligatori «%s»",
      "Falta el campo obligatorio «%s»",
      "The required field \"%s\" is missing"),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("wrong-type",
      "El valor és de tipus %s, però s'esperava %s",
      "El valor es de tipo %s, pero se esperaba %s",
      "The value is of type %s but %s was expected"),
  /** A field that the format does not define. */
  UNKNOWN_FIELD("unknown-field",
      "El camp «%s» no existeix en aquest format",
      "El campo «%s» no existe en este formato",
      "The field \"%s\" does not exist in this format"),
  /** A value does not have the required form or is not one of the allowed values. */
  INVALID_FORMAT("invalid-format",
      "El valor «%s» no té la forma requerida (%s)",
      "El valor «%s» no tiene la forma requerida (%s)",
      "The value \"%s\" does not have the required form (%s)"),
  /** A number, length or count is outside its allowed range. */
  OUT_OF_RANGE("out-of-range",
      "El valor «%s» és fora de l'interval permès (%s)",
      "El valor «%s» está fuera del intervalo permitido (%s)",
      "The value \"%s\" is outside the allowed range (%s)"),
  /** A list repeats an item that must be unique. */
  DUPLICATE_ITEM("duplicate-item",
      "La llista repeteix un element: %s",
      "La lista repite un elemento: %s",
      "The list repeats an item: %s"),
  /** A value breaks another rule of the schema. */
  INVALID_VALUE("invalid-value",
      "El valor no compleix una regla del format: %s",
      "El valor no cumple una regla del formato: %s",
      "The value breaks a rule of the format: %s"),
  /** Two records of the same kind share an id or code. */
  DUPLICATE_ID("duplicate-id",
      "L'identificador «%s» ja s'ha fet servir a %s",
      "El identificador «%s» ya se ha usado en %s",
      "The id \"%s\" is already used at %s"),
  /** A code that is not in the named codelist. */
  UNKNOWN_CODE("unknown-code",
      "El codi «%s» no existeix a la llista %s",
      "El código «%s» no existe en la lista %s",
      "The code \"%s\" does not exist in the %s list"),
  /** A member body id that is not in the catalog. */
  UNKNOWN_MEMBER_BODY("unknown-member-body",
      "L'ens membre «%s» no existeix al catàleg",
      "El ente miembro «%s» no existe en el catálogo",
      "The member body \"%s\" does not exist in the catalog"),
  /** A source id that is not in the catalog. */
  UNKNOWN_SOURCE("unknown-source",
      "La font «%s» no existeix al catàleg",
      "La fuente «%s» no existe en el catálogo",
      "The source \"%s\" does not exist in the catalog"),
  /** A label or title lacks one of its three languages. */
  MISSING_TRANSLATION("missing-translation",
      "Falta el text en %s",
      "Falta el texto en %s",
      "The text in %s is missing"),
  /** An Idescat code whose last digit is not the INE control digit. */
  INVALID_IDESCAT_CODE("invalid-idescat-code",
      "El codi Idescat «%s» no acaba amb el dígit de control correcte (%s)",
      "El código Idescat «%s» no termina con el dígito de control correcto (%s)",
      "The Idescat code \"%s\" does not end with the right control digit (%s)"),
  /** The INE and Idescat codes of a body do not agree, or one is missing. */
  INE_IDESCAT_MISMATCH("ine-idescat-mismatch",
      "El codi INE «%s» i el codi Idescat «%s» no es corresponen",
      "El código INE «%s» y el código Idescat «%s» no se corresponden",
      "The INE code \"%s\" and the Idescat code \"%s\" do not match"),
  /** The province does not agree with the INE code's prefix. */
  PROVINCE_MISMATCH("province-mismatch",
      "La província «%s» no correspon al codi INE «%s» (%s)",
      "La provincia «%s» no corresponde al código INE «%s» (%s)",
      "The province \"%s\" does not match the INE code \"%s\" (%s)"),
  /** A provisional code used as a record's primary classification. */
  PROVISIONAL_PRIMARY_CATEGORY("provisional-primary-category",
      "El codi provisional «%s» no pot ser la categoria principal",
      "El código provisional «%s» no puede ser la categoría principal",
      "The provisional code \"%s\" cannot be the primary category"),
  /** An initiative names neither a member body nor a lead body. */
  MISSING_LEAD_BODY("missing-lead-body",
      "La iniciativa no indica cap ens promotor (memberBody o leadBodyName)",
      "La iniciativa no indica ningún ente promotor (memberBody o leadBodyName)",
      "The initiative names no lead body (memberBody or leadBodyName)"),
  /** The end year is before the start year. */
  INCONSISTENT_YEARS("inconsistent-years",
      "L'any de fi (%s) és anterior a l'any d'inici (%s)",
      "El año de fin (%s) es anterior al año de inicio (%s)",
      "The end year (%s) is before the start year (%s)"),
  /**
   * An initiative marked {@code inAbcGuide: verified} cites no page of the ABC guide ({@code
   * guideCitation}).
   *
   * @since 0.2.0
   */
  MISSING_GUIDE_CITATION("missing-guide-citation",
      "La iniciativa consta com a verificada a la guia ABC (inAbcGuide: verified), però no en cita la pàgina: afegiu-hi guideCitation amb la font que és la guia i la pàgina",
      "La iniciativa consta como verificada en la guía ABC (inAbcGuide: verified), pero no cita su página: añada guideCitation con la fuente que es la guía y la página",
      "The initiative is marked as verified in the ABC guide (inAbcGuide: verified) but cites no page of it: add guideCitation with the source that is the guide and the page"),
  /**
   * A {@code guideCitation} cites a source that is not marked as the ABC guide itself ({@code
   * abcGuide: true}).
   *
   * @since 0.2.0
   */
  NOT_THE_GUIDE("not-the-guide",
      "La font «%s» no és la guia ABC (no té abcGuide: true); una iniciativa verificada ha de citar la guia mateixa",
      "La fuente «%s» no es la guía ABC (no tiene abcGuide: true); una iniciativa verificada debe citar la propia guía",
      "The source \"%s\" is not the ABC guide (it lacks abcGuide: true); a verified initiative must cite the guide itself"),
  /**
   * The source of a {@code guideCitation} is not among the initiative's {@code sourceIds}.
   *
   * @since 0.2.0
   */
  GUIDE_SOURCE_NOT_LISTED("guide-source-not-listed",
      "La font de la guia «%s» també ha de ser a sourceIds",
      "La fuente de la guía «%s» también debe estar en sourceIds",
      "The guide's source \"%s\" must also be listed in sourceIds"),
  /**
   * An initiative cites a page of the ABC guide but is not marked {@code inAbcGuide: verified}.
   *
   * @since 0.2.0
   */
  UNVERIFIED_GUIDE_CITATION("unverified-guide-citation",
      "La iniciativa cita la pàgina %s de la guia ABC però consta com a %s; marqueu-la verified o traieu-ne guideCitation",
      "La iniciativa cita la página %s de la guía ABC pero consta como %s; márquela verified o quite guideCitation",
      "The initiative cites page %s of the ABC guide but is marked %s; mark it verified or remove guideCitation"),
  /** A figure has both or neither of value and text. */
  INVALID_FIGURE("invalid-figure",
      "La xifra «%s» ha de tenir exactament un dels camps value o text",
      "La cifra «%s» debe tener exactamente uno de los campos value o text",
      "The figure \"%s\" must have exactly one of value and text"),
  /** An overlay holds a record whose id a lower layer already has, without declaring the replacement. */
  OVERLAY_CONFLICT("overlay-conflict",
      "«%s» ja és a la capa «%s»; declareu-lo a metadata.overlay.replaces per substituir-lo",
      "«%s» ya está en la capa «%s»; declárelo en metadata.overlay.replaces para sustituirlo",
      "\"%s\" is already in layer \"%s\"; list it in metadata.overlay.replaces to replace it"),
  /** An overlay defines a code that a lower layer already defines differently. */
  CODE_REDEFINED("code-redefined",
      "El codi «%s» de la llista %s ja està definit a la capa «%s» d'una altra manera; un codi existent no es pot redefinir",
      "El código «%s» de la lista %s ya está definido en la capa «%s» de otra manera; un código existente no se puede redefinir",
      "The code \"%s\" of the %s list is already defined differently in layer \"%s\"; an existing code cannot be redefined"),
  /** An overlay declares the replacement of a record that no lower layer has, or that it does not hold. */
  NOTHING_TO_REPLACE("nothing-to-replace",
      "«%s» no substitueix res: %s",
      "«%s» no sustituye nada: %s",
      "\"%s\" replaces nothing: %s"),
  /** A record uses an extension prefix that the catalog does not declare. */
  UNDECLARED_EXTENSION("undeclared-extension",
      "El prefix d'extensió «%s» no està declarat a metadata.extensionNamespaces",
      "El prefijo de extensión «%s» no está declarado en metadata.extensionNamespaces",
      "The extension prefix \"%s\" is not declared in metadata.extensionNamespaces"),
  /** The content does not match the checksum recorded in the metadata. */
  CHECKSUM_MISMATCH("checksum-mismatch",
      "El contingut no coincideix amb la suma de control de les metadades (esperada %s, calculada %s)",
      "El contenido no coincide con la suma de control de los metadatos (esperada %s, calculada %s)",
      "The content does not match the checksum in the metadata (expected %s, computed %s)"),
  /**
   * The checksum in the metadata was computed the way SDK 0.1.0 did (before the RFC 8785 form):
   * the content is unchanged, but the file must be re-stamped with {@code xmess seal} or {@link
   * CatalogReader#seal(java.nio.file.Path)}.
   */
  OUTDATED_CHECKSUM("outdated-checksum",
      "La suma de control %s és de l'SDK 0.1.0, que la calculava d'una altra manera; torneu-la a segellar amb `xmess seal <fitxer>`",
      "La suma de control %s es del SDK 0.1.0, que la calculaba de otra manera; vuelva a sellarla con `xmess seal <archivo>`",
      "The checksum %s was computed the SDK 0.1.0 way, which the format no longer uses; re-stamp the file with `xmess seal <file>`"),
  /** An imported file is not an XLSX workbook (or is encrypted, or a legacy .xls file). */
  NOT_A_WORKBOOK("not-a-workbook",
      "El fitxer no és un llibre XLSX que es pugui llegir: %s",
      "El archivo no es un libro XLSX que se pueda leer: %s",
      "The file is not an XLSX workbook that can be read: %s"),
  /** An imported workbook or CSV directory lacks a sheet the catalog needs. */
  MISSING_SHEET("missing-sheet",
      "Falta el full «%s»",
      "Falta la hoja «%s»",
      "The sheet \"%s\" is missing"),
  /** A sheet's header row lacks a column. */
  MISSING_COLUMN("missing-column",
      "Falta la columna «%s» a la fila de capçalera",
      "Falta la columna «%s» en la fila de cabecera",
      "The column \"%s\" is missing from the header row"),
  /** A sheet's header row names a column the format does not have. */
  UNKNOWN_COLUMN("unknown-column",
      "La columna «%s» no existeix en aquest full%s",
      "La columna «%s» no existe en esta hoja%s",
      "The column \"%s\" does not exist in this sheet%s"),
  /** A cell holds a formula, which import never evaluates. */
  FORMULA_CELL("formula-cell",
      "La cel·la conté una fórmula (%s); no s'avaluen fórmules: escriviu-hi el valor",
      "La celda contiene una fórmula (%s); no se evalúan fórmulas: escriba el valor",
      "The cell holds a formula (%s); formulas are never evaluated: type the value instead"),
  /** Cells are merged, so one value would stand for several. */
  MERGED_CELLS("merged-cells",
      "Les cel·les %s estan combinades; separeu-les i repetiu-hi el valor",
      "Las celdas %s están combinadas; sepárelas y repita el valor",
      "The cells %s are merged; unmerge them and repeat the value"),
  /** A workbook links to other workbooks, whose values import cannot see. */
  EXTERNAL_LINK("external-link",
      "El llibre té enllaços a altres llibres (%s); elimineu-los i escriviu-hi els valors",
      "El libro tiene vínculos a otros libros (%s); elimínelos y escriba los valores",
      "The workbook links to other workbooks (%s); remove the links and type the values"),
  /** A date was stored as a spreadsheet date number where the catalog wants text. */
  DATE_AS_NUMBER("date-as-number",
      "La cel·la és una data desada com a nombre (%s); escriviu-la com a text, per exemple 2019-05-30",
      "La celda es una fecha guardada como número (%s); escríbala como texto, por ejemplo 2019-05-30",
      "The cell is a date stored as a number (%s); type it as text, for example 2019-05-30"),
  /**
   * A cell of an imported workbook or CSV file holds data in a column whose header cell is empty,
   * which import would otherwise ignore.
   *
   * @since 0.2.0
   */
  DATA_WITHOUT_HEADER("data-without-header",
      "La cel·la té dades («%s») però la seva columna no té capçalera; poseu-hi el nom d'una columna del format o buideu-la",
      "La celda tiene datos («%s») pero su columna no tiene cabecera; ponga el nombre de una columna del formato o vacíela",
      "The cell holds data (\"%s\") but its column has no header; name the column as the format does, or clear the cell");

  private final String code;
  private final LocalizedText templates;

  ErrorCode(String code, String ca, String es, String en) {
    this.code = code;
    this.templates = new LocalizedText(ca, es, en);
  }

  @Override
  public String code() {
    return code;
  }

  /** {@return the message templates in ca, es and en, with {@code %s} placeholders} */
  public LocalizedText templates() {
    return templates;
  }

  /**
   * {@return the message in all three languages, with {@code args} inserted verbatim}
   *
   * @param args the values of the {@code %s} placeholders, in order; each is inserted as its
   *     {@code toString()}
   */
  public LocalizedText message(Object... args) {
    return new LocalizedText(
        format(Language.CA, args), format(Language.ES, args), format(Language.EN, args));
  }

  private String format(Language language, Object... args) {
    // String.format only substitutes: arguments are never parsed as templates themselves.
    return String.format(Locale.ROOT, templates.text(language), args);
  }

  @Override
  public String toString() {
    return code;
  }
}
