package vn.luutru.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * What an {@code Idempotency-Key} compares of a multipart request: a SHA-256 over its
 * parts in name order, each part's name, file name, type and the SHA-256 of its bytes.
 * Not of the raw body, whose boundary a client may change between tries; of the bytes'
 * hash, so that a streamed part is counted by the hash the content store computed anyway.
 */
final class PartsFingerprint {

	private record Entry(String name, String fileName, String contentType, String sha256) {

	}

	private final List<Entry> parts = new ArrayList<>();

	void add(String name, String fileName, String contentType, String sha256) {
		this.parts.add(new Entry(name, fileName, contentType, sha256));
	}

	String value() {
		MessageDigest digest = newDigest();
		List<Entry> sorted = new ArrayList<>(this.parts);
		sorted.sort(Comparator.comparing(Entry::name));
		for (Entry part : sorted) {
			for (String field : new String[] { part.name(), part.fileName(), part.contentType(), part.sha256() }) {
				digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(newDigest().digest(bytes));
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
