package vn.luutru.dashboard;

import java.time.YearMonth;

import org.springframework.web.util.UriComponentsBuilder;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;

/** The address of the list behind each figure, within the dashboard's filters. */
public record DashboardLinks(Long agencyId, Integer year) {

	static DashboardLinks of(DashboardScope scope) {
		return new DashboardLinks(scope.agencyId(), scope.year());
	}

	public String state(FileStatus status) {
		return files("").queryParam("status", status).build().toUriString();
	}

	/** An agency's files due for an action in a window (a {@link DueWindow} name). */
	public String due(long agencyId, DueAction action, String window) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/dashboard/files")
			.queryParam("agencyId", agencyId)
			.queryParam("action", action)
			.queryParam("window", DueWindow.valueOf(window));
		if (this.year != null) {
			b.queryParam("year", this.year);
		}
		return b.build().toUriString();
	}

	public String overdue(DueAction action) {
		return files("").queryParam("action", action).queryParam("window", DueWindow.OVERDUE).build().toUriString();
	}

	public String month(String month, DueAction action) {
		return files("").queryParam("month", YearMonth.parse(month)).queryParam("action", action).build().toUriString();
	}

	public String approvals() {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/dashboard/approvals");
		if (this.agencyId != null) {
			b.queryParam("agencyId", this.agencyId);
		}
		return b.build().toUriString();
	}

	/**
	 * The KPI report (.xlsx) behind the indicators: one sheet per indicator, agency by
	 * agency.
	 */
	public String kpiReport(int year, String agencyCode) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/api/v1/reports/kpi").queryParam("year", year);
		if (agencyCode != null) {
			b.queryParam("agency", agencyCode);
		}
		return b.build().toUriString();
	}

	/** The same list as .xlsx: the list's own address with the extension. */
	public static String xlsx(String listQuery) {
		return "/dashboard/files.xlsx" + ((listQuery == null || listQuery.isEmpty()) ? "" : "?" + listQuery);
	}

	private UriComponentsBuilder files(String suffix) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/dashboard/files" + suffix);
		if (this.agencyId != null) {
			b.queryParam("agencyId", this.agencyId);
		}
		if (this.year != null) {
			b.queryParam("year", this.year);
		}
		return b;
	}

}
