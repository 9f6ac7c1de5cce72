package vn.luutru.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.luutru.content.ContentStore;
import vn.luutru.content.StagedContent;

/**
 * A multipart request taken apart while it was read ({@link StreamedUploads}): the parts
 * without a file name kept as bytes, each part with one staged in the content store
 * (hashed on the way; its only write before it is placed). Closing it discards what is
 * staged and was not placed.
 */
public final class StreamedUpload implements AutoCloseable {

	/** A part with a file name, its bytes staged in the content store. */
	public record FilePart(String fileName, String contentType, StagedContent staged) {

	}

	private record Field(String contentType, byte[] bytes) {

	}

	private final ContentStore store;

	private final ObjectMapper json;

	private final Map<String, Field> fields = new LinkedHashMap<>();

	private final Map<String, FilePart> files = new LinkedHashMap<>();

	private final PartsFingerprint fingerprint = new PartsFingerprint();

	StreamedUpload(ContentStore store, ObjectMapper json) {
		this.store = store;
		this.json = json;
	}

	void addField(String name, String contentType, byte[] bytes) {
		this.fields.putIfAbsent(name, new Field(contentType, bytes));
		this.fingerprint.add(name, null, contentType, PartsFingerprint.sha256(bytes));
	}

	void addFile(String name, String fileName, String contentType, StagedContent staged) {
		FilePart previous = this.files.putIfAbsent(name, new FilePart(fileName, contentType, staged));
		if (previous != null) {
			// The first part of a name counts, as with a resolved multipart request.
			this.store.discard(staged);
		}
		this.fingerprint.add(name, fileName, contentType, staged.sha256());
	}

	/** The part read as JSON with the application's (strict) mapper. */
	public <T> T json(String name, Class<T> type) throws MissingServletRequestPartException {
		Field field = this.fields.get(name);
		if (field == null) {
			throw new MissingServletRequestPartException(name);
		}
		try {
			return this.json.readValue(field.bytes(), type);
		}
		catch (JacksonException ex) {
			throw new HttpMessageNotReadableException("JSON part '" + name + "' unreadable", ex, null);
		}
		catch (IOException ex) {
			throw new HttpMessageNotReadableException("part '" + name + "' unreadable", ex, null);
		}
	}

	/** The part's text (UTF-8), or null when there is none. */
	public String text(String name) {
		Field field = this.fields.get(name);
		return (field != null) ? new String(field.bytes(), StandardCharsets.UTF_8) : null;
	}

	/** The part with a file name, staged. */
	public FilePart file(String name) throws MissingServletRequestPartException {
		FilePart file = this.files.get(name);
		if (file == null) {
			throw new MissingServletRequestPartException(name);
		}
		return file;
	}

	/**
	 * SHA-256 over every part as {@link PartsFingerprint} defines it: what an
	 * {@code Idempotency-Key} compares.
	 */
	String fingerprint() {
		return this.fingerprint.value();
	}

	@Override
	public void close() {
		List<FilePart> staged = new ArrayList<>(this.files.values());
		for (FilePart file : staged) {
			this.store.discard(file.staged());
		}
	}

}
