package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * A Catalan comarca, identified by its two-digit Idescat code.
 *
 * @param code Idescat comarca code, {@code 01} to {@code 43}
 * @param name its name in Catalan, for example {@code Vallès Occidental}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Comarca(@NotBlank @Pattern(regexp = "^[0-9]{2}$") String code, @NotBlank String name) {}
