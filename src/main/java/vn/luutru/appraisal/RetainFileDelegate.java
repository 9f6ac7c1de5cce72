package vn.luutru.appraisal;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.TaskInput;
import vn.luutru.process.Variables;

/**
 * {@code Task_RetainFile} of {@code file-appraisal}: the unit keeps the file back with
 * the approval recorded (at most 2 years by default).
 */
@Component
class RetainFileDelegate implements JavaDelegate {

	private final AppraisalService appraisal;

	RetainFileDelegate(AppraisalService appraisal) {
		this.appraisal = appraisal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String until = TaskInput.textOf(execution.getVariable(Variables.RETAINED_UNTIL));
		LocalDate date = (until != null) ? LocalDate.parse(until) : null;
		LocalDate effective = this.appraisal.retain((Long) execution.getVariable(Variables.FILE_ID), date,
				TaskInput.textOf(execution.getVariable(Variables.RETENTION_APPROVAL)),
				(String) execution.getVariable(Variables.DECIDED_BY));
		execution.setVariable(Variables.RETAINED_UNTIL, effective.toString());
	}

}
