package vn.luutru.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.ProblemTexts;

/**
 * Turns input refused by a check inside an engine command (a task's input check) into a
 * form validation error with every bad field in Vietnamese and English: the REST API then
 * answers 400 and the Tasklist shows the message on the form. Sits outside the engine's
 * transaction, so the refused command has already been rolled back.
 */
@Component
class TaskInputRefusals extends AbstractProcessEnginePlugin {

	private final ProblemTexts texts;

	TaskInputRefusals(ProblemTexts texts) {
		this.texts = texts;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> pre = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			pre.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		pre.add(0, new Interceptor());
		configuration.setCustomPreCommandInterceptorsTxRequired(pre);
	}

	/** The refusal for the first invalid input in the exception's causes, or null. */
	FormFieldValidationException refusal(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				Map<String, String> byField = new LinkedHashMap<>();
				for (FieldProblem p : invalid.problems()) {
					byField.merge(p.field(), this.texts.line(p), (a, b) -> a + "; " + b);
				}
				// No cause, so that the engine's REST API passes it on as it is.
				return new FormFieldValidationException(byField, String.join("; ", byField.values()));
			}
		}
		return null;
	}

	private final class Interceptor extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (RuntimeException ex) {
				FormFieldValidationException refusal = refusal(ex);
				throw (refusal != null) ? refusal : ex;
			}
		}

	}

}
