/**
 * The loading pipeline of user catalogs: bounded input, syntax, schema, constraints, integrity.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.io.internal.load;
