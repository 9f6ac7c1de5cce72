package vn.luutru.config;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * Every user task is named after the batch or file it works on: "Duyệt mục lục hồ sơ nộp
 * lưu — NL-2026-001", so an officer tells two approvals apart in the Tasklist's list
 * without opening them. The code comes from the process's fixed variables (set when it
 * starts, never by a task's answers): the batch code first, as a batch's tasks are about
 * the whole batch, else the file code. A task of the whole province (the sweep's) keeps
 * its model's name.
 */
@Component
class TaskSubjectNames extends AbstractProcessEnginePlugin {

	/** Between the task's name and its code; not a hyphen, which codes contain. */
	static final String SEPARATOR = " — ";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				// Built-in: runs before the model's own listeners and even when they are
				// skipped, so the name never goes without its code.
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskSubjectNames::name);
			}
		});
	}

	static void name(DelegateTask task) {
		String named = named(task.getName(), task.getVariable(Variables.BATCH_CODE),
				task.getVariable(Variables.FILE_CODE));
		if (!named.equals(task.getName())) {
			task.setName(named);
		}
	}

	/** The model's name followed by the subject's code, once. */
	static String named(String name, Object batchCode, Object fileCode) {
		Object code = (batchCode != null) ? batchCode : fileCode;
		if (code == null || code.toString().isBlank()) {
			return name;
		}
		String suffix = SEPARATOR + code;
		if (name == null || name.isBlank()) {
			return code.toString();
		}
		return name.endsWith(suffix) ? name : name + suffix;
	}

}
