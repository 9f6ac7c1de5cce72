package vn.luutru.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused because of recent wrong passwords, whatever the password sent; the
 * message (both languages) says when to try again.
 */
class LoginLockedException extends LockedException {

	private final transient Instant until;

	LoginLockedException(String message, Instant until) {
		super(message);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
