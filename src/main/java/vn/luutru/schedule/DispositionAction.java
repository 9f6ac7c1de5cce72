package vn.luutru.schedule;

import java.util.Arrays;
import java.util.Optional;

/** What happens to a file when its retention ends. */
public enum DispositionAction {

	/** Permanent files go to the historical archive. */
	TRANSFER("Nộp lưu lịch sử"),
	/** Fixed-term files are reviewed for destruction. */
	DESTROY("Hủy"),
	/** The council reviews and decides. */
	REVIEW("Xem xét lại");

	private final String label;

	DispositionAction(String label) {
		this.label = label;
	}

	/** The Vietnamese name the exported schedule prints. */
	public String label() {
		return this.label;
	}

	/** The action a sheet names, by its Vietnamese name or its code, in any case. */
	public static Optional<DispositionAction> fromText(String text) {
		return Arrays.stream(values())
			.filter((a) -> a.name().equalsIgnoreCase(text) || a.label.equalsIgnoreCase(text))
			.findFirst();
	}

}
