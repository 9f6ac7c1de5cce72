package vn.luutru.report.monthly;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly-report process runs, read by its timer
 * ({@code ${monthlyReportSettings.cron}}).
 */
@Component("monthlyReportSettings")
public class MonthlyReportSettings {

	private final String cron;

	MonthlyReportSettings(@Value("${luutru.reports.monthly-cron:0 0 6 1 * ?}") String cron) {
		this.cron = cron;
	}

	/** Quartz cron; by default the 1st of each month at 06:00. */
	public String getCron() {
		return this.cron;
	}

}
