package vn.luutru.forms;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The line that marks whatever LuuTru renders for printing (Decree 30 Annex VI III.6.k):
 * who printed it and when. Every renderer (reports, search results, file exports, batch
 * lists and minutes, reader copies) prints this one line.
 */
public final class PrintMark {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private PrintMark() {
	}

	/** "Nguyễn Văn An (vanthu)": how the line names who printed. */
	public static String who(String fullName, String login) {
		if (fullName == null || fullName.isBlank() || fullName.equals(login)) {
			return login;
		}
		return fullName + " (" + login + ")";
	}

	/**
	 * "In bởi Nguyễn Văn An (vanthu) lúc 08:15 05/03/2026 / Printed by Nguyễn Văn An
	 * (vanthu) at 08:15 on 2026-03-05".
	 */
	public static String line(String who, LocalDateTime at) {
		String time = TIME.format(at);
		return "In bởi " + who + " lúc " + time + " " + DAY.format(at) + " / Printed by " + who + " at " + time + " on "
				+ at.toLocalDate();
	}

}
