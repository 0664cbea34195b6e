package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A figure reported by the sources about an initiative. Exactly one of {@code value} and {@code
 * text} is set: a number when the source gives one, a text for ranges and approximations.
 *
 * @param name snake_case name; a suffix gives the unit ({@code _eur}, {@code _pct})
 * @param value the number, or {@code null}
 * @param text the figure as stated (for example {@code about 7000-7500}), or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Figure(
    @NotBlank @Pattern(regexp = "^[a-z0-9]+(_[a-z0-9]+)*$") String name,
    @Nullable BigDecimal value,
    @Pattern(regexp = Patterns.NOT_BLANK) @Nullable String text) {}
