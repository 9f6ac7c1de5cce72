package vn.luutru.appraisal;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.luutru.file.FileClosed;
import vn.luutru.process.ProcessKeys;
import vn.luutru.process.Variables;

/**
 * Closing a file starts its appraisal, in the same transaction: a file is never closed
 * without its appraisal process, nor appraised without being closed.
 */
@Component
class FileClosedListener {

	private final RuntimeService runtime;

	FileClosedListener(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@EventListener
	void onFileClosed(FileClosed event) {
		this.runtime.startProcessInstanceByKey(ProcessKeys.FILE_APPRAISAL, event.fileCode(), Map.of(Variables.FILE_ID,
				event.fileId(), Variables.FILE_CODE, event.fileCode(), Variables.AGENCY_CODE, event.agencyCode()));
	}

}
