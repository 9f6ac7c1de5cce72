package vn.luutru.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

/**
 * Signs what LuuTru writes outside its database (a backup set's manifest) with the audit
 * chain's HMAC key, so that nobody without the key can alter it unnoticed; verifies such
 * a signature with the current or a retired key.
 */
@Component
public class AuditSignatures {

	private final AuditKeys keys;

	AuditSignatures(AuditKeys keys) {
		this.keys = keys;
	}

	/**
	 * The signatures of a node that holds only the settings (the restore command): the
	 * key from {@code luutru.audit.key} or the key file, as the application reads them;
	 * empty when neither is there (no key is generated for a restore).
	 */
	public static Optional<AuditSignatures> fromSettings(PropertyResolver settings) {
		String key = settings.getProperty("luutru.audit.key", "");
		Path keyFile = Path
			.of(settings.resolvePlaceholders("${luutru.audit.key-file:${luutru.data-dir:./data}/keys/audit.key}"));
		if (key.isBlank() && !Files.exists(keyFile)) {
			return Optional.empty();
		}
		List<String> retired = Arrays.asList(settings.getProperty("luutru.audit.retired-keys", "").split(","));
		try {
			return Optional.of(new AuditSignatures(new AuditKeys(key, keyFile, retired)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Signs the text with the current key. */
	public Signature sign(String text) {
		AuditKey key = this.keys.current();
		return new Signature(key.id(), key.sign(text));
	}

	/** Whether the signature is the text's under the key it names. */
	public Verdict verify(String text, Signature signature) {
		if (signature == null || signature.keyId() == null || signature.hmac() == null) {
			return Verdict.ALTERED;
		}
		AuditKey key = this.keys.byId(signature.keyId());
		if (key == null) {
			try {
				key = this.keys.takeUp(signature.keyId()) ? this.keys.byId(signature.keyId()) : null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (key == null) {
			return Verdict.UNKNOWN_KEY;
		}
		boolean same = MessageDigest.isEqual(key.sign(text).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				signature.hmac().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return same ? Verdict.VALID : Verdict.ALTERED;
	}

	/** The id of the key that signs now. */
	public String currentKeyId() {
		return this.keys.current().id();
	}

	/** A hex HMAC-SHA-256 and the id of the key that made it. */
	public record Signature(String keyId, String hmac) {

	}

	/** What a check of a signature found. */
	public enum Verdict {

		/** Made by a key this node holds, over exactly this text. */
		VALID,
		/** Made by a key this node does not hold. */
		UNKNOWN_KEY,
		/** Missing, or not over this text: the text (or the signature) was changed. */
		ALTERED

	}

}
