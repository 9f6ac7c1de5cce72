package vn.luutru.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.ContentDisposition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads save under their own name in curl ({@code -OJ} takes {@code filename}) and in
 * browsers ({@code filename*} first), Vietnamese names included.
 */
class AttachmentsTest {

	private static final String NAME = "Biên bản hủy tài liệu HUY-2026-001 (Sở Nội vụ).docx";

	@Test
	void givesAnAsciiNameAndTheExactNameEncoded() {
		String header = Attachments.contentDisposition(NAME);
		Map<String, String> parameters = parameters(header);
		assertThat(header).startsWith("attachment;");
		assertThat(parameters.get("filename")).isEqualTo("Bien-ban-huy-tai-lieu-HUY-2026-001-(So-Noi-vu).docx");
		assertThat(parameters.get("filename*")).startsWith("UTF-8''").doesNotContain(" ", "\"", "=?");
		assertThat(URLDecoder.decode(parameters.get("filename*").substring("UTF-8''".length()).replace("+", "%2B"),
				StandardCharsets.UTF_8))
			.isEqualTo(NAME);
	}

	@Test
	void springReadsTheExactNameBack() {
		ContentDisposition parsed = ContentDisposition.parse(Attachments.contentDisposition(NAME));
		assertThat(parsed.isAttachment()).isTrue();
		assertThat(parsed.getFilename()).isEqualTo(NAME);
	}

	@Test
	void aNameCannotBreakOutOfItsQuotesOrFolder() {
		String header = Attachments.contentDisposition("..\\../\"a\";b\r\nX-Evil: 1.xlsx");
		assertThat(header).doesNotContain("\r", "\n");
		assertThat(parameters(header).get("filename")).isEqualTo("a-bX-Evil-1.xlsx");
		assertThat(Attachments.contentDisposition("  ")).contains("filename=\"download\"");
		assertThat(Attachments.contentDisposition("Đơn.pdf")).contains("filename=\"Don.pdf\"",
				"filename*=UTF-8''%C4%90%C6%A1n.pdf");
	}

	/** The parameters as a client splits them (no value here holds a ';'). */
	private static Map<String, String> parameters(String header) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String part : header.split(";")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				String value = part.substring(eq + 1).strip();
				parameters.put(part.substring(0, eq).strip(), value.replaceAll("^\"|\"$", ""));
			}
		}
		return parameters;
	}

}
