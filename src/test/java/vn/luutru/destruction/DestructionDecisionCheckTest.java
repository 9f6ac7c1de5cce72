package vn.luutru.destruction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchKind;
import vn.luutru.batch.BatchService;
import vn.luutru.batch.BatchStatus;
import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.process.TaskInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The head's destruction decision: approve or reject; an approval names the decision's
 * number and the day it was signed, between the day the list was drawn up and today.
 */
class DestructionDecisionCheckTest {

	/** 10 March 2026, 09:00 in Sơn La. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"),
			ZoneId.of("Asia/Ho_Chi_Minh"));

	private final BatchService batches = mock(BatchService.class);

	private final DestructionDecisionCheck check = new DestructionDecisionCheck(this.batches, CLOCK);

	@BeforeEach
	void listDrawnUpOnTheSecondOfMarch() {
		// 1 March 2026 at 23:30 UTC is already 2 March in Sơn La
		when(this.batches.require(7L))
			.thenReturn(new Batch(7L, BatchKind.DESTRUCTION, "HUY-2026-001", 10L, "H53.12", "Sở Nội vụ tỉnh Sơn La",
					BatchStatus.AWAITING_APPROVAL, 3, null, null, Instant.parse("2026-03-01T20:00:00Z"), "luutru", null,
					null, null, null, null, null, null, null, null, null, Instant.parse("2026-03-01T23:30:00Z")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "15/QĐ-SNV", "7/2026/QĐ-UBND", "120/QĐ-TTLTLS", "03/QĐ-SGDĐT" })
	void anApprovalWithADecisionNumberAndDatePasses(String number) {
		assertThatCode(() -> check("decision", "APPROVE", "decisionNumber", number, "decisionDate", "2026-03-02"))
			.doesNotThrowAnyException();
	}

	@Test
	void anApprovalNamesItsDecision() {
		assertThat(problems(() -> check("decision", "APPROVE"))).containsExactly(
				FieldProblem.of("decisionNumber", "error.forms.decisionNumberRequired"),
				FieldProblem.of("decisionDate", "error.forms.decisionDateRequired"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Quyết định số 15/QĐ-SNV", "15/QD-SNV", "15/BB-SNV", "QĐ-SNV", "15/QĐ-", "15/qđ-snv" })
	void refusesWhatIsNotADecisionNumber(String number) {
		assertThat(problems(() -> check("decision", "APPROVE", "decisionNumber", number, "decisionDate", "2026-03-05")))
			.containsExactly(FieldProblem.of("decisionNumber", "error.forms.decisionNumber", number));
	}

	@Test
	void refusesADateInTheFutureOrBeforeTheList() {
		assertThat(problems(
				() -> check("decision", "APPROVE", "decisionNumber", "15/QĐ-SNV", "decisionDate", "2026-03-11")))
			.containsExactly(FieldProblem.of("decisionDate", "error.forms.decisionDateFuture", "10/03/2026"));
		assertThat(problems(
				() -> check("decision", "APPROVE", "decisionNumber", "15/QĐ-SNV", "decisionDate", "2026-03-01")))
			.containsExactly(FieldProblem.of("decisionDate", "error.forms.decisionDateBeforeList", "02/03/2026"));
		assertThat(problems(
				() -> check("decision", "APPROVE", "decisionNumber", "15/QĐ-SNV", "decisionDate", "02/03/2026")))
			.containsExactly(FieldProblem.of("decisionDate", "error.forms.decisionDateFormat"));
	}

	@Test
	void aRejectionNeedsReasonsButNoDecisionNumber() {
		assertThatCode(() -> check("decision", "REJECT", "comment", "Còn giá trị tra cứu")).doesNotThrowAnyException();
		assertThat(problems(() -> check("decision", "REJECT")))
			.containsExactly(FieldProblem.of("comment", "error.task.reasonRequired"));
	}

	private void check(String... nameAndValue) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("batchId", 7L);
		for (int i = 0; i < nameAndValue.length; i += 2) {
			variables.put(nameAndValue[i], nameAndValue[i + 1]);
		}
		this.check.check(new TaskInput(DestructionDecisionCheck.TASK, variables));
	}

	private static List<FieldProblem> problems(ThrowingCallable call) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, call);
		assertThat(ex).as("refused").isNotNull();
		return ex.problems();
	}

}
