package vn.luutru.forms;

import java.util.Objects;

/**
 * The top-left block of an administrative document: the managing body (cơ quan chủ quản)
 * above the agency that issues the document.
 *
 * @param parentAgency managing body, e.g. "UBND TỈNH SƠN LA"; {@code null} when there is
 * none
 * @param agency issuing agency, e.g. "SỞ NỘI VỤ"
 */
public record Letterhead(String parentAgency, String agency) {

	public Letterhead {
		Objects.requireNonNull(agency, "agency");
	}

}
