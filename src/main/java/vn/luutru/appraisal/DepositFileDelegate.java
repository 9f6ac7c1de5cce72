package vn.luutru.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.TaskInput;
import vn.luutru.process.Variables;

/**
 * {@code Task_DepositFile} of {@code file-appraisal}: the file enters the agency archive.
 */
@Component
class DepositFileDelegate implements JavaDelegate {

	private final AppraisalService appraisal;

	DepositFileDelegate(AppraisalService appraisal) {
		this.appraisal = appraisal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// Read as the appraisal's input check read them (a number sent as text, trimmed
		// codes).
		this.appraisal.deposit((Long) execution.getVariable(Variables.FILE_ID),
				TaskInput.textOf(execution.getVariable(Variables.MAINTENANCE_CODE)),
				TaskInput.integerOf(execution.getVariable(Variables.RETENTION_YEARS)),
				TaskInput.textOf(execution.getVariable(Variables.ACCESS_MODE)),
				(String) execution.getVariable(Variables.DECIDED_BY));
	}

}
