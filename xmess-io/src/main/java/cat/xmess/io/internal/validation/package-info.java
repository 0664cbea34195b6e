/**
 * The validation layers (schema, bean constraints, integrity) and JSON Pointer helpers.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.io.internal.validation;
