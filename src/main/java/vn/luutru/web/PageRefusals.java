package vn.luutru.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.luutru.common.ProblemTexts;

/**
 * A browser that asks for a page ({@code /}, {@code /home}, {@code /dashboard/...},
 * {@code /account}) and is refused gets an HTML page in the layout of the others, not the
 * API's problem JSON. The refusal itself (status, messages in both languages) is the one
 * {@link ApiExceptionHandler} writes for the API, so both always say the same;
 * {@code /api/**} and the engine's routes keep their problem details.
 */
@Component
class PageRefusals implements HandlerExceptionResolver, Ordered {

	static final String VIEW = "refusal";

	private static final List<String> NOT_PAGES = List.of("/api/", "/engine-rest/", "/camunda/", "/v3/", "/swagger-ui");

	private final ApiExceptionHandler problems;

	private final ProblemTexts texts;

	private final ExceptionHandlerMethodResolver handlers = new ExceptionHandlerMethodResolver(
			ApiExceptionHandler.class);

	PageRefusals(ApiExceptionHandler problems, ProblemTexts texts) {
		this.problems = problems;
		this.texts = texts;
	}

	static boolean isPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NOT_PAGES.stream().noneMatch(path::startsWith);
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isPage(request)) {
			return null;
		}
		ProblemDetail problem = describe(ex);
		if (problem == null) {
			return null;
		}
		ModelAndView page = new ModelAndView(VIEW, Map.of("problem", problem, "errors", problem.getProperties() != null
				? problem.getProperties().getOrDefault("errors", List.of()) : List.of()));
		page.setStatus(HttpStatus.valueOf(problem.getStatus()));
		return page;
	}

	/** The API's answer to this failure, or null where the API has none of its own. */
	private ProblemDetail describe(Exception ex) {
		if (ex instanceof NoResourceFoundException) {
			ProblemDetail notFound = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
			notFound.setDetail(this.texts.vi("web.refusal.pageNotFound"));
			notFound.setProperty("detailEn", this.texts.en("web.refusal.pageNotFound"));
			return notFound;
		}
		Method method = this.handlers.resolveMethodByThrowable(ex);
		if (method == null) {
			return null;
		}
		try {
			method.setAccessible(true);
			Object answer = method.invoke(this.problems, ex);
			return (answer instanceof ResponseEntity<?> entity) ? (ProblemDetail) entity.getBody()
					: (ProblemDetail) answer;
		}
		catch (IllegalAccessException | InvocationTargetException failed) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		// before the @ExceptionHandler advice, after Spring Boot's error attributes
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
