package vn.luutru.file;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Derives a file's next deadline from its state and retention (DOMAIN.md §4): deposit 1
 * year after the work ended; permanent files transferred within 5 years of the deposit
 * year; fixed-term files eligible for destruction review from 1 January after the year
 * the work ended plus the retention years.
 */
@Component
public class DueDatePolicy {

	private final RetentionDeadlines deadlines;

	private final ZoneId zone;

	DueDatePolicy(RetentionDeadlines deadlines, java.time.Clock clock) {
		this.deadlines = deadlines;
		this.zone = clock.getZone();
	}

	/**
	 * The deadline and its action, or null when nothing is due (open, transferred...).
	 */
	public Due of(RecordFile f) {
		return switch (f.status()) {
			case CLOSED -> (f.endDate() == null) ? null
					: new Due(f.endDate().plus(this.deadlines.depositWithin()), DueAction.DEPOSIT);
			case RETAINED_BY_UNIT -> (f.retainedUntil() == null) ? null : new Due(f.retainedUntil(), DueAction.DEPOSIT);
			case DEPOSITED, TRANSFER_PENDING, UNDER_DESTRUCTION_REVIEW -> deposited(f);
			default -> null;
		};
	}

	private Due deposited(RecordFile f) {
		if (f.retentionYears() == null) {
			int depositYear = (f.depositedAt() != null) ? f.depositedAt().atZone(this.zone).getYear()
					: LocalDate.now(this.zone).getYear();
			return new Due(LocalDate.of(depositYear + this.deadlines.transferWithinYears(), 12, 31),
					DueAction.TRANSFER);
		}
		int endYear = (f.endDate() != null) ? f.endDate().getYear() : f.fileYear();
		return new Due(LocalDate.of(endYear + f.retentionYears() + 1, 1, 1), DueAction.DESTRUCTION_REVIEW);
	}

	/** How early the sweep puts a file with this action into a batch. */
	public LocalDate batchHorizon(DueAction action, LocalDate today) {
		return (action == DueAction.TRANSFER) ? today.plus(this.deadlines.transferLead()) : today;
	}

	public RetentionDeadlines deadlines() {
		return this.deadlines;
	}

	/** A deadline and what falls due then. */
	public record Due(LocalDate on, DueAction action) {

	}

}
