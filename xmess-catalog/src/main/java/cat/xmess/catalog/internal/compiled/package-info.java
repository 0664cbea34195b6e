/**
 * The bundled catalog compiled at build time into a compact binary form that loads without
 * Jackson, as libphonenumber ships its metadata: the JSON file stays the source of truth and the
 * published format; the compiled form is derived from it by the build ({@link
 * cat.xmess.catalog.internal.compiled.CompileBundledCatalog}) and only ever read from the jar.
 *
 * <p>Why: a fresh process that asks one question of the bundled catalog used to spend most of its
 * time building Jackson's deserializers for some forty record types. Reading this form needs a
 * handful of small classes and the records' own constructors, so the model's invariants are
 * enforced exactly as when reading JSON.
 *
 * <p>Internal: not exported by the module; the format may change in any release (the reader and
 * the data always come from the same jar).
 */
package cat.xmess.catalog.internal.compiled;
