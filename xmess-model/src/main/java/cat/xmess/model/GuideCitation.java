package cat.xmess.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * Where the 2019 ABC guide, <i>L'ABC de l'economia social i solidària als municipis</i>, describes
 * an initiative: the evidence an {@link Initiative} needs before it can be marked {@link
 * AbcGuideStatus#VERIFIED}.
 *
 * <p>The cited source must be one the catalog marks as the guide itself ({@link Source#abcGuide()}),
 * and it must also be among the initiative's {@link Initiative#sourceIds()}; the integrity layer
 * checks both, and requires the citation exactly when the initiative is verified.
 *
 * @param sourceId id of the source that is the guide (a copy or edition of it)
 * @param page the page of that source on which the initiative is described, from 1 to 9999
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record GuideCitation(
    @NotBlank @Pattern(regexp = Patterns.SOURCE_ID) String sourceId,
    @NotNull @Min(1) @Max(9999) Integer page) {}
