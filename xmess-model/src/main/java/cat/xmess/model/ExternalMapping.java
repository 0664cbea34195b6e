package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A link from a catalog code to a concept of an external vocabulary, such as ESSGlobal.
 *
 * @param target compact URI of the external concept, for example {@code
 *     essglobal:activities-modified/AM60}; prefixes are explained in the catalog documentation
 * @param match the SKOS relation, or {@code null} when the source does not state one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExternalMapping(
    @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]*:\\S+$") String target, @Nullable MatchKind match) {}
