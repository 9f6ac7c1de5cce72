package vn.luutru.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.luutru.common.InvalidInputException;
import vn.luutru.common.PageRequest;
import vn.luutru.common.ProblemTexts;

/** The search page of the home page: a form, one page of results, the export links. */
@Controller
class SearchPageController {

	static final int PAGE_SIZE = 50;

	private final SearchService search;

	private final ProblemTexts texts;

	SearchPageController(SearchService search, ProblemTexts texts) {
		this.search = search;
		this.texts = texts;
	}

	@GetMapping("/search")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response) {
		SearchFilters filters = new SearchFilters(q, agencyCode, year, null, status, null, null, sort);
		model.addAttribute("filters", filters);
		model.addAttribute("errors", List.of());
		boolean asked = q != null || agencyCode != null || year != null || status != null;
		if (asked) {
			try {
				model.addAttribute("result", this.search.search(filters, PageRequest.of(page, PAGE_SIZE)));
				String query = UriComponentsBuilder.newInstance()
					.queryParamIfPresent("q", java.util.Optional.ofNullable(q))
					.queryParamIfPresent("agencyCode", java.util.Optional.ofNullable(agencyCode))
					.queryParamIfPresent("year", java.util.Optional.ofNullable(year))
					.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
					.queryParamIfPresent("sort", java.util.Optional.ofNullable(sort))
					.build()
					.encode()
					.getQuery();
				model.addAttribute("exportQuery", (query != null) ? query : "");
			}
			catch (InvalidInputException refused) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				List<String> errors = new ArrayList<>();
				refused.problems().forEach((p) -> errors.add(this.texts.line(p)));
				model.addAttribute("errors", errors);
			}
		}
		return "search";
	}

}
