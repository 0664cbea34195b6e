package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * The licence of a catalog's data.
 *
 * @param id SPDX identifier, for example {@code CC-BY-4.0}
 * @param url the licence text
 * @param attribution how to credit the data and its sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record License(
    @NotBlank String id,
    @NotBlank @Pattern(regexp = "^https?://\\S+$") String url,
    @NotNull @Valid LocalizedText attribution) {}
