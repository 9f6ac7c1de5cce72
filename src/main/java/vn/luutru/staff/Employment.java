package vn.luutru.staff;

import java.util.Arrays;
import java.util.Optional;

import vn.luutru.common.Text;

/** Full-time (chuyên trách) or part-time (kiêm nhiệm) in records work. */
public enum Employment {

	FULL_TIME("Chuyên trách"), PART_TIME("Kiêm nhiệm");

	private final String label;

	Employment(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Employment> parse(String value) {
		String v = Text.clean(value);
		return (v == null) ? Optional.empty()
				: Arrays.stream(values()).filter((e) -> StaffRole.matches(e.name(), e.label, v)).findFirst();
	}

}
