package vn.luutru.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.OwnAccount;
import vn.luutru.security.PasswordChangeRequest;

/**
 * {@code /account}: the signed-in user's profile and the form that changes their
 * password. The rules (current password checked, password policy, audit) are
 * {@link OwnAccount}'s, the same as {@code PUT /api/v1/users/me/password}; a refusal
 * shows the form again with each field's message in both languages.
 */
@Controller
class AccountPageController {

	static final String VIEW = "account";

	private final OwnAccount own;

	private final ProblemTexts texts;

	AccountPageController(OwnAccount own, ProblemTexts texts) {
		this.own = own;
		this.texts = texts;
	}

	@GetMapping("/account")
	String account(Model model) {
		user(model);
		model.addAttribute("passwordErrors", Map.of());
		return VIEW;
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, HttpServletResponse response) {
		try {
			this.own.changePassword(new PasswordChangeRequest(currentPassword, newPassword));
			return "redirect:/account?changed";
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			user(model);
			model.addAttribute("passwordErrors", messages(refused.problems()));
			return VIEW;
		}
	}

	/** The signed-in user; a reader's page wears the reading room's header. */
	private static void user(Model model) {
		var user = CurrentUsers.require();
		model.addAttribute("user", user);
		model.addAttribute("reader", user.has(vn.luutru.security.Role.READER));
	}

	/** Each field's messages, Vietnamese and English, keyed by field name. */
	private Map<String, List<String[]>> messages(List<FieldProblem> problems) {
		Map<String, List<String[]>> byField = new LinkedHashMap<>();
		for (FieldProblem p : problems) {
			Object[] args = p.args().toArray();
			byField.computeIfAbsent(p.field(), (f) -> new ArrayList<>())
				.add(new String[] { this.texts.vi(p.code(), args), this.texts.en(p.code(), args) });
		}
		return byField;
	}

}
