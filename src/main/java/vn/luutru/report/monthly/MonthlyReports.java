package vn.luutru.report.monthly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.report.MonthlyDeadlineReport;
import vn.luutru.report.kpi.KpiReport;
import vn.luutru.report.kpi.KpiSettings;
import vn.luutru.security.UserPrincipals;

/**
 * The reports the monthly-report process generates, keeps (content store + one row per
 * month and kind) and records as sent. Each step is idempotent: a month's report that is
 * there already is not generated again, and sent reports are not sent again.
 */
@Service
public class MonthlyReports {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String SYSTEM = "system";

	private final MonthlyReportMapper mapper;

	private final KpiReport kpiReport;

	private final MonthlyDeadlineReport deadlineReport;

	private final KpiSettings kpiSettings;

	private final ContentStore store;

	private final AuditService audit;

	private final Clock clock;

	MonthlyReports(MonthlyReportMapper mapper, KpiReport kpiReport, MonthlyDeadlineReport deadlineReport,
			KpiSettings kpiSettings, ContentStore store, AuditService audit, Clock clock) {
		this.mapper = mapper;
		this.kpiReport = kpiReport;
		this.deadlineReport = deadlineReport;
		this.kpiSettings = kpiSettings;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** The month a run reports on: the one before today's, in Vietnamese time. */
	public YearMonth monthBefore() {
		return YearMonth.now(this.clock.withZone(VIETNAM)).minusMonths(1);
	}

	/**
	 * Generates the month's reports that are not there yet, for the whole province, as
	 * the system: the KPI report of the month's year and the retention deadline report
	 * ({@link MonthlyDeadlineReport}).
	 */
	@Transactional
	public List<MonthlyReport> generate(YearMonth month) throws IOException {
		String key = month.toString();
		Set<MonthlyReportKind> kept = this.mapper.findByMonth(key)
			.stream()
			.map(MonthlyReport::kind)
			.collect(Collectors.toSet());
		for (MonthlyReportKind kind : MonthlyReportKind.values()) {
			if (!kept.contains(kind)) {
				keep(month, kind, UserPrincipals.runAs(UserPrincipals.system(), () -> write(month, kind)));
			}
		}
		return this.mapper.findByMonth(key);
	}

	private StagedContent write(YearMonth month, MonthlyReportKind kind) {
		try {
			return GeneratedContent.store(this.store, (out) -> {
				switch (kind) {
					case KPI -> this.kpiReport.write(month.getYear(), null, SYSTEM, out);
					case DEADLINES -> this.deadlineReport.write(month, this.kpiSettings.reportIssuer(), out);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void keep(YearMonth month, MonthlyReportKind kind, StagedContent stored) {
		try {
			this.mapper.insert(new MonthlyReport(null, month.toString(), kind, stored.sha256(), stored.size(),
					Instant.now(this.clock), null, null));
		}
		catch (DuplicateKeyException ex) {
			// Another node generated it meanwhile: keep theirs.
		}
	}

	/** Records the month's reports as sent by the manager who completed the review. */
	@Transactional
	public int markSent(YearMonth month, String manager) {
		int sent = this.mapper.markSent(month.toString(), manager, Instant.now(this.clock));
		if (sent > 0) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("month", month.toString());
			details.put("reports", sent);
			details.put("sentBy", manager);
			this.audit.record(AuditAction.MONTHLY_REPORT_SENT, "monthly_report", month.toString(), null, details);
		}
		return sent;
	}

	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	public List<MonthlyReport> list() {
		return this.mapper.findAll();
	}

	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	public MonthlyReport get(long id) {
		MonthlyReport report = this.mapper.findById(id);
		if (report == null) {
			throw new NotFoundException("monthly report", id);
		}
		return report;
	}

	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	public InputStream open(MonthlyReport report) throws IOException {
		return this.store.open(report.contentSha256());
	}

}
