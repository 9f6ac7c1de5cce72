package vn.luutru.transfer.doc;

import java.util.Objects;

/**
 * One side of a handover: the organisation and the person who signs for it.
 *
 * @param organisation e.g. "Sở Nội vụ tỉnh Sơn La"
 * @param representative full name, e.g. "Nguyễn Thị Hòa"
 * @param position chức vụ, e.g. "Chánh Văn phòng"
 */
public record Party(String organisation, String representative, String position) {

	public Party {
		Objects.requireNonNull(organisation, "organisation");
		Objects.requireNonNull(representative, "representative");
		Objects.requireNonNull(position, "position");
	}

}
