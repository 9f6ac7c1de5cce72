package vn.luutru.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;

/**
 * What a password must be, for a new user and at every change: long enough
 * ({@code luutru.security.password-min-length}, 8 by default as NIST SP 800-63B asks),
 * not the user name, not one of the commonest passwords. No rules on character classes:
 * they make passwords harder to remember, not to guess.
 */
@Component
class PasswordPolicy {

	private static final String COMMON = "vn/luutru/security/common-passwords.txt";

	private final int minLength;

	private final Set<String> common;

	PasswordPolicy(@Value("${luutru.security.password-min-length:8}") int minLength) {
		this.minLength = minLength;
		this.common = load();
	}

	/** Adds what is wrong with the password to the problems, under the given field. */
	void check(String field, String userId, String password, Problems problems) {
		if (password == null) {
			return;
		}
		if (password.codePointCount(0, password.length()) < this.minLength) {
			problems.add(field, "error.passwordTooShort", this.minLength);
		}
		else if (userId != null && password.equalsIgnoreCase(userId)) {
			problems.add(field, "error.passwordIsUserId");
		}
		else if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add(field, "error.passwordCommon");
		}
	}

	private static Set<String> load() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(COMMON).getInputStream(), StandardCharsets.UTF_8))) {
			return in.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
