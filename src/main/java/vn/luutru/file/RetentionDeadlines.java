package vn.luutru.file;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of DOMAIN.md §4 as properties ({@code luutru.retention.*}); the defaults
 * follow Decree 30/2020 and the Archives Law 2024.
 *
 * @param depositWithin deposit into the agency archive after the work ended (1 year)
 * @param transferWithinYears transfer of permanent files, counted from the deposit year
 * (5)
 * @param maxRetainedByUnit how long a unit may keep a file back with approval (2 years)
 * @param warningWindow how early archivists are warned (30 days)
 * @param transferLead how early permanent files are listed for transfer (12 months)
 * @param reconsiderAfter how long a file sent back from a batch waits before a sweep
 * lists it again (6 months)
 */
@ConfigurationProperties("luutru.retention")
public record RetentionDeadlines(Period depositWithin, Integer transferWithinYears, Period maxRetainedByUnit,
		Period warningWindow, Period transferLead, Period reconsiderAfter) {

	public RetentionDeadlines {
		depositWithin = (depositWithin != null) ? depositWithin : Period.ofYears(1);
		transferWithinYears = (transferWithinYears != null) ? transferWithinYears : 5;
		maxRetainedByUnit = (maxRetainedByUnit != null) ? maxRetainedByUnit : Period.ofYears(2);
		warningWindow = (warningWindow != null) ? warningWindow : Period.ofDays(30);
		transferLead = (transferLead != null) ? transferLead : Period.ofMonths(12);
		reconsiderAfter = (reconsiderAfter != null) ? reconsiderAfter : Period.ofMonths(6);
	}

}
