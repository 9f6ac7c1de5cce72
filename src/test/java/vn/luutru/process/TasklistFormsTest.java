package vn.luutru.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded Tasklist forms (static/forms) take their shared helpers from one script
 * the Tasklist loads before any form (scripts/luutru-forms.js, listed in
 * scripts/config.js): every form a process names exists, is well formed, uses the helpers
 * and repeats none of them, and every element its script fills is in its HTML.
 */
class TasklistFormsTest {

	static final Path FORMS = Path.of("src/main/resources/static/forms");

	static final Path TASKLIST = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist");

	static final Pattern FORM_KEY = Pattern.compile("formKey=\"embedded:/forms/([^\"]+)\"");

	static final Pattern FILLED = Pattern.compile(
			"(?:lt\\.(?:text|table|lines|byId)\\(|status: )'([a-zA-Z-]+)'|showWhen\\('([a-zA-Z-]+)', \\[[^]]*], '([a-zA-Z-]+)'");

	@Test
	void theTasklistLoadsTheSharedScript() throws IOException {
		assertThat(read(TASKLIST.resolve("scripts/config.js")))
			.containsPattern("customScripts: \\[[^\\]]*'scripts/luutru-forms'");
		assertThat(read(TASKLIST.resolve("scripts/luutru-forms.js"))).contains("global.LuuTruForms = {");
	}

	@Test
	void everyFormOfTheProcessesExists() throws IOException {
		List<String> keys = new ArrayList<>();
		try (Stream<Path> bpmn = Files.list(Path.of("bpmn"))) {
			for (Path p : bpmn.filter((f) -> f.toString().endsWith(".bpmn")).toList()) {
				Matcher m = FORM_KEY.matcher(read(p));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		assertThat(keys).isNotEmpty();
		for (String key : keys) {
			assertThat(FORMS.resolve(key)).as(key).exists();
		}
	}

	@Test
	void everyFormUsesTheSharedHelpersAndFillsOnlyItsOwnElements() throws IOException {
		List<Path> forms;
		try (Stream<Path> files = Files.list(FORMS)) {
			forms = files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(forms).hasSizeGreaterThanOrEqualTo(9);
		for (Path form : forms) {
			String html = read(form);
			String name = form.getFileName().toString();
			assertThat(count(html, "<form ")).as(name + ": one <form>").isEqualTo(1);
			assertThat(count(html, "<script cam-script type=\"text/form-script\">")).as(name + ": one cam-script")
				.isEqualTo(1);
			for (String tag : List.of("form", "div", "table", "select", "textarea", "script", "p", "fieldset", "ul")) {
				assertThat(count(html, "<" + tag + ">") + count(html, "<" + tag + " "))
					.as(name + ": <" + tag + "> closed")
					.isEqualTo(count(html, "</" + tag + ">"));
			}
			assertThat(html).as(name).containsPattern("LuuTruForms\\b|L\\.(form|batchForm)\\(");
			assertThat(html).as(name + " repeats a shared helper")
				.doesNotContain("function esc(", "function day(", "function getJson(", "function setVar(", "fetch(");
			Matcher m = FILLED.matcher(html);
			while (m.find()) {
				for (int g = 1; g <= 3; g++) {
					if (m.group(g) != null) {
						assertThat(html).as(name + " has #" + m.group(g)).contains("id=\"" + m.group(g) + "\"");
					}
				}
			}
			if (html.contains("batchForm(")) {
				assertThat(html).as(name).contains("id=\"lt-batch\"", "id=\"lt-files\"");
			}
		}
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}

	private static String read(Path p) throws IOException {
		return Files.readString(p, StandardCharsets.UTF_8);
	}

}
