package vn.luutru.common;

import java.util.Locale;

import org.springframework.context.MessageSource;
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

	/** "field: tiếng Việt / English", one problem. */
	public String line(FieldProblem p) {
		Object[] args = p.args().toArray();
		return p.field() + ": " + vi(p.code(), args) + " / " + en(p.code(), args);
	}

}
