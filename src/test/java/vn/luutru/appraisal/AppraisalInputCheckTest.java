package vn.luutru.appraisal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.file.RetentionDeadlines;
import vn.luutru.process.TaskInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The archivist's appraisal of a closed file ({@code Task_AppraiseFile}), on 15/06/2025.
 */
class AppraisalInputCheckTest {

	private final AppraisalInputCheck check = new AppraisalInputCheck(
			new RetentionDeadlines(null, null, null, null, null, null),
			Clock.fixed(Instant.parse("2025-06-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

	@Test
	void guardsTheAppraisalTask() {
		assertThat(this.check.taskKeys()).containsExactly("Task_AppraiseFile");
	}

	@Test
	void depositWithNothingElseIsEnough() {
		assertThatCode(() -> check("appraisalDecision", "DEPOSIT")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "KEEP", "deposit" })
	void refusesAnUnknownDecision(String decision) {
		assertThat(problems(() -> check("appraisalDecision", decision)))
			.containsExactly(FieldProblem.of("appraisalDecision", "error.task.decision", "DEPOSIT, RETAIN"));
	}

	@Test
	void refusesAnUnknownRetentionCode() {
		assertThat(problems(() -> check("appraisalDecision", "DEPOSIT", "maintenanceCode", "08")))
			.containsExactly(FieldProblem.of("maintenanceCode", "error.maintenanceCode"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "100", "5" })
	void otherRetentionTakesOneToAHundredYears(String years) {
		assertThatCode(() -> check("appraisalDecision", "DEPOSIT", "maintenanceCode", "07", "retentionYears", years))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "101", "-5", "năm", "" })
	void otherRetentionRefusesAnyOtherYears(String years) {
		assertThat(
				problems(() -> check("appraisalDecision", "DEPOSIT", "maintenanceCode", "07", "retentionYears", years)))
			.containsExactly(FieldProblem.of("retentionYears", "error.retentionYears"));
	}

	@Test
	void fixedCodesNeedNoYears() {
		assertThatCode(() -> check("appraisalDecision", "DEPOSIT", "maintenanceCode", "06", "retentionYears", "0"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnUnknownAccessMode() {
		assertThat(problems(() -> check("appraisalDecision", "DEPOSIT", "accessMode", "04")))
			.containsExactly(FieldProblem.of("accessMode", "error.accessMode"));
		assertThatCode(() -> check("appraisalDecision", "DEPOSIT", "accessMode", "03")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-06-16", "2027-06-15" })
	void keepingBackRunsFromTomorrowToTwoYearsAhead(String until) {
		assertThatCode(() -> check("appraisalDecision", "RETAIN", "retainedUntil", until, "retentionApproval",
				"Công văn 12/SNV ngày 10/6/2025"))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-06-15", "2025-01-01", "2027-06-16" })
	void keepingBackRefusesTodayThePastAndBeyondTwoYears(String until) {
		assertThat(problems(() -> check("appraisalDecision", "RETAIN", "retainedUntil", until, "retentionApproval",
				"Công văn 12/SNV")))
			.containsExactly(FieldProblem.of("retainedUntil", "error.task.retainedUntil", "15/06/2027"));
	}

	@Test
	void keepingBackRefusesADateThatDoesNotExist() {
		assertThat(problems(() -> check("appraisalDecision", "RETAIN", "retainedUntil", "2026-02-29",
				"retentionApproval", "Công văn 12/SNV")))
			.containsExactly(FieldProblem.of("retainedUntil", "error.invalidDate"));
	}

	@Test
	void keepingBackNeedsTheDateAndTheApprovalAllAtOnce() {
		assertThat(problems(() -> check("appraisalDecision", "RETAIN", "maintenanceCode", "07", "accessMode", "9")))
			.containsExactly(FieldProblem.of("retentionYears", "error.retentionYears"),
					FieldProblem.of("accessMode", "error.accessMode"),
					FieldProblem.of("retainedUntil", "error.task.retainedUntil", "15/06/2027"),
					FieldProblem.of("retentionApproval", "error.task.retentionApproval"));
	}

	private void check(String... nameAndValue) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < nameAndValue.length; i += 2) {
			variables.put(nameAndValue[i], nameAndValue[i + 1]);
		}
		this.check.check(new TaskInput("Task_AppraiseFile", variables));
	}

	private static List<FieldProblem> problems(ThrowingCallable call) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, call);
		assertThat(ex).as("refused").isNotNull();
		return ex.problems();
	}

}
