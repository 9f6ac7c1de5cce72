package vn.luutru.report.monthly;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.luutru.report.kpi.KpiReport;

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

	private final ContentStore store;

	private final AuditService audit;

	private final Clock clock;

	MonthlyReports(MonthlyReportMapper mapper, KpiReport kpiReport, ContentStore store, AuditService audit,
			Clock clock) {
		this.mapper = mapper;
		this.kpiReport = kpiReport;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** The month a run reports on: the one before today's, in Vietnamese time. */
	public YearMonth monthBefore() {
		return YearMonth.now(this.clock.withZone(VIETNAM)).minusMonths(1);
	}

	/**
	 * Generates the month's reports that are not there yet: the KPI report of the month's
	 * year, for the province.
	 */
	@Transactional
	public List<MonthlyReport> generate(YearMonth month) throws IOException {
		String key = month.toString();
		boolean hasKpi = this.mapper.findByMonth(key).stream().anyMatch((r) -> r.kind() == MonthlyReportKind.KPI);
		if (!hasKpi) {
			StagedContent stored = GeneratedContent.store(this.store,
					(out) -> this.kpiReport.write(month.getYear(), null, SYSTEM, out));
			try {
				this.mapper.insert(new MonthlyReport(null, key, MonthlyReportKind.KPI, stored.sha256(), stored.size(),
						Instant.now(this.clock), null, null));
			}
			catch (DuplicateKeyException ex) {
				// Another node generated it meanwhile: keep theirs.
			}
		}
		return this.mapper.findByMonth(key);
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
