package vn.luutru.dashboard;

import java.time.Instant;
import java.util.List;

import vn.luutru.report.kpi.KpiValue;

/**
 * Every figure of the dashboard, as the page draws it and {@code /api/v1/dashboard}
 * returns it: one service computes both.
 *
 * @param filesPerState files of the scope per state
 * @param due per agency and action: late and falling due within 30/90/365 days
 * @param overdue late deposits, transfers and destruction reviews
 * @param forecast files falling due per month and action, this month and the next 11
 * @param approvals approvals waiting, oldest first (at most
 * {@link DashboardService#TASK_LIMIT})
 * @param approvalsWaiting how many approvals wait in all
 * @param kpiYear the year the plan's indicators are measured for (the chosen year, or
 * this year)
 * @param kpis the eight indicators of the scope (the agency, or the province)
 * @param kpisPerAgency in the province view, every agency's eight, indicator by indicator
 * @param countedAt when the file counts were taken (kept up to
 * {@code luutru.dashboard.max-age})
 */
public record Dashboard(DashboardScope scope, List<StateCount> filesPerState, List<DueCount> due,
		List<OverdueCount> overdue, List<MonthCount> forecast, List<WaitingTask> approvals, long approvalsWaiting,
		int kpiYear, List<KpiValue> kpis, List<KpiValue> kpisPerAgency, Instant countedAt) {

	public long totalFiles() {
		return this.filesPerState.stream().mapToLong(StateCount::files).sum();
	}

}
