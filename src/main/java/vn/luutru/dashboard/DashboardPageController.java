package vn.luutru.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.luutru.common.Attachments;
import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/** The managers' dashboard, the lists behind its figures, and the officers' home page. */
@Controller
class DashboardPageController {

	static final int LIST_LIMIT = 500;

	private static final DateTimeFormatter COUNTED_AT = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final DashboardService dashboards;

	private final HomeService homes;

	private final FileListExport export;

	private final ObjectMapper json;

	private final MessageSource messages;

	private final Clock clock;

	DashboardPageController(DashboardService dashboards, HomeService homes, FileListExport export, ObjectMapper json,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.messages = messages;
		this.dashboards = dashboards;
		this.homes = homes;
		this.export = export;
		this.json = json;
	}

	@GetMapping("/home")
	String home(Model model) {
		model.addAttribute("home", this.homes.home());
		return "home";
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			Locale locale, Model model) throws JsonProcessingException {
		Dashboard dashboard = this.dashboards.dashboard(agencyId, year);
		model.addAttribute("dashboard", dashboard);
		// The charts read their figures from this attribute, never from an inline script.
		model.addAttribute("dashboardJson", this.json.writeValueAsString(dashboard));
		model.addAttribute("countedAt", COUNTED_AT.format(dashboard.countedAt().atZone(this.clock.getZone())));
		model.addAttribute("labelsJson", this.json.writeValueAsString(chartLabels(locale)));
		model.addAttribute("links", DashboardLinks.of(dashboard.scope()));
		model.addAttribute("manager", CurrentUsers.require().has(Role.MANAGER));
		model.addAttribute("agencies", this.dashboards.agencies());
		return "dashboard";
	}

	/** The names the charts print, in the page's language. */
	private Map<String, String> chartLabels(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (FileStatus status : FileStatus.values()) {
			labels.put(status.name(), text("web.status." + status.name(), locale));
		}
		for (DueAction action : DueAction.values()) {
			labels.put(action.name(), text("web.action." + action.name(), locale));
		}
		labels.put("files", text("web.col.files", locale));
		labels.put("kpi.actual", text("web.kpi.actual", locale));
		labels.put("kpi.target", text("web.kpi.target", locale));
		return labels;
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	@GetMapping("/dashboard/files")
	String files(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) FileStatus status, @RequestParam(required = false) DueAction action,
			@RequestParam(required = false) DueWindow window,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			HttpServletRequest request, Model model) {
		FileList list = this.dashboards.files(agencyId, year, new FileListFilter(status, action, window, month),
				LIST_LIMIT);
		model.addAttribute("list", list);
		model.addAttribute("xlsx", DashboardLinks.xlsx(request.getQueryString()));
		return "files";
	}

	@GetMapping("/dashboard/files.xlsx")
	void filesXlsx(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) FileStatus status, @RequestParam(required = false) DueAction action,
			@RequestParam(required = false) DueWindow window,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale,
			HttpServletResponse response) throws IOException {
		FileListQuery query = this.dashboards.query(agencyId, year, new FileListFilter(status, action, window, month));
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition("danh-sach-ho-so.xlsx"));
		this.export.write(query, response.getOutputStream(), locale);
	}

	@GetMapping("/dashboard/approvals")
	String approvals(@RequestParam(required = false) Long agencyId, Model model) {
		model.addAttribute("approvals", this.dashboards.approvals(agencyId));
		return "approvals";
	}

}
