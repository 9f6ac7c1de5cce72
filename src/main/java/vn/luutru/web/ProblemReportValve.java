package vn.luutru.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import vn.luutru.common.ProblemTexts;

/**
 * Answers the errors Tomcat raises before Spring sees the request (a request line or
 * header too long, a request it cannot parse) with the same bilingual problem detail as
 * the API, instead of Tomcat's English HTML page.
 */
class ProblemReportValve extends ErrorReportValve {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProblemTexts texts;

	ProblemReportValve(ProblemTexts texts) {
		this.texts = texts;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		write(this.texts, response, status, code(status, response.getMessage()));
	}

	/**
	 * Writes the problem detail of {@code status} with one error {@code code} on field
	 * "request".
	 */
	static void write(ProblemTexts texts, Response response, int status, String code) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:luutru:problem:problem.invalidInput");
		problem.put("title", texts.vi("problem.invalidInput") + " / " + texts.en("problem.invalidInput"));
		problem.put("status", status);
		problem.put("detail", texts.vi("problem.invalidInput"));
		problem.put("detailEn", texts.en("problem.invalidInput"));
		problem.put("errors", List
			.of(Map.of("field", "request", "code", code, "message", texts.vi(code), "messageEn", texts.en(code))));
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was taken over: nothing more to say.
		}
	}

	private static String code(int status, String message) {
		String m = (message != null) ? message.toLowerCase(java.util.Locale.ROOT) : "";
		if (status == 408) {
			return "error.bodyTooSlow";
		}
		if (status == 413) {
			return "error.contentTooLarge";
		}
		if (status == 414 || status == 431 || m.contains("too large") || m.contains("too long")) {
			return "error.requestTooLarge";
		}
		return (status < 500) ? "error.badRequest" : "error.serverError";
	}

}
