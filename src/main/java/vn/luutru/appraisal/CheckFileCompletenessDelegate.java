package vn.luutru.appraisal;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.process.Variables;

/**
 * {@code Task_CheckCompleteness} of {@code file-appraisal}: sets {@code complete} and,
 * when something is missing, the list a clerk sees in the task that follows.
 */
@Component
class CheckFileCompletenessDelegate implements JavaDelegate {

	private final RecordFileLifecycle files;

	private final Completeness completeness;

	CheckFileCompletenessDelegate(RecordFileLifecycle files, Completeness completeness) {
		this.files = files;
		this.completeness = completeness;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RecordFile file = this.files.require((Long) execution.getVariable(Variables.FILE_ID));
		List<String> missing = this.completeness.missing(file);
		execution.setVariable(Variables.COMPLETE, missing.isEmpty());
		execution.setVariable(Variables.MISSING, String.join("\n", missing));
		execution.setVariable(Variables.MAINTENANCE_CODE, file.maintenanceCode());
		execution.setVariable(Variables.RETENTION_YEARS, file.retentionYears());
		execution.setVariable(Variables.ACCESS_MODE, file.accessMode());
	}

}
