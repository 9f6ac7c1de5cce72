package vn.luutru.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.file.DueAction;
import vn.luutru.report.kpi.KpiService;
import vn.luutru.report.kpi.KpiValue;

/** The dashboard's figures, for the page and for {@code /api/v1/dashboard} alike. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	static final int TASK_LIMIT = 50;

	static final int FORECAST_MONTHS = 12;

	/** A list counts its files up to this many ("more than 10,000" beyond). */
	static final long COUNT_CAP = 10_000;

	private final DashboardMapper mapper;

	private final OpenTaskMapper tasks;

	private final DashboardScopes scopes;

	private final Clock clock;

	private final KpiService kpis;

	private final FileCountCache counts;

	DashboardService(DashboardMapper mapper, OpenTaskMapper tasks, DashboardScopes scopes, Clock clock, KpiService kpis,
			FileCountCache counts) {
		this.counts = counts;
		this.kpis = kpis;
		this.mapper = mapper;
		this.tasks = tasks;
		this.scopes = scopes;
		this.clock = clock;
	}

	public Dashboard dashboard(Long agencyId, Integer year) {
		DashboardScope scope = this.scopes.resolve(agencyId, year);
		LocalDate today = scope.today();
		FileCounts counts = this.counts.get(scope, () -> count(scope));
		Instant now = Instant.now(this.clock);
		List<WaitingTask> approvals = this.tasks.findByKey(Approval.taskKeys(), scope.agencyCode(), TASK_LIMIT)
			.stream()
			.map((t) -> t.agedAt(now))
			.toList();
		long waiting = this.tasks.countByKey(Approval.taskKeys(), scope.agencyCode());
		int kpiYear = (scope.year() != null) ? scope.year() : today.getYear();
		List<KpiValue> kpis = (scope.agencyId() != null) ? this.kpis.forAgency(kpiYear, scope.agencyId())
				: this.kpis.forProvince(kpiYear);
		List<KpiValue> perAgency = (scope.agencyId() != null) ? List.of()
				: this.kpis.forEveryAgency(kpiYear).values().stream().flatMap(List::stream).toList();
		return new Dashboard(scope, counts.perState(), counts.due(), overdue(counts.due()), counts.forecast(),
				approvals, waiting, kpiYear, kpis, perAgency, counts.countedAt());
	}

	/** Reads every file of the scope: kept for a while by the cache. */
	private FileCounts count(DashboardScope scope) {
		LocalDate today = scope.today();
		List<DueCount> due = this.mapper.countDue(scope, today.plusDays(30), today.plusDays(90), today.plusDays(365));
		YearMonth thisMonth = YearMonth.from(today);
		List<MonthCount> forecast = this.mapper.countByMonth(scope, today,
				thisMonth.plusMonths(FORECAST_MONTHS - 1).atEndOfMonth());
		return new FileCounts(this.mapper.countByState(scope), due, forecast, Instant.now(this.clock));
	}

	/** The files behind one figure, as many as {@code limit}, and how many there are. */
	public FileList files(Long agencyId, Integer year, FileListFilter filter, int limit) {
		FileListQuery query = query(agencyId, year, filter);
		long counted = this.mapper.countFiles(query, COUNT_CAP + 1);
		return new FileList(query, Math.min(counted, COUNT_CAP), counted > COUNT_CAP,
				this.mapper.findFiles(query, limit));
	}

	FileListQuery query(Long agencyId, Integer year, FileListFilter filter) {
		return FileListQuery.of(this.scopes.resolve(agencyId, year), filter.status(), filter.action(), filter.window(),
				filter.month());
	}

	/** Approvals waiting within what the user may see, oldest first. */
	public List<WaitingTask> approvals(Long agencyId) {
		DashboardScope scope = this.scopes.resolve(agencyId, null);
		Instant now = Instant.now(this.clock);
		return this.tasks.findByKey(Approval.taskKeys(), scope.agencyCode(), TASK_LIMIT * 10)
			.stream()
			.map((t) -> t.agedAt(now))
			.toList();
	}

	public List<AgencyOption> agencies() {
		return this.mapper.findAgencies();
	}

	private static List<OverdueCount> overdue(List<DueCount> due) {
		Map<DueAction, Long> late = new EnumMap<>(DueAction.class);
		for (DueAction action : DueAction.values()) {
			late.put(action, 0L);
		}
		due.forEach((d) -> late.merge(d.action(), d.overdue(), Long::sum));
		return late.entrySet().stream().map((e) -> new OverdueCount(e.getKey(), e.getValue())).toList();
	}

}
