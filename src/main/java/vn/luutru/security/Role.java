package vn.luutru.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of DESIGN.md §1. Each is a group in Camunda's identity service, so that the
 * Tasklist routes tasks by the same names the API checks.
 */
public enum Role {

	CLERK("clerk", "Văn thư / Cán bộ lập hồ sơ"), ARCHIVIST("archivist", "Lưu trữ viên"),
	AGENCY_HEAD("agency-head", "Lãnh đạo cơ quan"), COUNCIL("council", "Hội đồng xác định giá trị tài liệu"),
	HISTORICAL_ARCHIVE("historical-archive", "Lưu trữ lịch sử"), MANAGER("manager", "Sở Nội vụ / Lãnh đạo quản lý"),
	ADMIN("camunda-admin", "Quản trị hệ thống"),
	/**
	 * A reader (độc giả) registered from outside: no right over any agency's records but
	 * through his grants, no Tasklist, no engine API (ReaderConfinement).
	 */
	READER("reader", "Độc giả");

	private final String groupId;

	private final String label;

	Role(String groupId, String label) {
		this.groupId = groupId;
		this.label = label;
	}

	public String groupId() {
		return this.groupId;
	}

	public String label() {
		return this.label;
	}

	/** The Spring Security authority, e.g. ROLE_AGENCY_HEAD. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether this role belongs to an officer working in the Tasklist. */
	public boolean officer() {
		return this != ADMIN && this != READER;
	}

	public static Optional<Role> fromGroupId(String groupId) {
		return Arrays.stream(values()).filter((r) -> r.groupId.equals(groupId)).findFirst();
	}

	public static Optional<Role> parse(String value) {
		return Arrays.stream(values())
			.filter((r) -> r.name().equalsIgnoreCase(value) || r.groupId.equalsIgnoreCase(value))
			.findFirst();
	}

}
