package vn.luutru.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
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
// errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "vn.luutru")
class ApiExceptionHandler {

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
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = path(mapping);
			String code = (mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException)
					? "error.invalidValue" : "error.format";
			return badRequest(List.of(FieldProblem.of(field, code)));
		}
		return badRequest(List.of(FieldProblem.of("body", "error.unreadableBody")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(FieldProblem.of(ex.getName(), "error.invalidValue")));
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
		ProblemDetail pd = badRequest(List.of(FieldProblem.of("content", "error.contentTooLarge")));
		pd.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		return pd;
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail multipart(MultipartException ex) {
		return badRequest(List.of(FieldProblem.of("content", "error.uploadIncomplete")));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.notFound", ex.entity(), ex.id());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.code(), ex.args());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	private ProblemDetail problem(HttpStatus status, String code, Object... args) {
		ProblemDetail pd = ProblemDetail.forStatus(status);
		pd.setType(URI.create("urn:luutru:problem:" + code));
		pd.setTitle(this.texts.vi(code, args) + " / " + this.texts.en(code, args));
		pd.setDetail(this.texts.vi(code, args));
		pd.setProperty("detailEn", this.texts.en(code, args));
		return pd;
	}

	private ProblemDetail badRequest(List<FieldProblem> problems) {
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "problem.invalidInput");
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldProblem p : problems) {
			Object[] args = p.args().toArray();
			errors.add(Map.of("field", p.field(), "code", p.code(), "message", this.texts.vi(p.code(), args),
					"messageEn", this.texts.en(p.code(), args)));
		}
		pd.setProperty("errors", errors);
		return pd;
	}

	private static String path(JsonMappingException ex) {
		StringBuilder sb = new StringBuilder();
		for (JsonMappingException.Reference ref : ex.getPath()) {
			if (ref.getFieldName() != null) {
				sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
			else if (ref.getIndex() >= 0) {
				sb.append('[').append(ref.getIndex()).append(']');
			}
		}
		return sb.toString();
	}

}
