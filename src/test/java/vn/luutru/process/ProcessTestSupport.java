package vn.luutru.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;

/**
 * Plain engine tests of the models in {@code bpmn/}: the engine of
 * {@code process-test.camunda.cfg.xml}, Mockito mocks in place of the delegate beans, and
 * timer periods from {@link TestLifecycleSettings}. Every test class registers its own
 * {@link #coverage()} extension, so that each model is held to the threshold on its own.
 */
abstract class ProcessTestSupport {

	/** Share of flow nodes and sequence flows a test class must cover in its model. */
	static final double MINIMUM_COVERAGE = 0.9;

	/** Not camunda.cfg.xml: see the comment in the file. */
	static final String ENGINE_CONFIGURATION = "process-test.camunda.cfg.xml";

	final TaskListener taskAuditListener = mock(TaskListener.class, "taskAuditListener");

	/** Checks of the officers' input: they refuse bad input before the model moves on. */
	final TaskListener taskInputCheckListener = mock(TaskListener.class, "taskInputCheckListener");

	private final Map<String, Object> beans = new LinkedHashMap<>();

	static ProcessEngineCoverageExtension coverage() {
		return ProcessEngineCoverageExtension.builder(ENGINE_CONFIGURATION)
			.assertClassCoverageAtLeast(MINIMUM_COVERAGE)
			.build();
	}

	/**
	 * A mock for the delegate bean the model names, e.g. {@code ${depositFileDelegate}}.
	 */
	JavaDelegate delegate(String beanName) {
		JavaDelegate delegate = mock(JavaDelegate.class, beanName);
		this.beans.put(beanName, delegate);
		return delegate;
	}

	@BeforeEach
	void useTestEngineAndMocks(ProcessEngine processEngine) {
		// Set explicitly: Spring Boot tests in the same JVM register engines of their
		// own, and BPMN Assert finds one by itself only when exactly one is registered.
		BpmnAwareTests.init(processEngine);
		Mocks.register("lifecycleSettings", new TestLifecycleSettings());
		Mocks.register("taskAuditListener", this.taskAuditListener);
		Mocks.register("taskInputCheckListener", this.taskInputCheckListener);
		this.beans.forEach(Mocks::register);
	}

	/**
	 * Fires the timer of a step that waited too long (due after {@code period}): the
	 * managers get {@code escalationTask} while the process keeps waiting where it was
	 * ({@code waitingAt}); completing it passes {@code endEvent} and leaves the process
	 * waiting there still.
	 */
	static void escalatesToManagers(ProcessInstance instance, String timerId, String period, String escalationTask,
			String endEvent, String... waitingAt) {
		Job timer = job(timerId, instance);
		assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant())).isCloseTo(Duration.parse(period),
				Duration.ofMinutes(1));
		execute(timer);

		String[] withEscalation = Arrays.copyOf(waitingAt, waitingAt.length + 1);
		withEscalation[waitingAt.length] = escalationTask;
		BpmnAwareTests.assertThat(instance).isWaitingAtExactly(withEscalation);
		BpmnAwareTests.assertThat(task(escalationTask, instance))
			.hasCandidateGroup("manager")
			.hasFormKey("embedded:/forms/escalation.html");
		complete(task(escalationTask, instance));
		BpmnAwareTests.assertThat(instance).hasPassed(endEvent).isWaitingAtExactly(waitingAt);
	}

	@AfterEach
	void forgetTestEngineAndMocks() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

}
