package vn.luutru.batch;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

import vn.luutru.process.ProcessKeys;
import vn.luutru.process.Variables;

/**
 * Starts the one process instance that drives a batch; its business key is the batch code
 * and its tenant the batch's agency.
 */
@Component
public class BatchProcessStarter {

	private final RuntimeService runtime;

	private final BatchService batches;

	BatchProcessStarter(RuntimeService runtime, BatchService batches) {
		this.runtime = runtime;
		this.batches = batches;
	}

	public String start(Batch batch) {
		String key = (batch.kind() == BatchKind.TRANSFER) ? ProcessKeys.TRANSFER : ProcessKeys.DESTRUCTION;
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(key, batch.code(), Map.of(Variables.BATCH_ID,
				batch.id(), Variables.BATCH_CODE, batch.code(), Variables.AGENCY_CODE, batch.agencyCode()));
		this.batches.linkProcess(batch.id(), instance.getId());
		return instance.getId();
	}

}
