package vn.luutru.transfer;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

/**
 * {@code Task_BuildTransferPackage} of {@code transfer}: the zipped package of the files
 * on the approved list (holds re-checked first), kept with the batch; when every file was
 * put on hold meanwhile, the batch ends with nothing to package
 * ({@code Error_NothingToPackage}).
 */
@Component
class BuildTransferPackageDelegate implements JavaDelegate {

	private final TransferPackaging packaging;

	BuildTransferPackageDelegate(TransferPackaging packaging) {
		this.packaging = packaging;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		Optional<String> sha256 = this.packaging.build((Long) execution.getVariable(Variables.BATCH_ID));
		if (sha256.isEmpty()) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "every file on the approved list was put on hold");
		}
		execution.setVariable("packageSha256", sha256.get());
	}

}
