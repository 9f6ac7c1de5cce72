package vn.luutru.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Create or change an agency. On a change, a flag or parent left out (null) keeps its
 * stored value; an empty {@code parentCode} removes the parent.
 */
public record AgencyRequest(@NotBlank String code, @NotBlank @Size(max = 13) String fondsCode,
		@NotBlank @Size(max = 255) String name, String parentCode, Boolean historicalArchive, Boolean transferSource) {

}
