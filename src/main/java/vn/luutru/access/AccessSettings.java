package vn.luutru.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reading room's settings ({@code luutru.access.*} in application.yaml): how long a
 * grant lasts, how many working days the archive has to answer (DOMAIN.md §6), how many
 * registrations one address may send in an hour.
 */
@ConfigurationProperties("luutru.access")
public record AccessSettings(Duration grantValidity, int readerApprovalDays, int conditionalDecisionDays,
		int registrationsPerHour, int renderDpi) {

	public AccessSettings {
		if (grantValidity == null) {
			grantValidity = Duration.ofDays(15);
		}
		readerApprovalDays = (readerApprovalDays > 0) ? readerApprovalDays : 1;
		conditionalDecisionDays = (conditionalDecisionDays > 0) ? conditionalDecisionDays : 7;
		registrationsPerHour = (registrationsPerHour > 0) ? registrationsPerHour : 5;
		renderDpi = (renderDpi > 0) ? renderDpi : 96;
	}

}
