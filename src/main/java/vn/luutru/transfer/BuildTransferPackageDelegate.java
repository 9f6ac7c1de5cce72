package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_BuildTransferPackage} of {@code transfer}: the zipped package of the files
 * on the approved list (holds re-checked first), kept with the batch.
 */
@Component
class BuildTransferPackageDelegate implements JavaDelegate {

	private final TransferPackaging packaging;

	BuildTransferPackageDelegate(TransferPackaging packaging) {
		this.packaging = packaging;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		execution.setVariable("packageSha256", this.packaging.build((Long) execution.getVariable(Variables.BATCH_ID)));
	}

}
