package vn.luutru.transfer;

import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

/**
 * {@code Task_VerifyPackageFixity} of {@code transfer}: every checksum in the package
 * against the content store; a mismatch takes the error path
 * ({@code Error_FixityMismatch}) and nothing moves.
 */
@Component
class VerifyPackageFixityDelegate implements JavaDelegate {

	private final TransferPackaging packaging;

	VerifyPackageFixityDelegate(TransferPackaging packaging) {
		this.packaging = packaging;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		List<String> problems = this.packaging.verify((Long) execution.getVariable(Variables.BATCH_ID));
		if (!problems.isEmpty()) {
			String report = String.join("\n", problems);
			execution.setVariable(Variables.FIXITY_REPORT, report.length() > 3900 ? report.substring(0, 3900) : report);
			throw new BpmnError(Decisions.ERROR_FIXITY_MISMATCH, problems.size() + " checksum problems");
		}
	}

}
