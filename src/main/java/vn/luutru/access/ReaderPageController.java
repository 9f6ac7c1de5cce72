package vn.luutru.access;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.luutru.common.InvalidInputException;
import vn.luutru.common.ProblemTexts;

/**
 * The online reading room in the browser: registration, the reader's page (his
 * registration, his requests, his grants and a form to ask), and the viewer, which shows
 * pages as marked images and offers no download. The rules are the API's services.
 */
@Controller
class ReaderPageController {

	private final ReaderRegistration registration;

	private final RegistrationThrottle throttle;

	private final AccessRequests requests;

	private final ReadingRoom room;

	private final ProblemTexts texts;

	private final Clock clock;

	ReaderPageController(ReaderRegistration registration, RegistrationThrottle throttle, AccessRequests requests,
			ReadingRoom room, ProblemTexts texts, Clock clock) {
		this.registration = registration;
		this.throttle = throttle;
		this.requests = requests;
		this.room = room;
		this.texts = texts;
		this.clock = clock;
	}

	/** Times on the pages are Vietnamese times, as on the marked pages. */
	@org.springframework.web.bind.annotation.ModelAttribute("zone")
	java.time.ZoneId zone() {
		return this.clock.getZone();
	}

	@GetMapping("/reader/register")
	String registerForm(Model model) {
		model.addAttribute("form",
				new RegistrationRequest(null, null, null, null, null, "Việt Nam", null, null, null, null));
		return "reader-register";
	}

	@PostMapping("/reader/register")
	String register(@ModelAttribute("form") RegistrationRequest form, HttpServletRequest http, Model model) {
		if (!this.throttle.allow(http.getRemoteAddr())) {
			model.addAttribute("errors", List.of(this.texts.vi("problem.registrationThrottled") + " / "
					+ this.texts.en("problem.registrationThrottled")));
			return "reader-register";
		}
		try {
			model.addAttribute("registered", this.registration.register(form));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.problems().stream().map(this.texts::line).toList());
		}
		return "reader-register";
	}

	@GetMapping("/reader")
	String home(Model model) {
		Reader reader = this.registration.me();
		model.addAttribute("reader", reader);
		model.addAttribute("purposes", AccessPurpose.CODES);
		if (reader.status() == ReaderStatus.APPROVED) {
			model.addAttribute("requests", this.requests.list());
			model.addAttribute("grants", this.room.myGrants());
		}
		model.addAttribute("now", this.clock.instant());
		return "reader";
	}

	@PostMapping("/reader/requests")
	String ask(@RequestParam(defaultValue = "") String fileCodes, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "") String purposeContent, Model model) {
		try {
			List<String> codes = Arrays.stream(fileCodes.split("[\\s,;]+")).filter((c) -> !c.isBlank()).toList();
			this.requests.ask(new AskRequest(codes, purpose, purposeContent));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.problems().stream().map(this.texts::line).toList());
			return home(model);
		}
		return "redirect:/reader";
	}

	@GetMapping("/reader/grants/{id}")
	String viewer(@PathVariable long id, @RequestParam(required = false) Long document,
			@RequestParam(defaultValue = "1") int page, Model model) {
		GrantView view = this.room.open(id);
		GrantView.Page shown = view.documents()
			.stream()
			.filter((d) -> document == null || d.documentId().equals(document))
			.findFirst()
			.orElse(null);
		model.addAttribute("view", view);
		model.addAttribute("shown", shown);
		model.addAttribute("page", (shown == null) ? 1 : Math.min(Math.max(1, page), shown.pageCount()));
		return "reader-viewer";
	}

}
