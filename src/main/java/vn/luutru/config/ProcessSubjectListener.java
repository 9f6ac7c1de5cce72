package vn.luutru.config;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

import org.springframework.stereotype.Component;

import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchService;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.process.Variables;

/**
 * Before every step of a process (each service task starts, each user task completes):
 * the file or batch it works on still belongs to the process's agency (its tenant) and is
 * the one the process was started for (its business key). A mismatch throws: a step run
 * by the job executor fails and, after its retries, becomes an incident in Cockpit; a
 * task's completion is refused. Nothing is done to a record of another agency. Added to
 * every model by {@link EngineCommandGuard}.
 */
@Component
class ProcessSubjectListener implements ExecutionListener, TaskListener {

	private final RecordFileLifecycle files;

	private final BatchService batches;

	ProcessSubjectListener(RecordFileLifecycle files, BatchService batches) {
		this.files = files;
		this.batches = batches;
	}

	@Override
	public void notify(DelegateExecution execution) {
		check(execution, execution.getTenantId(), execution.getProcessBusinessKey());
	}

	@Override
	public void notify(DelegateTask task) {
		check(task, task.getTenantId(), task.getExecution().getProcessBusinessKey());
	}

	void check(VariableScope scope, String tenant, String businessKey) {
		Object agency = scope.getVariable(Variables.AGENCY_CODE);
		Object fileId = scope.getVariable(Variables.FILE_ID);
		Object batchId = scope.getVariable(Variables.BATCH_ID);
		if (agency == null && fileId == null && batchId == null) {
			return; // a process of the whole province (the sweep): no agency's records
		}
		if (tenant == null || !tenant.equals(agency)) {
			throw mismatch("agency " + agency + " is not the process's agency " + tenant);
		}
		if (fileId != null) {
			RecordFile file = this.files.require(((Number) fileId).longValue());
			if (!tenant.equals(file.agencyCode()) || !Objects.equals(file.fileCode(), businessKey)
					|| !Objects.equals(file.fileCode(), scope.getVariable(Variables.FILE_CODE))) {
				throw mismatch("file " + fileId + " (" + file.fileCode() + ", " + file.agencyCode()
						+ ") is not the file of process " + businessKey + " of " + tenant);
			}
		}
		if (batchId != null) {
			Batch batch = this.batches.require(((Number) batchId).longValue());
			if (!tenant.equals(batch.agencyCode()) || !Objects.equals(batch.code(), businessKey)
					|| !Objects.equals(batch.code(), scope.getVariable(Variables.BATCH_CODE))) {
				throw mismatch("batch " + batchId + " (" + batch.code() + ", " + batch.agencyCode()
						+ ") is not the batch of process " + businessKey + " of " + tenant);
			}
		}
	}

	private static IllegalStateException mismatch(String what) {
		return new IllegalStateException("Quy trình không làm việc trên hồ sơ của cơ quan khác / "
				+ "A process never acts on another agency's records: " + what);
	}

}
