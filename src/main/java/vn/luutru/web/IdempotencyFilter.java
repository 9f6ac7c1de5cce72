package vn.luutru.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.luutru.common.FieldProblem;

/**
 * {@code Idempotency-Key} on the uploads a client may send twice after losing the answer:
 * the capture of a document and a bulk intake. A request repeating a key of the same user
 * on the same route, with the same request, gets the first answer again (status and body)
 * and stores nothing new; with another request it gets 422. The request is compared by a
 * SHA-256 of its parts (name, file name, type and bytes), not of the raw body, whose
 * multipart boundary a client may change between tries. A 5xx answer is not kept, so the
 * request may be tried again.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern ROUTES = Pattern.compile("/api/v1/files/\\d+/documents|/api/v1/intakes");

	private static final int MAX_KEY = 200;

	private final IdempotencyKeys keys;

	private final ApiExceptionHandler problems;

	private final ObjectMapper json;

	IdempotencyFilter(IdempotencyKeys keys, ApiExceptionHandler problems, ObjectMapper json) {
		this.keys = keys;
		this.problems = problems;
		this.json = json;
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
		String sha256;
		try {
			sha256 = hash(request);
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			// Not a readable multipart body: the controller answers why.
			chain.doFilter(request, response);
			return;
		}
		String user = auth.getName();
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
	 * SHA-256 over the parts, in name order: each part's name, file name, type and bytes.
	 */
	private static String hash(HttpServletRequest request) throws IOException, ServletException {
		MessageDigest digest = sha256();
		List<Part> parts = new ArrayList<>(request.getParts());
		parts.sort(Comparator.comparing(Part::getName));
		byte[] buffer = new byte[64 * 1024];
		for (Part part : parts) {
			for (String field : new String[] { part.getName(), part.getSubmittedFileName(), part.getContentType() }) {
				digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			try (InputStream in = part.getInputStream()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					digest.update(buffer, 0, n);
				}
			}
			digest.update((byte) 0);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
