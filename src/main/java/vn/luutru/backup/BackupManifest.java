package vn.luutru.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.luutru.audit.AuditSignatures;

/**
 * The manifest of a backup set ({@value #NAME}): what the set is, the set it builds on,
 * the rows of every table, and every file of the set with its SHA-256 and size. Written
 * last: a set directory without it is not a set.
 *
 * @param setName the set's name, also its directory's
 * @param kind full or incremental
 * @param baseSetName the set an incremental one builds on (a sibling directory), else
 * null
 * @param createdAt when the database snapshot was taken (ISO-8601 instant)
 * @param schemaVersion the last migration of the dumped database
 * @param tableRows the rows of each dumped table
 * @param files every file of the set, paths relative to its directory with {@code /}
 */
record BackupManifest(String format, String setName, BackupKind kind, String baseSetName, String createdAt,
		String schemaVersion, Map<String, Long> tableRows, List<ManifestFile> files) {

	static final String NAME = "manifest.json";

	static final String FORMAT = "luutru-backup-set/1";

	static final String DATABASE = "database.json.gz";

	/**
	 * The manifest's signature: the audit chain's HMAC-SHA-256 of {@value #NAME} and the
	 * id of the key that made it (vn.luutru.audit.AuditSignatures).
	 */
	static final String SIGNATURE = "manifest.sig";

	/** The objects the dump references, one SHA-256 a line, in order. */
	static final String OBJECTS = "objects.txt";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** One file of the set. */
	record ManifestFile(String path, String sha256, long size) {

	}

	/** Where an object lies in a set that holds it. */
	static String objectPath(String sha256) {
		return "objects/" + sha256.substring(0, 2) + "/" + sha256;
	}

	void write(OutputStream out) throws IOException {
		JSON.writeValue(out, this);
	}

	/** Reads the manifest of the set directory; refuses a directory that is no set. */
	static BackupManifest read(Path set) {
		try (InputStream in = Files.newInputStream(set.resolve(NAME))) {
			BackupManifest manifest = JSON.readValue(in, BackupManifest.class);
			if (!FORMAT.equals(manifest.format())) {
				throw new BackupRefusedException("Bộ sao lưu " + set + " có định dạng lạ: " + manifest.format(),
						"the backup set " + set + " has an unknown format: " + manifest.format());
			}
			return manifest;
		}
		catch (NoSuchFileException ex) {
			throw new BackupRefusedException("Không có bộ sao lưu hoàn chỉnh tại " + set + " (thiếu " + NAME + ")",
					"no complete backup set at " + set + " (no " + NAME + ")");
		}
		catch (IOException ex) {
			throw new BackupRefusedException("Không đọc được bản kê của bộ sao lưu " + set + ": " + ex.getMessage(),
					"cannot read the manifest of the backup set " + set + ": " + ex.getMessage());
		}
	}

	/**
	 * Signs the manifest file of the set directory: writes {@value #SIGNATURE} beside it.
	 */
	static Path sign(Path set, AuditSignatures signatures) throws IOException {
		String text = Files.readString(set.resolve(NAME), StandardCharsets.UTF_8);
		Path file = set.resolve(SIGNATURE);
		JSON.writeValue(file.toFile(), signatures.sign(text));
		return file;
	}

	/**
	 * Refuses the set unless its manifest carries a signature made with an audit key this
	 * node holds over exactly its text: nobody without the key can change the manifest
	 * (and with it the checksums every file is checked against).
	 */
	static void verifySignature(Path set, AuditSignatures signatures) {
		String name = set.getFileName().toString();
		String text;
		AuditSignatures.Signature signature;
		try {
			text = Files.readString(set.resolve(NAME), StandardCharsets.UTF_8);
			signature = JSON.readValue(set.resolve(SIGNATURE).toFile(), AuditSignatures.Signature.class);
		}
		catch (IOException ex) {
			throw new BackupRefusedException(
					"Bản kê của bộ sao lưu " + name + " không có chữ ký (thiếu hoặc không đọc được " + SIGNATURE + ")",
					"the manifest of the backup set " + name + " is not signed (" + SIGNATURE
							+ " missing or unreadable)");
		}
		switch (signatures.verify(text, signature)) {
			case VALID -> {
			}
			case UNKNOWN_KEY -> throw new BackupRefusedException("Bản kê của bộ sao lưu " + name
					+ " được ký bằng khóa nhật ký " + signature.keyId() + " mà máy này không có (khóa hiện có: "
					+ signatures.currentKeyId()
					+ "): cấp cho máy khóa nhật ký (LUUTRU_AUDIT_KEY hoặc tệp khóa) của máy đã sao lưu rồi phục hồi lại",
					"the manifest of the backup set " + name + " is signed with the audit key " + signature.keyId()
							+ ", which this node does not hold (it holds " + signatures.currentKeyId()
							+ "): give it the audit key (LUUTRU_AUDIT_KEY or key file) of the node that made the set");
			default -> throw new BackupRefusedException(
					"Chữ ký của bản kê bộ sao lưu " + name + " không đúng: bản kê đã bị sửa sau khi ký",
					"the signature of the manifest of the backup set " + name
							+ " does not match: the manifest was altered after it was signed");
		}
	}

	/**
	 * Re-hashes every file the manifest lists; refuses the set at the first one missing
	 * or not matching its size and SHA-256.
	 */
	void verify(Path set) {
		for (ManifestFile file : this.files) {
			Path path = set.resolve(file.path()).normalize();
			if (!path.startsWith(set)) {
				throw new BackupRefusedException("Bản kê nêu tệp ngoài bộ sao lưu: " + file.path(),
						"the manifest names a file outside the set: " + file.path());
			}
			String actual;
			long size;
			try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path), sha256())) {
				size = in.transferTo(OutputStream.nullOutputStream());
				actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
			}
			catch (IOException ex) {
				throw new BackupRefusedException(
						"Bộ sao lưu " + this.setName + " thiếu hoặc không đọc được tệp " + file.path(),
						"the backup set " + this.setName + " lacks or cannot read " + file.path());
			}
			if (size != file.size() || !actual.equals(file.sha256())) {
				throw new BackupRefusedException(
						"Tệp " + file.path() + " của bộ sao lưu " + this.setName
								+ " không khớp mã kiểm tra SHA-256 trong bản kê (bộ sao lưu đã bị thay đổi)",
						"the file " + file.path() + " of the backup set " + this.setName
								+ " does not match the SHA-256 of its manifest (the set was altered)");
			}
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
