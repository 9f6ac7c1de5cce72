package vn.luutru.intake;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;
import vn.luutru.process.ProcessKeys;
import vn.luutru.process.Variables;

/**
 * Starts the record-intake process of an intake: business key "NHAP-{id}", tenant the
 * uploader's agency.
 */
@Component
class IntakeProcessStarter {

	private final RuntimeService runtime;

	IntakeProcessStarter(RuntimeService runtime) {
		this.runtime = runtime;
	}

	String start(long intakeId, String agencyCode) {
		return this.runtime
			.startProcessInstanceByKey(ProcessKeys.RECORD_INTAKE, "NHAP-" + intakeId,
					Map.of(IntakeVariables.INTAKE_ID, intakeId, Variables.AGENCY_CODE, agencyCode))
			.getId();
	}

}
