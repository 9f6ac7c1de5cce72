package vn.luutru.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The report downloads the home page offers, each with the parameters a first look needs
 * (this year, the next twelve months), and only if this build has its route: the reports
 * arrive feature by feature, and a link to a missing route would answer 404.
 */
@Component
class ReportLinks {

	/** A known report: its route, its name in the web bundle, its query for today. */
	private record Known(String path, String labelCode, Function<LocalDate, String> query) {
	}

	private static final List<Known> KNOWN = List.of(
			new Known("/api/v1/reports/retention-deadlines", "web.report.retention-deadlines",
					(today) -> "from=" + today + "&to=" + today.plusYears(1)),
			new Known("/api/v1/reports/file-list", "web.report.file-list", (today) -> "year=" + today.getYear()),
			new Known("/api/v1/reports/document-list", "web.report.document-list",
					(today) -> "year=" + today.getYear()),
			new Known("/api/v1/reports/annual-statistics", "web.report.annual-statistics",
					(today) -> "year=" + (today.getYear() - 1)),
			new Known("/api/v1/reports/kpi", "web.report.kpi", (today) -> "year=" + today.getYear()));

	private final Set<String> routes;

	ReportLinks(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		this.routes = mapping.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((info) -> info.getPatternValues().stream())
			.collect(Collectors.toSet());
	}

	List<ReportLink> available(LocalDate today) {
		List<ReportLink> links = new ArrayList<>();
		for (Known report : KNOWN) {
			if (this.routes.contains(report.path())) {
				links.add(new ReportLink(report.path() + "?" + report.query().apply(today), report.labelCode()));
			}
		}
		return links;
	}

}
