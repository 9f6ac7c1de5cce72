package vn.luutru.process;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;

/**
 * {@code retention-sweep}: daily on a timer or on demand by message, due files are
 * batched and the archivists warned.
 */
@Deployment(resources = "bpmn/retention-sweep.bpmn")
class RetentionSweepProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate batchDueFiles = delegate("batchDueFilesDelegate");

	final JavaDelegate warnArchivists = delegate("warnArchivistsDelegate");

	private Object sweepSeenByWarning;

	@BeforeEach
	void delegatesActLikeTheRealOnes() throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			if (execution.getVariable(Variables.SWEEP_ID) == null) {
				// A timer-started run opens its own sweep record.
				execution.setVariable(Variables.SWEEP_ID, 99L);
			}
			execution.setVariable("batchesStarted", 2);
			return null;
		}).when(this.batchDueFiles).execute(any());
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			this.sweepSeenByWarning = execution.getVariable(Variables.SWEEP_ID);
			execution.setVariable("filesWarned", 5);
			return null;
		}).when(this.warnArchivists).execute(any());
	}

	@Test
	void dailyTimerStartsASweepThatBatchesAndWarns() throws Exception {
		Job daily = jobQuery().processDefinitionKey(ProcessKeys.RETENTION_SWEEP).timers().singleResult();
		LocalDateTime due = LocalDateTime.ofInstant(daily.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(due.toLocalTime()).hasToString("01:30");
		assertThat(due).isBetween(LocalDateTime.now(), LocalDateTime.now().plusDays(1));
		assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

		execute(daily);

		ProcessInstance sweep = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(ProcessKeys.RETENTION_SWEEP)
			.singleResult();
		BpmnAwareTests.assertThat(sweep).isWaitingAtExactly("Task_BatchDueFiles");
		runsToTheEnd(sweep);
		BpmnAwareTests.assertThat(sweep).hasPassed("StartEvent_Daily").hasNotPassed("StartEvent_OnDemand");
		assertThat(this.sweepSeenByWarning).isEqualTo(99L);
		// The next day's timer is already waiting.
		assertThat(jobQuery().processDefinitionKey(ProcessKeys.RETENTION_SWEEP).timers().count()).isOne();
	}

	@Test
	void sweepRequestedByMessageBatchesAndWarnsInItsOwnSweep() throws Exception {
		ProcessInstance sweep = runtimeService().createMessageCorrelation(ProcessKeys.SWEEP_REQUESTED)
			.processInstanceBusinessKey("sweep-7")
			.setVariable(Variables.SWEEP_ID, 7L)
			.correlateStartMessage();

		BpmnAwareTests.assertThat(sweep).isWaitingAtExactly("Task_BatchDueFiles");
		runsToTheEnd(sweep);
		BpmnAwareTests.assertThat(sweep).hasPassed("StartEvent_OnDemand").hasNotPassed("StartEvent_Daily");
		assertThat(this.sweepSeenByWarning).isEqualTo(7L);
	}

	private void runsToTheEnd(ProcessInstance sweep) throws Exception {
		execute(job("Task_BatchDueFiles", sweep));
		BpmnAwareTests.assertThat(sweep).isWaitingAtExactly("Task_WarnArchivists");
		execute(job("Task_WarnArchivists", sweep));
		BpmnAwareTests.assertThat(sweep)
			.hasPassedInOrder("Task_BatchDueFiles", "Task_WarnArchivists", "EndEvent_SweepDone")
			.isEnded();
		BpmnAwareTests.assertThat(sweep).variables().containsEntry("batchesStarted", 2).containsEntry("filesWarned", 5);
		InOrder order = inOrder(this.batchDueFiles, this.warnArchivists);
		order.verify(this.batchDueFiles).execute(any());
		order.verify(this.warnArchivists).execute(any());
	}

}
