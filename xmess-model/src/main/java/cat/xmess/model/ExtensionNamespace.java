package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * A namespace under which a council adds its own fields to records, declared once in a catalog's
 * metadata. Records carry the fields in their {@code extensions} object, keyed by {@code prefix};
 * the SDK keeps them unchanged through loading, merging and writing, and never interprets them.
 *
 * @param prefix short key used in records' {@code extensions}, lowercase kebab-case, for example
 *     {@code bcn}
 * @param uri the namespace's IRI, which the JSON-LD export uses as the base of the fields' IRIs
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExtensionNamespace(
    @NotBlank @Pattern(regexp = Patterns.KEY) String prefix,
    @NotBlank @Pattern(regexp = "^https?://\\S+$") String uri) {}
