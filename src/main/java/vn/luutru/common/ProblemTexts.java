package vn.luutru.common;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Renders message codes in Vietnamese first and English second. */
@Component
public class ProblemTexts {

	public static final Locale VI = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String vi(String code, Object... args) {
		return this.messages.getMessage(code, args, code, VI);
	}

	public String en(String code, Object... args) {
		return this.messages.getMessage(code, args, code, Locale.ENGLISH);
	}

	/**
	 * "tiếng Việt / English": a label on a page that speaks both languages (the reading
	 * room's), e.g. {@code @problemTexts.both('access.request.status.' + r.status)}.
	 */
	public String both(String code, Object... args) {
		return vi(code, args) + " / " + en(code, args);
	}

	/**
	 * The problem detail (RFC 9457) of a message code: type
	 * {@code urn:luutru:problem:code}, title in both languages, detail in Vietnamese and
	 * {@code detailEn} in English. The one shape of every refusal LuuTru answers.
	 */
	public ProblemDetail problem(HttpStatus status, String code, Object... args) {
		ProblemDetail pd = ProblemDetail.forStatus(status);
		pd.setType(URI.create("urn:luutru:problem:" + code));
		pd.setTitle(both(code, args));
		pd.setDetail(vi(code, args));
		pd.setProperty("detailEn", en(code, args));
		return pd;
	}

	/** "field: tiếng Việt / English", one problem. */
	public String line(FieldProblem p) {
		Object[] args = p.args().toArray();
		return p.field() + ": " + both(p.code(), args);
	}

}
