package vn.luutru.destruction;

import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * {@code Task_ApplyCouncilDecisions}: the council's form list reaches the service as
 * decisions; the gateway after it reads {@code filesLeft}.
 */
class ApplyCouncilDecisionsDelegateTest {

	private final DestructionService destruction = mock(DestructionService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final DestructionDocuments documents = mock(DestructionDocuments.class);

	private final ApplyCouncilDecisionsDelegate delegate = new ApplyCouncilDecisionsDelegate(this.destruction,
			this.documents);

	@Test
	void appliesEveryDecisionTheCouncilSentRewritesTheListAndCountsTheFilesLeft() throws Exception {
		given(Variables.BATCH_ID, 9L);
		// What council-review.html sends.
		given(Variables.COUNCIL_DECISIONS, "[{\"fileId\":11,\"decision\":\"EXTEND\",\"maintenanceCode\":\"07\","
				+ "\"years\":15},{\"fileId\":12,\"decision\":\"DESTROY\"}]");
		given(Variables.DECIDED_BY, "hoidong.minh");
		List<CouncilDecision> decisions = List.of(new CouncilDecision(11L, "EXTEND", "07", 15, null),
				new CouncilDecision(12L, "DESTROY", null, null, null));
		when(this.destruction.applyCouncilDecisions(9L, decisions, "hoidong.minh")).thenReturn(1);

		this.delegate.execute(this.execution);

		verify(this.destruction).applyCouncilDecisions(9L, decisions, "hoidong.minh");
		verify(this.documents).listWithCouncilOpinions(9L);
		verify(this.execution).setVariable(Variables.FILES_LEFT, 1);
	}

	@Test
	void noDecisionsSentMeansNoFileChanges() throws Exception {
		given(Variables.BATCH_ID, 9L);
		given(Variables.DECIDED_BY, "hoidong.minh");
		when(this.destruction.applyCouncilDecisions(9L, List.of(), "hoidong.minh")).thenReturn(5);

		this.delegate.execute(this.execution);

		verify(this.destruction).applyCouncilDecisions(9L, List.of(), "hoidong.minh");
		verify(this.execution).setVariable(Variables.FILES_LEFT, 5);
	}

	@Test
	void everyFileExtendedIsAGatewayPathNotAnError() throws Exception {
		given(Variables.BATCH_ID, 9L);
		given(Variables.COUNCIL_DECISIONS, "[{\"fileId\":11,\"decision\":\"EXTEND\",\"maintenanceCode\":\"01\"}]");
		given(Variables.DECIDED_BY, "hoidong.minh");
		when(this.destruction.applyCouncilDecisions(9L, List.of(new CouncilDecision(11L, "EXTEND", "01", null, null)),
				"hoidong.minh"))
			.thenReturn(0);

		this.delegate.execute(this.execution);

		// Gateway_AnythingToDestroy takes filesLeft == 0 to EndEvent_AllExtended.
		verify(this.execution).setVariable(Variables.FILES_LEFT, 0);
	}

	@Test
	void aListThatIsNotJsonFailsTheStepAndChangesNothing() throws Exception {
		given(Variables.BATCH_ID, 9L);
		given(Variables.COUNCIL_DECISIONS, "11=EXTEND");
		given(Variables.DECIDED_BY, "hoidong.minh");

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOf(IllegalArgumentException.class)
			.isNotInstanceOf(BpmnError.class)
			.hasMessageStartingWith(Variables.COUNCIL_DECISIONS + " is not a JSON list");
		verifyNoInteractions(this.destruction);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	@Test
	void aServiceFailurePropagates() throws Exception {
		IllegalStateException down = new IllegalStateException("database unavailable");
		given(Variables.BATCH_ID, 9L);
		given(Variables.DECIDED_BY, "hoidong.minh");
		when(this.destruction.applyCouncilDecisions(9L, List.of(), "hoidong.minh")).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	private void given(String name, Object value) {
		when(this.execution.getVariable(name)).thenReturn(value);
	}

}
