package vn.luutru.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.ProblemTexts;

/**
 * Readers: anyone registers ({@code POST /api/v1/readers}, throttled per address), a
 * reader reads his own registration, the historical archive lists and decides pending
 * ones.
 */
@RestController
class ReaderController {

	private final ReaderRegistration registration;

	private final RegistrationThrottle throttle;

	private final ProblemTexts texts;

	ReaderController(ReaderRegistration registration, RegistrationThrottle throttle, ProblemTexts texts) {
		this.registration = registration;
		this.throttle = throttle;
		this.texts = texts;
	}

	@PostMapping("/api/v1/readers")
	ResponseEntity<Reader> register(@RequestBody RegistrationRequest request, HttpServletRequest http) {
		if (!this.throttle.allow(http.getRemoteAddr())) {
			throw new RegistrationThrottledException();
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.registration.register(request));
	}

	@GetMapping("/api/v1/readers/me")
	Reader me() {
		return this.registration.me();
	}

	@GetMapping("/api/v1/readers")
	List<Reader> pending() {
		return this.registration.pending();
	}

	@PostMapping("/api/v1/readers/{userId}/decision")
	Reader decide(@PathVariable String userId, @RequestBody DecisionRequest decision) {
		return this.registration.decide(userId, (decision != null) ? decision.decision() : null,
				(decision != null) ? decision.reason() : null);
	}

	@ExceptionHandler(RegistrationThrottledException.class)
	ProblemDetail throttled() {
		return this.texts.problem(HttpStatus.TOO_MANY_REQUESTS, "problem.registrationThrottled");
	}

}
