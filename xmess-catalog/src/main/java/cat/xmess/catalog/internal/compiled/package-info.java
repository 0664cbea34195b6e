/**
 * The bundled catalog compiled at build time into a compact binary form that loads without
 * Jackson, as libphonenumber ships its metadata: the JSON file stays the source of truth and the
 * published format; the compiled form is derived from it by the build ({@code cat.xmess.catalog.CompileBundledCatalog}
 * in the test sources, since reading JSON takes Jackson) and only ever read from the jar.
 *
 * <p>Reading needs no reflection: the build generates {@code RecordTable} from the model (the
 * record classes, their components' types and a call of each canonical constructor; see
 * {@code src/build/java/GenerateRecordTable.java}). Writing, at build time, looks at the records
 * through reflection ({@code RecordShape}); a property test round-trips random catalogs through both.
 *
 * <p>The same reflective view of the records ({@code RecordShape}) gives the model's canonical JSON
 * ({@link cat.xmess.catalog.internal.compiled.CanonicalJson}), over which {@link
 * cat.xmess.catalog.internal.compiled.ContentChecksum content checksums} are computed and catalogs
 * are diffed, without a JSON library.
 *
 * <p>Why: a fresh process that asks one question of the bundled catalog used to spend most of its
 * time building Jackson's deserializers for some forty record types. Reading this form needs a
 * handful of small classes and the records' own constructors, so the model's invariants are
 * enforced exactly as when reading JSON.
 *
 * <p>Internal: exported only to {@code cat.xmess.io}; the format may change in any release (the
 * reader and the data always come from the same jar).
 */
package cat.xmess.catalog.internal.compiled;
