package vn.luutru.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.luutru.common.FieldProblem;

/**
 * {@code Idempotency-Key} on the uploads a client may send twice after losing the answer:
 * the capture of a document and a bulk intake. A request repeating a key of the same user
 * on the same route, with the same request, gets the first answer again (status and body)
 * and stores nothing new; with another request it gets 422. The request is compared by a
 * SHA-256 of its parts (name, file name, type and bytes), not of the raw body, whose
 * multipart boundary a client may change between tries ({@link PartsFingerprint}); a
 * streamed upload ({@link StreamedUploads}) is read here once and handed on. A 5xx answer
 * is not kept, so the request may be tried again.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	// and a SIP sent to the historical archive (vn.luutru.receipt)
	private static final Pattern ROUTES = Pattern
		.compile("/api/v1/files/\\d+/documents|/api/v1/intakes|/api/v1/receipts");

	private static final int MAX_KEY = 200;

	private final IdempotencyKeys keys;

	private final ApiExceptionHandler problems;

	private final ObjectMapper json;

	private final StreamedUploads uploads;

	IdempotencyFilter(IdempotencyKeys keys, ApiExceptionHandler problems, ObjectMapper json, StreamedUploads uploads) {
		this.keys = keys;
		this.problems = problems;
		this.json = json;
		this.uploads = uploads;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HEADER) == null || !"POST".equals(request.getMethod())
				|| !ROUTES.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String key = request.getHeader(HEADER).strip();
		if (auth == null || !auth.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch((c) -> c > 0x20 && c < 0x7F)) {
			refuse(response, HttpStatus.BAD_REQUEST, "idempotency.error.key", MAX_KEY);
			return;
		}
		try {
			claimAndServe(request, response, chain, auth.getName(), key);
		}
		finally {
			// A streamed request that was replayed or refused: nothing it staged is kept.
			this.uploads.close(request);
		}
	}

	private void claimAndServe(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
			String key) throws IOException, ServletException {
		String sha256;
		try {
			sha256 = StreamedUploads.streams(request) ? this.uploads.read(request).fingerprint() : hash(request);
		}
		catch (IOException | ServletException | IllegalStateException | MultipartException | UncheckedIOException ex) {
			// Not a readable multipart body (or a store that cannot stage it): the
			// controller answers why.
			chain.doFilter(request, response);
			return;
		}
		String route = request.getRequestURI();
		IdempotencyKeys.Claim claim = this.keys.claim(user, route, key, sha256);
		if (claim instanceof IdempotencyKeys.Replay replay) {
			response.setStatus(replay.status());
			if (replay.contentType() != null) {
				response.setContentType(replay.contentType());
			}
			response.setHeader("Idempotent-Replayed", "true");
			if (replay.body() != null) {
				response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
			}
			return;
		}
		if (claim instanceof IdempotencyKeys.Mismatch) {
			refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.error.otherRequest");
			return;
		}
		if (claim instanceof IdempotencyKeys.InProgress) {
			refuse(response, HttpStatus.CONFLICT, "idempotency.error.inProgress");
			return;
		}
		serve(request, response, chain, user, route, key);
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
			String route, String key) throws IOException, ServletException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, wrapper);
			int status = wrapper.getStatus();
			if (status < 500) {
				this.keys.finish(user, route, key, status, wrapper.getContentType(),
						new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.keys.forget(user, route, key);
			}
			wrapper.copyBodyToResponse();
		}
	}

	private void refuse(HttpServletResponse response, HttpStatus status, String code, Object... args)
			throws IOException {
		ProblemDetail pd = this.problems.refusal(status, List.of(FieldProblem.of(HEADER, code, args)));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getOutputStream(), pd);
	}

	/**
	 * The parts' fingerprint ({@link PartsFingerprint}) of a request the container
	 * parsed.
	 */
	private static String hash(HttpServletRequest request) throws IOException, ServletException {
		PartsFingerprint fingerprint = new PartsFingerprint();
		byte[] buffer = new byte[64 * 1024];
		for (Part part : request.getParts()) {
			MessageDigest digest = PartsFingerprint.newDigest();
			try (InputStream in = part.getInputStream()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					digest.update(buffer, 0, n);
				}
			}
			fingerprint.add(part.getName(), part.getSubmittedFileName(), part.getContentType(),
					HexFormat.of().formatHex(digest.digest()));
		}
		return fingerprint.value();
	}

}
