package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

/**
 * {@code Task_BuildTransferPackage} of {@code transfer}: packages one chunk of the files
 * on the approved list (holds re-checked first) and, after the last, keeps the zipped
 * package with the batch; sets {@code filesToPackage} (the model loops while it is
 * positive) and the progress variables. When every file was put on hold meanwhile, the
 * batch ends with nothing to package ({@code Error_NothingToPackage}).
 */
@Component
class BuildTransferPackageDelegate implements JavaDelegate {

	private final TransferPackaging packaging;

	BuildTransferPackageDelegate(TransferPackaging packaging) {
		this.packaging = packaging;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		PackageChunk chunk = this.packaging.buildChunk((Long) execution.getVariable(Variables.BATCH_ID));
		if (chunk.outcome() == PackageChunk.Outcome.EMPTY) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "every file on the approved list was put on hold");
		}
		execution.getProcessInstance().setVariables(chunk.progress().variables());
		execution.setVariable(Variables.FILES_TO_PACKAGE, chunk.progress().total() - chunk.progress().done());
		if (chunk.outcome() == PackageChunk.Outcome.PACKAGED) {
			execution.setVariable("packageSha256", chunk.packageSha256());
		}
	}

}
