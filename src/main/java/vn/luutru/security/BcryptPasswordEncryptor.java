package vn.luutru.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda's password encryptor backed by bcrypt: slow and salted, so that a copy of
 * ACT_ID_USER does not give the passwords away (Camunda's default, one round of SHA-512,
 * can be guessed billions of times a second). Stored as {@code {bcrypt}$2a$...}; old
 * {@code {SHA-512}} hashes still verify through Camunda's checker list and are rehashed
 * at the next right login (GuardedIdentityProvider).
 * <p>
 * The engine hands over the password with its own salt appended, which can pass bcrypt's
 * 72-byte limit (Vietnamese letters take 2 or 3 bytes); a SHA-256 of it, in Base64 (44
 * ASCII characters), keeps every character significant.
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

	static final String NAME = "bcrypt";

	static final String PREFIX = "{" + NAME + "}";

	private final BCryptPasswordEncoder bcrypt;

	BcryptPasswordEncryptor(int cost) {
		this.bcrypt = new BCryptPasswordEncoder(cost);
	}

	@Override
	public String encrypt(String password) {
		return this.bcrypt.encode(prehash(password));
	}

	@Override
	public boolean check(String password, String encrypted) {
		return encrypted != null && this.bcrypt.matches(prehash(password), encrypted);
	}

	@Override
	public String hashAlgorithmName() {
		return NAME;
	}

	private static String prehash(String password) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
