package vn.luutru.dashboard;

import java.time.LocalDate;

/** The deadline windows of the dashboard, counted from today. */
public enum DueWindow {

	/** Due before today. */
	OVERDUE(0),
	/** Due today or within 30 days. */
	D30(30),
	/** Due today or within 90 days. */
	D90(90),
	/** Due today or within 365 days. */
	D365(365);

	private final int days;

	DueWindow(int days) {
		this.days = days;
	}

	/** First day of the window; null when it has none (late files). */
	LocalDate from(LocalDate today) {
		return (this == OVERDUE) ? null : today;
	}

	/** Last day of the window. */
	LocalDate until(LocalDate today) {
		return (this == OVERDUE) ? today.minusDays(1) : today.plusDays(this.days);
	}

}
