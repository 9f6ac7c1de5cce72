package vn.luutru.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import vn.luutru.content.ContentStore;
import vn.luutru.content.StagedContent;

/**
 * The upload routes whose multipart body is taken apart while it is read, instead of by
 * the servlet container (which writes every file part to a temporary file first): the
 * capture of a document. Each part with a file name is streamed into the content store's
 * staging, hashed on the way, so the bytes are written once before they are placed; the
 * other parts are kept in memory, at most {@value #MAX_FIELD} bytes each. The limits are
 * the container's ({@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}, set from {@code luutru.content.max-upload-size}): a declared
 * length over the limit is refused before the body is read. The request is read once and
 * kept on the request, so that the {@code Idempotency-Key} check and the controller share
 * it.
 */
@Component
public class StreamedUploads {

	/** POST to these paths: the capture of a document into a file. */
	private static final Pattern ROUTES = Pattern.compile("/api/v1/files/\\d+/documents");

	/** Most bytes of a part without a file name (the capture's metadata JSON). */
	static final int MAX_FIELD = 1024 * 1024;

	/** Most parts of one request. */
	private static final int MAX_PARTS = 10;

	private static final String READ = StreamedUploads.class.getName() + ".read";

	private final ContentStore store;

	private final ObjectMapper json;

	private final long maxFileSize;

	private final long maxRequestSize;

	StreamedUploads(ContentStore store, ObjectMapper json, MultipartProperties multipart) {
		this.store = store;
		this.json = json;
		this.maxFileSize = multipart.getMaxFileSize().toBytes();
		this.maxRequestSize = multipart.getMaxRequestSize().toBytes();
	}

	/**
	 * Whether the request's body is streamed here rather than parsed by the container.
	 */
	public static boolean streams(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && ROUTES.matcher(request.getRequestURI()).matches();
	}

	/**
	 * The request's parts, read now or by an earlier call for the same request (which
	 * also rethrows the same failure). The caller closes it.
	 * @throws MaxUploadSizeExceededException over the size limit (413)
	 * @throws MultipartException a body that cannot be taken apart (400)
	 * @throws UncheckedIOException the content store could not write (503)
	 */
	public StreamedUpload read(HttpServletRequest request) {
		Object read = request.getAttribute(READ);
		if (read instanceof StreamedUpload upload) {
			return upload;
		}
		if (read instanceof RuntimeException failure) {
			throw failure;
		}
		try {
			StreamedUpload upload = parse(request);
			request.setAttribute(READ, upload);
			return upload;
		}
		catch (RuntimeException ex) {
			request.setAttribute(READ, ex);
			throw ex;
		}
	}

	/** Discards what the request staged and nobody placed (for a request not served). */
	void close(HttpServletRequest request) {
		if (request.getAttribute(READ) instanceof StreamedUpload upload) {
			upload.close();
		}
	}

	private StreamedUpload parse(HttpServletRequest request) {
		FileUpload parser = new FileUpload();
		parser.setSizeMax(this.maxRequestSize);
		parser.setFileSizeMax(this.maxFileSize);
		parser.setFileCountMax(MAX_PARTS);
		StreamedUpload upload = new StreamedUpload(this.store, this.json);
		try {
			FileItemIterator items = parser.getItemIterator(new ServletRequestContext(request));
			while (items.hasNext()) {
				FileItemStream item = items.next();
				String fileName = item.getName();
				try (InputStream in = new BodyStream(item.openStream())) {
					if (fileName == null) {
						upload.addField(item.getFieldName(), item.getContentType(), field(in));
					}
					else {
						upload.addFile(item.getFieldName(), fileName, item.getContentType(), stage(in));
					}
				}
			}
			return upload;
		}
		catch (IOException | InvalidFileNameException ex) {
			upload.close();
			throw refusal(ex);
		}
		catch (RuntimeException ex) {
			upload.close();
			throw ex;
		}
	}

	/**
	 * Stages the part, not yet forced to disk: the capture forces it together with its
	 * second copy ({@link ContentStore#makeDurable}) once the content is accepted. A
	 * failure to write it is the store's (503), not the request's.
	 */
	private StagedContent stage(InputStream in) throws IOException {
		try {
			return this.store.stageUnforced(in);
		}
		catch (BodyUnreadable ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] field(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_FIELD + 1);
		if (bytes.length > MAX_FIELD) {
			throw new MaxUploadSizeExceededException(MAX_FIELD);
		}
		return bytes;
	}

	private static RuntimeException refusal(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SizeException size) {
				return new MaxUploadSizeExceededException(size.getPermittedSize(), ex);
			}
		}
		return new MultipartException("Multipart body unreadable: " + ex.getMessage(), ex);
	}

	/**
	 * A failure to read the request body (a malformed or oversized part, a client gone),
	 * told apart from the content store's failure to write it.
	 */
	private static final class BodyUnreadable extends IOException {

		BodyUnreadable(IOException cause) {
			super(cause.getMessage(), cause);
		}

	}

	private static final class BodyStream extends FilterInputStream {

		BodyStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (IOException ex) {
				throw new BodyUnreadable(ex);
			}
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			try {
				return super.read(b, off, len);
			}
			catch (IOException ex) {
				throw new BodyUnreadable(ex);
			}
		}

	}

}
