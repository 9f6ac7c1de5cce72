package vn.luutru.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda webapps speak Vietnamese: for each app, every text of the English locale
 * that the Camunda jar on the classpath ships has a Vietnamese translation in LuuTru's
 * {@code locales/vi.json}, with the same placeholders, and the app's {@code config.js}
 * offers Vietnamese first. A Camunda upgrade that adds a text fails here until it is
 * translated.
 */
class WebappLocalesTest {

	static final Path APPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

	/**
	 * {{name}} and {} placeholders, moment's %d and %s, and the HTML tags a text carries
	 * ("<version>" is a word in brackets, translated).
	 */
	static final Pattern KEPT = Pattern
		.compile("\\{\\{\\s*[^}]*?\\s*}}|\\{}|%[ds]|</?(?:a|br|strong|b|i|em|code|span|p|ul|li|div)\\b[^>]*>");

	final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "admin", "cockpit" })
	void everyEnglishTextHasItsVietnamese(String app) throws IOException {
		JsonNode english = camundaEnglish(app);
		JsonNode vietnamese = this.json.readTree(APPS.resolve(app).resolve("locales/vi.json").toFile());
		List<String> problems = new ArrayList<>();
		compare("", english, vietnamese, problems);
		assertThat(problems).as("%s: texts of Camunda's en.json without a proper Vietnamese text", app).isEmpty();
		assertThat(vietnamese.path("labels").size()).isEqualTo(english.path("labels").size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "admin", "cockpit" })
	void configOffersVietnameseFirstAndEnglish(String app) throws IOException {
		String config = Files.readString(APPS.resolve(app).resolve("scripts/config.js"));
		assertThat(config.replaceAll("\\s+", " ")).contains("availableLocales: ['vi', 'en']")
			.contains("fallbackLocale: 'vi'")
			.contains("luutru-language'");
	}

	private void compare(String path, JsonNode english, JsonNode vietnamese, List<String> problems) {
		if (english.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				JsonNode vi = vietnamese.get(field.getKey());
				if (vi == null) {
					problems.add(path + field.getKey() + ": missing");
				}
				else {
					compare(path + field.getKey() + ".", field.getValue(), vi, problems);
				}
			}
		}
		else if (english.isArray()) {
			if (!vietnamese.isArray() || vietnamese.size() != english.size()) {
				problems.add(path + ": " + english.size() + " items expected");
				return;
			}
			for (int i = 0; i < english.size(); i++) {
				compare(path + i + ".", english.get(i), vietnamese.get(i), problems);
			}
		}
		else if (english.isTextual()) {
			String key = path.substring(0, path.length() - 1);
			String en = english.asText();
			String vi = vietnamese.asText();
			// An English plural ending ("s" after "instance") has no Vietnamese
			// counterpart.
			if (!vietnamese.isTextual() || (vi.isBlank() && !en.isBlank() && !en.equals("s"))) {
				problems.add(key + ": empty");
			}
			else if (!kept(en).equals(kept(vi))) {
				problems.add(key + ": placeholders " + kept(en) + " became " + kept(vi));
			}
		}
		else if (!english.equals(vietnamese)) {
			problems.add(path + ": " + english + " expected");
		}
	}

	private static TreeSet<String> kept(String text) {
		TreeSet<String> found = new TreeSet<>();
		Matcher m = KEPT.matcher(text);
		while (m.find()) {
			// The link's address and the tag stay, the words around them are translated.
			found.add(m.group().replaceAll("\\s+", ""));
		}
		return found;
	}

	/** The English locale of the Camunda webapp jar, not an override of ours. */
	private JsonNode camundaEnglish(String app) throws IOException {
		String name = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
		for (URL url : java.util.Collections.list(getClass().getClassLoader().getResources(name))) {
			if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
				try (InputStream in = url.openStream()) {
					return this.json
						.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
				}
			}
		}
		throw new IllegalStateException("no " + name + " in the Camunda webapp jar");
	}

}
