package vn.luutru.destruction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_RecheckHolds}: the head's approval is recorded; files put on hold meanwhile
 * are dropped, and a batch left empty ends on {@code BATCH_EMPTY}.
 */
class RecheckDestructionHoldsDelegateTest {

	private final DestructionService destruction = mock(DestructionService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final RecheckDestructionHoldsDelegate delegate = new RecheckDestructionHoldsDelegate(this.destruction,
			Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

	@Test
	void recordsTheHeadsApprovalAndCountsTheFilesLeft() {
		given(Variables.BATCH_ID, 9L);
		given(Variables.DECIDED_BY, "lanhdao.hung");
		given(Variables.COMMENT, "Đồng ý hủy");
		when(this.destruction.approveAndRecheckHolds(9L, "lanhdao.hung", "Đồng ý hủy", null, null)).thenReturn(4);

		this.delegate.execute(this.execution);

		verify(this.destruction).approveAndRecheckHolds(9L, "lanhdao.hung", "Đồng ý hủy", null, null);
		verify(this.execution).setVariable(Variables.FILES_LEFT, 4);
	}

	@Test
	void passesTheDecisionsNumberAndDateAsTheFormSentThem() {
		given(Variables.BATCH_ID, 9L);
		given(Variables.DECIDED_BY, "lanhdao.hung");
		given(Variables.DECISION_NUMBER, " 15/QĐ-SNV ");
		given(Variables.DECISION_DATE, "2026-03-02");
		when(this.destruction.approveAndRecheckHolds(9L, "lanhdao.hung", null, "15/QĐ-SNV", LocalDate.of(2026, 3, 2)))
			.thenReturn(3);

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable(Variables.FILES_LEFT, 3);
	}

	@Test
	void anApprovalWithoutCommentPassesNoNote() {
		given(Variables.BATCH_ID, 9L);
		given(Variables.DECIDED_BY, "lanhdao.hung");
		when(this.destruction.approveAndRecheckHolds(9L, "lanhdao.hung", null, null, null)).thenReturn(2);

		this.delegate.execute(this.execution);

		verify(this.destruction).approveAndRecheckHolds(9L, "lanhdao.hung", null, null, null);
		verify(this.execution).setVariable(Variables.FILES_LEFT, 2);
	}

	@Test
	void everyFileHeldEndsTheBatch() {
		given(Variables.BATCH_ID, 9L);
		given(Variables.DECIDED_BY, "lanhdao.hung");
		when(this.destruction.approveAndRecheckHolds(9L, "lanhdao.hung", null, null, null)).thenReturn(0);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOfSatisfying(BpmnError.class,
				(error) -> assertThat(error.getErrorCode()).isEqualTo(Decisions.ERROR_BATCH_EMPTY));
		verify(this.execution).setVariable(Variables.FILES_LEFT, 0);
	}

	@Test
	void aServiceFailurePropagatesAndIsNotTakenForAnEmptyBatch() {
		IllegalStateException down = new IllegalStateException("database unavailable");
		given(Variables.BATCH_ID, 9L);
		given(Variables.DECIDED_BY, "lanhdao.hung");
		when(this.destruction.approveAndRecheckHolds(9L, "lanhdao.hung", null, null, null)).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	private void given(String name, Object value) {
		when(this.execution.getVariable(name)).thenReturn(value);
	}

}
