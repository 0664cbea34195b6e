/**
 * JSON and the model both ways (Jackson, kept out of the public API), and content checksums.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.io.internal.codec;
