package vn.luutru.staff;

import java.util.Arrays;
import java.util.Optional;

import vn.luutru.common.Text;

/** What a member of staff does in the agency's records work. */
public enum StaffRole {

	CLERK("Văn thư"), ARCHIVIST("Lưu trữ"), CLERK_ARCHIVIST("Văn thư kiêm lưu trữ"), SUPERVISOR("Lãnh đạo phụ trách");

	private final String label;

	StaffRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** By name (ARCHIVIST) or by its Vietnamese label, case and spacing ignored. */
	public static Optional<StaffRole> parse(String value) {
		String v = Text.clean(value);
		return (v == null) ? Optional.empty()
				: Arrays.stream(values()).filter((r) -> matches(r.name(), r.label, v)).findFirst();
	}

	static boolean matches(String name, String label, String value) {
		String squashed = value.replaceAll("\\s+", " ");
		return name.equalsIgnoreCase(squashed) || label.equalsIgnoreCase(squashed);
	}

}
