package vn.luutru.dashboard;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The report downloads this build offers: every GET route under {@code /api/v1/reports/}
 * without a path variable, found among the application's own routes, so that the home
 * page links only reports that exist. Each is named by {@code web.report.<path>} in the
 * web bundle (the path's dashes and slashes as dots), or by its path when unnamed.
 */
@Component
class ReportLinks {

	static final String PREFIX = "/api/v1/reports/";

	private final List<ReportLink> links;

	ReportLinks(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) {
		this.links = routes.getHandlerMethods()
			.keySet()
			.stream()
			.filter(ReportLinks::isGet)
			.flatMap((info) -> info.getPatternValues().stream())
			.filter((p) -> p.startsWith(PREFIX) && !p.contains("{"))
			.distinct()
			.sorted()
			.map((p) -> new ReportLink(p, "web.report." + p.substring(PREFIX.length()).replace('/', '.')))
			.toList();
	}

	List<ReportLink> all() {
		return this.links;
	}

	private static boolean isGet(RequestMappingInfo info) {
		var methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.stream().anyMatch((m) -> Objects.equals(m, RequestMethod.GET));
	}

}
