package vn.luutru.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * {@code sip-receipt}: an invalid SIP ends at once; a valid one waits for the historical
 * archive, which rejects it or accepts it; an accepted SIP is checked again and
 * registered chunk after chunk, each chunk an async step, until no document is left.
 */
@Deployment(resources = "bpmn/sip-receipt.bpmn")
class SipReceiptProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate validate = delegate("validateSipDelegate");

	final JavaDelegate ingest = delegate("ingestSipDelegate");

	final JavaDelegate registerChunk = delegate("registerSipChunkDelegate");

	final JavaDelegate reject = delegate("rejectSipDelegate");

	private final Deque<Integer> documentsLeft = new ArrayDeque<>();

	@BeforeEach
	void chunksLeaveDocuments() throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable("documentsLeft", this.documentsLeft.pop());
			return null;
		}).when(this.registerChunk).execute(any());
	}

	private void answers(JavaDelegate delegate, String variable, boolean value) throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(variable, value);
			return null;
		}).when(delegate).execute(any());
	}

	private static ProcessInstance start() {
		ProcessInstance receipt = runtimeService().startProcessInstanceByKey("sip-receipt", "TIEPNHAN-7",
				withVariables("receiptId", 7L, Variables.AGENCY_CODE, "H53.LT"));
		execute(job("Task_ValidateSip", receipt));
		return receipt;
	}

	private static ProcessInstance decided(String decision) {
		ProcessInstance receipt = start();
		BpmnAwareTests.assertThat(receipt).isWaitingAtExactly("Task_DecideReceipt");
		BpmnAwareTests.assertThat(task("Task_DecideReceipt", receipt))
			.hasCandidateGroup("historical-archive")
			.hasFormKey("embedded:/forms/decide-receipt.html");
		complete(task("Task_DecideReceipt", receipt), withVariables("decision", decision, "comment", "Lý do"));
		return receipt;
	}

	@Test
	void anAcceptedSipIsRegisteredChunkAfterChunk() throws Exception {
		answers(this.validate, "sipValid", true);
		answers(this.ingest, "sipAccepted", true);
		this.documentsLeft.addAll(List.of(3, 1, 0));
		ProcessInstance receipt = decided("APPROVE");
		execute(job("Task_IngestSip", receipt));
		int chunks = 0;
		while (runtimeService().createProcessInstanceQuery().processInstanceId(receipt.getId()).count() > 0
				&& runtimeService().getActiveActivityIds(receipt.getId()).contains("Task_RegisterSipChunk")) {
			execute(job("Task_RegisterSipChunk", receipt));
			chunks++;
		}
		org.assertj.core.api.Assertions.assertThat(chunks).isEqualTo(3);
		BpmnAwareTests.assertThat(receipt).hasPassed("EndEvent_Accepted").isEnded();
		verify(this.registerChunk, times(3)).execute(any());
		verify(this.taskInputCheckListener).notify(any());
		verify(this.taskAuditListener).notify(any());
	}

	@Test
	void aSipChangedSinceItsValidationIsNotRegistered() throws Exception {
		answers(this.validate, "sipValid", true);
		answers(this.ingest, "sipAccepted", false);
		ProcessInstance receipt = decided("APPROVE");
		execute(job("Task_IngestSip", receipt));
		BpmnAwareTests.assertThat(receipt).hasPassed("EndEvent_RegistrationRefused").isEnded();
		verify(this.registerChunk, never()).execute(any());
	}

	@Test
	void theArchiveRejectsAValidSip() throws Exception {
		answers(this.validate, "sipValid", true);
		ProcessInstance receipt = decided("REJECT");
		BpmnAwareTests.assertThat(receipt).hasPassed("Task_RejectSip", "EndEvent_Rejected").isEnded();
		verify(this.reject).execute(any());
		verify(this.ingest, never()).execute(any());
	}

	@Test
	void anInvalidSipEndsAtOnceWithoutATask() throws Exception {
		answers(this.validate, "sipValid", false);
		ProcessInstance receipt = start();
		BpmnAwareTests.assertThat(receipt).hasPassed("EndEvent_Invalid").isEnded();
		verify(this.ingest, never()).execute(any());
	}

}
