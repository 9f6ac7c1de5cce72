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
			case DEPOSITED -> notBefore(deposited(f), f.returnedOn());
			case TRANSFER_PENDING, UNDER_DESTRUCTION_REVIEW -> deposited(f);
			default -> null;
		};
	}

	/**
	 * A file sent back from a batch is not listed again before its cool-off ends: its
	 * deadline moves so that the sweep's horizon reaches it only then.
	 */
	private Due notBefore(Due due, LocalDate returnedOn) {
		if (returnedOn == null) {
			return due;
		}
		LocalDate listAgain = returnedOn.plus(this.deadlines.reconsiderAfter());
		LocalDate earliest = (due.action() == DueAction.TRANSFER) ? listAgain.plus(this.deadlines.transferLead())
				: listAgain;
		return due.on().isBefore(earliest) ? new Due(earliest, due.action()) : due;
	}

	private Due deposited(RecordFile f) {
		if (f.retentionYears() == null) {
			int depositYear = (f.depositedAt() != null) ? f.depositedAt().atZone(this.zone).getYear()
					: LocalDate.now(this.zone).getYear();
			return new Due(LocalDate.of(depositYear + this.deadlines.transferWithinYears(), 12, 31),
					DueAction.TRANSFER);
		}
		return new Due(destructionReviewOn(f, f.retentionYears()), DueAction.DESTRUCTION_REVIEW);
	}

	/**
	 * When a file kept for a number of years falls due for destruction review: on 1
	 * January after its last year, counted from the year its file ends.
	 */
	public LocalDate destructionReviewOn(RecordFile f, int retentionYears) {
		int endYear = (f.endDate() != null) ? f.endDate().getYear() : f.fileYear();
		return LocalDate.of(endYear + retentionYears + 1, 1, 1);
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
