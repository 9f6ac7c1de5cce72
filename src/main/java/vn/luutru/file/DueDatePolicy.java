package vn.luutru.file;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Derives a file's next deadline from its state and retention (DOMAIN.md §4, §5). How
 * each period is counted, edge cases included (the README repeats it for users):
 * <ul>
 * <li><b>Deposit</b> (Decree 30/2020 Art. 30.2): a period from the day the work ended,
 * {@code endDate + depositWithin}. Counted in years as the Civil Code 2015 (Art. 147-148)
 * counts them: the same day and month, or the last day of the month when that day does
 * not exist; a file ending 29/02/2024 is due 28/02/2025 (29/02/2028 with 4 years). A file
 * ending 31/12 is due 31/12 of the next year. A deadline on a holiday is not moved: the
 * warning comes 30 days ahead anyway.</li>
 * <li><b>Destruction review</b> (TT 10/2022: retention is counted from the year the work
 * ended): by calendar years, so the day does not matter. A file ending in year Y kept N
 * years expires on 31/12/(Y+N) and is reviewed from 01/01/(Y+N+1); 29/02, 01/01 and 31/12
 * of Y all give the same date. N = 0 (refused on input, possible in imported data) means
 * reviewed from 01/01 of the year after the work ended. Without an end date the file's
 * year stands for Y.</li>
 * <li><b>Permanent</b> files are never reviewed for destruction: they are due for
 * transfer by 31/12 of the deposit year plus {@code transferWithinYears} (Archives Law
 * 2024: 5 years counted from the year of deposit, the deposit year being year 0 as the
 * end year is for retention). The deposit year is the year in the agencies' time zone
 * ({@code luutru.time-zone}, Vietnam), so a deposit at 00:30 on 1 January counts for the
 * new year.</li>
 * </ul>
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
