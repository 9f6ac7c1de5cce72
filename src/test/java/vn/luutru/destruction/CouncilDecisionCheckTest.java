package vn.luutru.destruction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.luutru.batch.BatchService;
import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.file.DueDatePolicies;
import vn.luutru.process.TaskInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.luutru.file.RecordFiles.aFile;

/**
 * The council's decisions ({@code Task_CouncilReview}) on 15/06/2025, for files 11 (work
 * ended 2010) and 12 (work ended 2020) on the list.
 */
class CouncilDecisionCheckTest {

	static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

	private final BatchService batches = mock(BatchService.class);

	private final CouncilDecisionCheck check = new CouncilDecisionCheck(this.batches,
			DueDatePolicies.withDefaults(TODAY), TODAY);

	CouncilDecisionCheckTest() {
		when(this.batches.files(7L)).thenReturn(List.of(aFile().id(11).endDate(LocalDate.of(2010, 5, 5)).build(),
				aFile().id(12).endDate(LocalDate.of(2020, 2, 29)).build()));
	}

	@Test
	void guardsTheCouncilReview() {
		assertThat(this.check.taskKeys()).containsExactly("Task_CouncilReview");
	}

	@Test
	void destroyOrExtendWithARealPeriod() {
		assertThatCode(() -> check("[{\"fileId\":11,\"decision\":\"DESTROY\"},"
				+ "{\"fileId\":12,\"decision\":\"EXTEND\",\"maintenanceCode\":\"01\"}]"))
			.doesNotThrowAnyException();
		assertThatCode(() -> check("[{\"fileId\":12,\"decision\":\"EXTEND\",\"maintenanceCode\":\"07\",\"years\":6}]"))
			.doesNotThrowAnyException();
	}

	@Test
	void noDecisionsIsNoProblemForThisCheck() {
		assertThatCode(() -> check("")).doesNotThrowAnyException();
	}

	@Test
	void refusesDecisionsThatAreNotAList() {
		assertThat(problems(() -> check("DESTROY")))
			.containsExactly(FieldProblem.of("councilDecisions", "error.format"));
	}

	@Test
	void everyDecisionIsForAFileOnTheListAndIsDestroyOrExtend() {
		assertThat(problems(() -> check("[{\"fileId\":99,\"decision\":\"DESTROY\"},{\"decision\":\"DESTROY\"},"
				+ "{\"fileId\":11,\"decision\":\"KEEP\"}]")))
			.containsExactly(FieldProblem.of("councilDecisions[0].fileId", "error.task.notInBatch", "99"),
					FieldProblem.of("councilDecisions[1].fileId", "error.task.notInBatch", "null"),
					FieldProblem.of("councilDecisions[2].decision", "error.task.decision", "DESTROY, EXTEND"));
	}

	@Test
	void extensionNeedsAKnownCode() {
		assertThat(problems(() -> check("[{\"fileId\":11,\"decision\":\"EXTEND\",\"maintenanceCode\":\"99\"}]")))
			.containsExactly(FieldProblem.of("councilDecisions[0].maintenanceCode", "error.maintenanceCode"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "101", "null" })
	void otherRetentionNeedsOneToAHundredYears(String years) {
		assertThat(problems(() -> check(
				"[{\"fileId\":12,\"decision\":\"EXTEND\",\"maintenanceCode\":\"07\",\"years\":" + years + "}]")))
			.containsExactly(FieldProblem.of("councilDecisions[0].years", "error.retentionYears"));
	}

	@Test
	void extensionThatFallsDueAtOnceIsRefused() {
		// Work ended 29/02/2020: 5 years are reviewed from 01/01/2026, 4 from 01/01/2025,
		// which has passed.
		assertThatCode(() -> check("[{\"fileId\":12,\"decision\":\"EXTEND\",\"maintenanceCode\":\"07\",\"years\":5}]"))
			.doesNotThrowAnyException();
		assertThat(problems(
				() -> check("[{\"fileId\":12,\"decision\":\"EXTEND\",\"maintenanceCode\":\"07\",\"years\":4}]")))
			.containsExactly(FieldProblem.of("councilDecisions[0].years", "error.task.extensionDueAtOnce",
					"000.00.06.H53.2015.12.VP", 4, "01/01/2025"));
		assertThat(problems(() -> check("[{\"fileId\":11,\"decision\":\"EXTEND\",\"maintenanceCode\":\"06\"}]")))
			.as("a 10-year code from 2010 ends in 2020")
			.containsExactly(FieldProblem.of("councilDecisions[0].years", "error.task.extensionDueAtOnce",
					"000.00.06.H53.2015.11.VP", 10, "01/01/2021"));
	}

	private void check(String decisions) {
		this.check.check(new TaskInput("Task_CouncilReview", Map.of("batchId", 7L, "councilDecisions", decisions)));
	}

	private static List<FieldProblem> problems(ThrowingCallable call) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, call);
		assertThat(ex).as("refused").isNotNull();
		return ex.problems();
	}

}
