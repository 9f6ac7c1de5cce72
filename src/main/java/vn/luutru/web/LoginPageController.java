package vn.luutru.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.LoginFailurePages;
import vn.luutru.security.Role;

/**
 * {@code /}: a stranger gets LuuTru's login page, a manager the dashboard and everybody
 * else their home page. {@code /login} is the same page under the name Spring Security
 * sends browsers to.
 */
@Controller
class LoginPageController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final Clock clock;

	LoginPageController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/")
	String home(HttpServletRequest request, Model model) {
		return CurrentUsers.find().map(LoginPageController::landing).orElseGet(() -> login(request, model));
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameter("locked") != null) {
			LoginFailurePages.lockedUntil(request.getSession(false)).ifPresent((until) -> locked(until, model));
		}
		return "login";
	}

	private void locked(Instant until, Model model) {
		long minutes = Math.max(1, (Duration.between(Instant.now(this.clock), until).toSeconds() + 59) / 60);
		model.addAttribute("lockedMinutes", minutes);
		model.addAttribute("lockedAt", TIME.format(until.atZone(VIETNAM)));
	}

	private static String landing(CurrentUser user) {
		return user.has(Role.MANAGER) ? "redirect:/dashboard" : "redirect:/home";
	}

}
