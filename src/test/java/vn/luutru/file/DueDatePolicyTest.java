package vn.luutru.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.luutru.file.DueDatePolicy.Due;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.file.RecordFiles.aFile;

/** How deadlines are counted (DOMAIN.md §4–5), edge days included. */
class DueDatePolicyTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T03:00:00Z"), VIETNAM);

	private final DueDatePolicy policy = policy(defaults());

	static RetentionDeadlines defaults() {
		return new RetentionDeadlines(null, null, null, null, null, null);
	}

	static DueDatePolicy policy(RetentionDeadlines deadlines) {
		return new DueDatePolicy(deadlines, TODAY);
	}

	@Test
	void defaultsFollowDecree30AndTheArchivesLaw2024() {
		RetentionDeadlines d = defaults();
		assertThat(d.depositWithin()).isEqualTo(Period.ofYears(1));
		assertThat(d.transferWithinYears()).isEqualTo(5);
		assertThat(d.maxRetainedByUnit()).isEqualTo(Period.ofYears(2));
		assertThat(d.warningWindow()).isEqualTo(Period.ofDays(30));
		assertThat(d.transferLead()).isEqualTo(Period.ofMonths(12));
		assertThat(d.reconsiderAfter()).isEqualTo(Period.ofMonths(6));
	}

	@ParameterizedTest(name = "work ended {0}: deposit due {1}")
	@CsvSource({ "2024-06-15, 2025-06-15", "2024-02-29, 2025-02-28", "2024-12-31, 2025-12-31", "2024-01-01, 2025-01-01",
			"2023-03-01, 2024-03-01" })
	void closedFileIsDueForDepositOneYearAfterTheWorkEnded(LocalDate ended, LocalDate due) {
		assertThat(this.policy.of(aFile().endDate(ended).build())).isEqualTo(new Due(due, DueAction.DEPOSIT));
	}

	@Test
	void leapDayComesBackWhenTheDepositPeriodEndsInALeapYear() {
		DueDatePolicy fourYears = policy(new RetentionDeadlines(Period.ofYears(4), null, null, null, null, null));
		assertThat(fourYears.of(aFile().endDate(LocalDate.of(2024, 2, 29)).build()).on())
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void depositWithinSixtyDaysCountsDays() {
		DueDatePolicy sixtyDays = policy(new RetentionDeadlines(Period.ofDays(60), null, null, null, null, null));
		assertThat(sixtyDays.of(aFile().endDate(LocalDate.of(2024, 12, 31)).build()).on())
			.isEqualTo(LocalDate.of(2025, 3, 1));
	}

	@Test
	void closedFileWithoutEndDateHasNoDeadline() {
		assertThat(this.policy.of(aFile().endDate(null).build())).isNull();
	}

	@Test
	void fileKeptBackByItsUnitIsDueWhenTheApprovalEnds() {
		LocalDate until = LocalDate.of(2026, 5, 31);
		assertThat(this.policy.of(aFile().status(FileStatus.RETAINED_BY_UNIT).retainedUntil(until).build()))
			.isEqualTo(new Due(until, DueAction.DEPOSIT));
		assertThat(this.policy.of(aFile().status(FileStatus.RETAINED_BY_UNIT).build())).isNull();
	}

	@ParameterizedTest(name = "work ended {0}, kept {1} years: review from {2}")
	@CsvSource({ "2015-12-20, 10, 2026-01-01", "2015-01-01, 10, 2026-01-01", "2015-12-31, 10, 2026-01-01",
			"2016-02-29, 10, 2027-01-01", "2016-02-29, 1, 2018-01-01", "2015-06-30, 70, 2086-01-01",
			"2024-12-31, 0, 2025-01-01" })
	void destructionReviewIsCountedInCalendarYearsFromTheYearTheWorkEnded(LocalDate ended, int years,
			LocalDate review) {
		RecordFile file = aFile().status(FileStatus.DEPOSITED)
			.endDate(ended)
			.retentionYears(years)
			.depositedAt(Instant.parse("2016-03-01T02:00:00Z"))
			.build();
		assertThat(this.policy.of(file)).isEqualTo(new Due(review, DueAction.DESTRUCTION_REVIEW));
		assertThat(this.policy.destructionReviewOn(file, years)).isEqualTo(review);
	}

	@Test
	void withoutEndDateTheFileYearIsTheYearTheWorkEnded() {
		RecordFile file = aFile().status(FileStatus.DEPOSITED).fileYear(2012).endDate(null).retentionYears(5).build();
		assertThat(this.policy.of(file).on()).isEqualTo(LocalDate.of(2018, 1, 1));
	}

	@Test
	void permanentFileIsDueForTransferByTheEndOfTheFifthYearAfterItsDeposit() {
		RecordFile file = aFile().status(FileStatus.DEPOSITED)
			.retentionYears(null)
			.depositedAt(Instant.parse("2024-03-01T02:00:00Z"))
			.build();
		assertThat(this.policy.of(file)).isEqualTo(new Due(LocalDate.of(2029, 12, 31), DueAction.TRANSFER));
	}

	@Test
	void depositYearIsTheVietnameseYear() {
		// 31/12/2024 17:30 UTC is 01/01/2025 00:30 in Hà Nội.
		RecordFile file = aFile().status(FileStatus.DEPOSITED)
			.retentionYears(null)
			.depositedAt(Instant.parse("2024-12-31T17:30:00Z"))
			.build();
		assertThat(this.policy.of(file).on()).isEqualTo(LocalDate.of(2030, 12, 31));
	}

	@Test
	void transferPeriodIsAProperty() {
		DueDatePolicy oldLaw = policy(new RetentionDeadlines(null, 10, null, null, null, null));
		RecordFile file = aFile().status(FileStatus.DEPOSITED)
			.retentionYears(null)
			.depositedAt(Instant.parse("2024-03-01T02:00:00Z"))
			.build();
		assertThat(oldLaw.of(file).on()).isEqualTo(LocalDate.of(2034, 12, 31));
	}

	@Test
	void fileSentBackFromABatchIsNotDueBeforeItsCoolOffEnds() {
		RecordFile expired = aFile().status(FileStatus.DEPOSITED).returnedOn(LocalDate.of(2026, 3, 1)).build();
		assertThat(this.policy.of(expired)).isEqualTo(new Due(LocalDate.of(2026, 9, 1), DueAction.DESTRUCTION_REVIEW));

		RecordFile permanent = aFile().status(FileStatus.DEPOSITED)
			.retentionYears(null)
			.depositedAt(Instant.parse("2016-03-01T02:00:00Z"))
			.returnedOn(LocalDate.of(2026, 3, 1))
			.build();
		assertThat(this.policy.of(permanent).on()).as("listed again with the transfer lead: 6 + 12 months")
			.isEqualTo(LocalDate.of(2027, 9, 1));
	}

	@Test
	void coolOffDoesNotBringALaterDeadlineForward() {
		RecordFile file = aFile().status(FileStatus.DEPOSITED)
			.endDate(LocalDate.of(2020, 5, 5))
			.returnedOn(LocalDate.of(2026, 3, 1))
			.build();
		assertThat(this.policy.of(file).on()).isEqualTo(LocalDate.of(2031, 1, 1));
	}

	@ParameterizedTest
	@EnumSource(value = FileStatus.class, names = { "TRANSFER_PENDING", "UNDER_DESTRUCTION_REVIEW" })
	void fileOnABatchKeepsItsDeadlineWithoutCoolOff(FileStatus status) {
		RecordFile file = aFile().status(status).returnedOn(LocalDate.of(2026, 3, 1)).build();
		assertThat(this.policy.of(file)).isEqualTo(new Due(LocalDate.of(2026, 1, 1), DueAction.DESTRUCTION_REVIEW));
	}

	@ParameterizedTest
	@EnumSource(value = FileStatus.class, names = { "OPEN", "TRANSFERRED", "DESTROYED" })
	void nothingFallsDueForOpenTransferredOrDestroyedFiles(FileStatus status) {
		assertThat(this.policy.of(aFile().status(status).build())).isNull();
	}

	@Test
	void sweepListsTransfersTwelveMonthsAheadAndDestructionsWhenDue() {
		LocalDate today = LocalDate.of(2025, 6, 15);
		assertThat(this.policy.batchHorizon(DueAction.TRANSFER, today)).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(this.policy.batchHorizon(DueAction.DESTRUCTION_REVIEW, today)).isEqualTo(today);
	}

}
