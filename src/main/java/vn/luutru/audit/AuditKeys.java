package vn.luutru.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.luutru.common.ConflictException;

/**
 * The keys of the audit chain, held outside the database. The current key comes from
 * {@code luutru.audit.key} (base64, e.g. the environment variable LUUTRU_AUDIT_KEY) or
 * else from the key file, which is generated on first start. Retired keys, still needed
 * to verify the events they signed, come from {@code luutru.audit.retired-keys} and from
 * the {@code retired} folder beside the key file.
 */
@Component
class AuditKeys {

	private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

	private final Path keyFile;

	private final Path retiredDir;

	private final boolean fromEnvironment;

	private final Map<String, AuditKey> known = new ConcurrentHashMap<>();

	private volatile AuditKey current;

	AuditKeys(@Value("${luutru.audit.key:}") String key,
			@Value("${luutru.audit.key-file:${luutru.data-dir:./data}/keys/audit.key}") Path keyFile,
			@Value("${luutru.audit.retired-keys:}") List<String> retiredKeys) throws IOException {
		this.keyFile = keyFile.toAbsolutePath().normalize();
		this.retiredDir = this.keyFile.resolveSibling("retired");
		this.fromEnvironment = !key.isBlank();
		for (String retired : retiredKeys) {
			if (!retired.isBlank()) {
				add(decode(retired, "luutru.audit.retired-keys"));
			}
		}
		addRetired();
		this.current = add(this.fromEnvironment ? decode(key, "luutru.audit.key") : readOrCreate());
		log.info("Audit chain signed with key {} ({}); {} key(s) known", this.current.id(),
				this.fromEnvironment ? "luutru.audit.key" : this.keyFile, this.known.size());
	}

	AuditKey current() {
		return this.current;
	}

	/** The key with this id, or null when this node does not hold it. */
	AuditKey byId(String id) {
		return this.known.get(id);
	}

	/**
	 * Makes a new random key the current one; the old one moves to the retired folder
	 * first, so that it keeps verifying what it signed even if this node stops half-way.
	 */
	synchronized AuditKey rotate() throws IOException {
		if (this.fromEnvironment) {
			throw new ConflictException("error.auditKeyFromEnvironment");
		}
		AuditKey old = this.current;
		Files.createDirectories(this.retiredDir);
		Path retired = this.retiredDir.resolve(old.id() + ".key");
		if (!Files.exists(retired)) {
			writeAtomically(retired, old, false);
		}
		AuditKey next = add(random());
		writeAtomically(this.keyFile, next, true);
		this.current = next;
		log.info("Audit key rotated: {} retired to {}, {} is current", old.id(), retired, next.id());
		return next;
	}

	/**
	 * Takes up a rotation another node made in the key folder they share: when the chain
	 * was last signed with a key this node does not hold, the key file and the retired
	 * folder are read again, and a key file now holding that key becomes this node's
	 * current key. Nothing changes for a key from the configuration.
	 * @return whether this node now holds the key
	 */
	synchronized boolean takeUp(String keyId) throws IOException {
		if (this.known.containsKey(keyId)) {
			return true;
		}
		if (this.fromEnvironment) {
			return false;
		}
		addRetired();
		if (Files.exists(this.keyFile)) {
			AuditKey onDisk = read(this.keyFile);
			if (onDisk.id().equals(keyId)) {
				this.current = add(onDisk);
				log.info("Audit key {} taken up from {}: another node rotated it", keyId, this.keyFile);
			}
		}
		return this.known.containsKey(keyId);
	}

	private void addRetired() throws IOException {
		if (Files.isDirectory(this.retiredDir)) {
			try (Stream<Path> files = Files.list(this.retiredDir)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".key")).toList()) {
					add(read(file));
				}
			}
		}
	}

	private AuditKey add(AuditKey key) {
		this.known.put(key.id(), key);
		return key;
	}

	private AuditKey readOrCreate() throws IOException {
		if (!Files.exists(this.keyFile)) {
			Files.createDirectories(this.keyFile.getParent());
			try {
				writeAtomically(this.keyFile, random(), false);
				log.warn(
						"No audit key configured: generated one in {}. Keep a copy of it away from the database;"
								+ " every node must use the same key (luutru.audit.key-file or LUUTRU_AUDIT_KEY)",
						this.keyFile);
			}
			catch (FileAlreadyExistsException ex) {
				// Another node sharing the folder generated it first: use theirs.
			}
		}
		return read(this.keyFile);
	}

	private static AuditKey read(Path file) throws IOException {
		return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
	}

	private static AuditKey decode(String base64, String source) {
		try {
			return AuditKey.of(Base64.getDecoder().decode(base64.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Audit key in " + source + " is not a base64 key of 128 bits or more", ex);
		}
	}

	private static AuditKey random() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return AuditKey.of(secret);
	}

	/**
	 * Writes a key file readable by its owner only, complete or not at all; without
	 * {@code replace}, fails if the file exists, even when two nodes race for it.
	 */
	private static void writeAtomically(Path file, AuditKey key, boolean replace) throws IOException {
		Path tmp = Files.createTempFile(file.getParent(), ".key-", ".tmp");
		try {
			restrictToOwner(tmp);
			Files.writeString(tmp, Base64.getEncoder().encodeToString(key.secret()) + "\n", StandardCharsets.US_ASCII);
			if (replace) {
				Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				linkWithoutReplacing(file, tmp);
			}
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	private static void linkWithoutReplacing(Path file, Path tmp) throws IOException {
		try {
			// A hard link never replaces an existing file, unlike a rename.
			Files.createLink(file, tmp);
		}
		catch (UnsupportedOperationException ex) {
			Files.move(tmp, file);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the folder's permissions apply.
		}
	}

}
