package vn.luutru.web;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.luutru.common.ConflictException;
import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.ProblemTexts;

/**
 * Turns failures into RFC 9457 problem details. Every bad field is listed with its
 * message in Vietnamese first and English second.
 */
// Before Spring Boot's own problem-details handler, which would answer without field
// errors and in English. For every controller, not only ours: a wrong method or media
// type and a malformed or oversized multipart body fail before any controller is chosen,
// and an advice limited to packages is never asked about those.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ProblemTexts texts;

	ApiExceptionHandler(ProblemTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return badRequest(ex.problems());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return badRequest(List.of(JsonProblems.of(ex.getCause())));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(ExpectedForm.of(ex.getName(), ex.getRequiredType())));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		String allowed = (ex.getSupportedHttpMethods() != null)
				? ex.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "))
				: "";
		ProblemDetail pd = refusal(HttpStatus.METHOD_NOT_ALLOWED,
				List.of(FieldProblem.of("method", "error.methodNotAllowed", ex.getMethod(), allowed)));
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(ex.getHeaders()).body(pd);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaTypeNotSupported(HttpMediaTypeNotSupportedException ex) {
		String supported = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(", "));
		ProblemDetail pd = refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(FieldProblem.of("Content-Type",
				"error.mediaTypeNotSupported", String.valueOf(ex.getContentType()), supported)));
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(ex.getHeaders()).body(pd);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(List.of(FieldProblem.of(ex.getParameterName(), "error.required")));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return badRequest(List.of(FieldProblem.of(ex.getRequestPartName(), "error.required")));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return refusal(HttpStatus.PAYLOAD_TOO_LARGE, List.of(FieldProblem.of("content", "error.contentTooLarge")));
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail multipart(MultipartException ex) {
		// Tomcat reports an oversized body inside a generic parse failure at times.
		if (MultipartProblems.tooLarge(ex)) {
			return tooLarge(null);
		}
		return badRequest(List.of(MultipartProblems.of(ex)));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.notFound", ex.entity(), ex.id());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.code(), ex.args());
	}

	/**
	 * The content store could not write (a disk full or gone, the second copy refused):
	 * the transaction rolled back and nothing was kept, so the client may try again.
	 */
	@ExceptionHandler(UncheckedIOException.class)
	ProblemDetail storeUnavailable(UncheckedIOException ex) {
		log.error("Kho nội dung không ghi được / content store write failed", ex);
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.contentStoreUnavailable");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	private ProblemDetail problem(HttpStatus status, String code, Object... args) {
		return this.texts.problem(status, code, args);
	}

	private ProblemDetail badRequest(List<FieldProblem> problems) {
		return refusal(HttpStatus.BAD_REQUEST, problems);
	}

	ProblemDetail refusal(HttpStatus status, List<FieldProblem> problems) {
		ProblemDetail pd = problem(status, "problem.invalidInput");
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldProblem p : problems) {
			Object[] args = p.args().toArray();
			errors.add(Map.of("field", p.field(), "code", p.code(), "message", this.texts.vi(p.code(), args),
					"messageEn", this.texts.en(p.code(), args)));
		}
		pd.setProperty("errors", errors);
		return pd;
	}

}
