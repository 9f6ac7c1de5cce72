package vn.luutru.config;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;

/**
 * Command contexts that log a refused input (an
 * {@link vn.luutru.common.InvalidInputException} among the causes) as the engine logs its
 * own bad requests: at DEBUG, not as the ENGINE-16004 error with a stack trace. Any other
 * failure still logs as an error.
 */
final class RefusalCommandContexts extends CommandContextFactory {

	@Override
	public CommandContext createCommandContext() {
		return new RefusalAwareContext(this.processEngineConfiguration);
	}

	private static final class RefusalAwareContext extends CommandContext {

		RefusalAwareContext(ProcessEngineConfigurationImpl configuration) {
			super(configuration);
		}

		@Override
		protected boolean shouldLogFine(Throwable exception) {
			return super.shouldLogFine(exception) || TaskInputRefusals.invalidInput(exception) != null;
		}

	}

}
