package vn.luutru.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of every model declares what it may set, never a process's ids, and its
 * Tasklist form sends nothing else.
 */
class TaskAnswersDeclaredTest {

	private static final Pattern FIELD = Pattern
		.compile("cam-variable-name=\"([a-zA-Z]+)\"|setVar\\('([a-zA-Z]+)'|noteVariable: '([a-zA-Z]+)'");

	@Test
	void everyUserTaskDeclaresItsFormsFieldsAndNoId() throws IOException {
		int tasks = 0;
		try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
			for (Path model : models.filter((p) -> p.toString().endsWith(".bpmn")).toList()) {
				BpmnModelInstance bpmn;
				try (InputStream in = Files.newInputStream(model)) {
					bpmn = Bpmn.readModelFromStream(in);
				}
				for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
					tasks++;
					Set<String> answers = TaskAnswers.declared(task);
					assertThat(answers).as("%s in %s", task.getId(), model)
						.isNotEmpty()
						.doesNotContainAnyElementsOf(Variables.FIXED);
					String form = task.getCamundaFormKey().replace("embedded:", "src/main/resources/static");
					assertThat(answers).as("%s sends %s", task.getId(), form).containsAll(sent(Path.of(form)));
				}
			}
		}
		assertThat(tasks).as("user tasks in bpmn/").isGreaterThanOrEqualTo(14);
	}

	private static Set<String> sent(Path form) throws IOException {
		Set<String> names = new HashSet<>();
		Matcher m = FIELD.matcher(Files.readString(form, StandardCharsets.UTF_8));
		while (m.find()) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					names.add(m.group(g));
				}
			}
		}
		String text = Files.readString(form, StandardCharsets.UTF_8);
		if (text.contains("note:") && !text.contains("noteVariable:")) {
			// the shared form script sends the officer's note as "comment" unless told
			// otherwise
			names.add(Variables.COMMENT);
		}
		return names;
	}

}
