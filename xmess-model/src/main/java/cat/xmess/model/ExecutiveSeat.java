package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * A member body's seat on the Executive Commission in one mandate.
 *
 * @param office the office held
 * @param memberBody id of the member body
 * @param confidence how well the seat is established
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExecutiveSeat(
    @NotNull Office office,
    @NotBlank @Pattern(regexp = Patterns.KEY) String memberBody,
    @NotNull Confidence confidence) {}
