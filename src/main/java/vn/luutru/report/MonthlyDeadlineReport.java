package vn.luutru.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;

/**
 * The retention deadline report of the whole province as the monthly-report process keeps
 * it: files due from the first day of the month reported on to the last day of the month
 * after it (what fell due and what falls due now), overdue rows filled. Written as the
 * caller (the process runs it as the system, which reads every agency).
 */
@Component
public class MonthlyDeadlineReport {

	private final DeadlineReport report;

	MonthlyDeadlineReport(DeadlineReport report) {
		this.report = report;
	}

	/**
	 * @param issuer the agency whose letterhead the province's report carries
	 */
	public void write(YearMonth month, String issuer, OutputStream out) throws IOException {
		Agency letterhead = new Agency(null, "", "", issuer, null, false, false, null);
		ReportPeriod period = ReportPeriod.of(month.atDay(1), month.plusMonths(1).atEndOfMonth());
		this.report.prepare(new ReportScope(null, null, letterhead), period).writer().write(out);
	}

}
