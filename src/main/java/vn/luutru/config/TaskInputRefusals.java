package vn.luutru.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.security.EngineRefusals;

/**
 * Turns input refused by a check inside an engine command (a task's input check, a
 * variable the caller may not set) into an error with every bad field in Vietnamese and
 * English: a form validation error for a task's completion (the REST API answers 400 and
 * the Tasklist shows the message on the form), a bad request (400) for any other command.
 * Sits outside the engine's transaction, so the refused command has already been rolled
 * back. A refusal is expected input, not an engine error: it logs one INFO line here, and
 * the engine's command context logs it at DEBUG ({@link RefusalCommandContexts}).
 */
@Component
class TaskInputRefusals extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(TaskInputRefusals.class);

	private final ProblemTexts texts;

	TaskInputRefusals(ProblemTexts texts) {
		this.texts = texts;
	}

	private ProcessEngineConfigurationImpl configuration;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
		List<CommandInterceptor> pre = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			pre.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		pre.add(0, new Interceptor());
		configuration.setCustomPreCommandInterceptorsTxRequired(pre);
		// A refusal is no engine error: no ENGINE-16004 stack trace, one line below.
		RefusalCommandContexts contexts = new RefusalCommandContexts();
		// The engine sets its configuration only on a factory of its own making.
		contexts.setProcessEngineConfiguration(configuration);
		configuration.setCommandContextFactory(contexts);
	}

	/** The first invalid input among the exception's causes, or null: a refusal. */
	static InvalidInputException invalidInput(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				return invalid;
			}
		}
		return null;
	}

	/** The refusal for the first invalid input in the exception's causes, or null. */
	FormFieldValidationException refusal(Throwable ex) {
		InvalidInputException invalid = invalidInput(ex);
		if (invalid == null) {
			return null;
		}
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldProblem p : invalid.problems()) {
			byField.merge(p.field(), this.texts.line(p), (a, b) -> a + "; " + b);
		}
		// No cause, so that the engine's REST API passes it on as it is.
		return new FormFieldValidationException(byField, String.join("; ", byField.values()));
	}

	/** A caller's variable names may carry line breaks: they never start a log line. */
	private static String oneLine(String message) {
		return message.replaceAll("[\\r\\n]+", " ");
	}

	/** Who sent the refused input, as the engine knows him. */
	private String caller() {
		return EngineCaller.of(this.configuration.getIdentityService().getCurrentAuthentication()).userId();
	}

	private static boolean completes(Command<?> command) {
		return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
	}

	private static ProcessEngineException asBadRequest(FormFieldValidationException refusal) {
		return new BadUserRequestException(refusal.getMessage());
	}

	private final class Interceptor extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (RuntimeException ex) {
				FormFieldValidationException refusal = refusal(ex);
				if (refusal != null) {
					EngineRefusals.refused(refusal.getMessage());
					// Once: the refusal leaves without its cause, so an outer command's
					// interceptor finds nothing more to log.
					log.info("Từ chối dữ liệu nhập / input refused ({}, {}): {}", caller(),
							command.getClass().getSimpleName(), oneLine(refusal.getMessage()));
				}
				throw (refusal == null) ? ex : completes(command) ? refusal : asBadRequest(refusal);
			}
		}

	}

}
