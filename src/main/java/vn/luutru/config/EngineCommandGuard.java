package vn.luutru.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.luutru.security.EngineRefusals;

/**
 * Guards the engine itself, whatever route a call takes (/engine-rest, the webapps' API,
 * Java): expressions in task queries and filters ({@link QueryExpressionGuard}), what a
 * person may write into a process ({@link TaskVariableGuard}), and the commands no person
 * may run through the engine: processes start, move and receive messages only from
 * LuuTru's own services, and models are deployed only from the application.
 */
@Component
class EngineCommandGuard extends AbstractProcessEnginePlugin {

	/** Engine commands that no signed-in person may run, administrators included. */
	static final Set<String> NOBODY = Set.of("org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd",
			"org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd", "org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd",
			"org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd",
			"org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd",
			"org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd", "org.camunda.bpm.engine.impl.cmd.SignalCmd",
			"org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd",
			"org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd",
			"org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd",
			"org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd",
			"org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd",
			"org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd",
			"org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.DeployCmd", "org.camunda.bpm.engine.impl.cmd.CreateTaskCmd");

	/** How deep in nested commands this thread is: 1 for a command a caller sent. */
	private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

	private final QueryExpressionGuard queries = new QueryExpressionGuard();

	private final TaskVariableGuard variables = new TaskVariableGuard();

	private volatile ProcessEngineConfigurationImpl configuration;

	private final ObjectProvider<ProcessSubjectListener> subjects;

	EngineCommandGuard(ObjectProvider<ProcessSubjectListener> subjects) {
		this.subjects = subjects;
		for (String name : NOBODY) {
			try {
				Class.forName(name);
			}
			catch (ClassNotFoundException ex) {
				// A renamed command would slip through: an engine upgrade must revisit
				// this list.
				throw new IllegalStateException("engine command " + name + " not found: review EngineCommandGuard", ex);
			}
		}
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> pre = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			pre.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		pre.add(new CallerCommands());
		this.configuration = configuration;
		configuration.setCustomPreCommandInterceptorsTxRequired(pre);
		List<CommandInterceptor> post = new ArrayList<>();
		if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
			post.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
		}
		post.add(new PersonCommands());
		configuration.setCustomPostCommandInterceptorsTxRequired(post);
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new SubjectChecks());
	}

	/**
	 * Every service task re-checks its process's file or batch when it starts (inside its
	 * job, after an asynchronous continuation), every user task when it completes, before
	 * the model's own listeners.
	 */
	private final class SubjectChecks extends AbstractBpmnParseListener {

		private final ExecutionListener onStart = (execution) -> EngineCommandGuard.this.subjects.getObject()
			.notify(execution);

		private final TaskListener onComplete = (task) -> EngineCommandGuard.this.subjects.getObject().notify(task);

		@Override
		public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, this.onStart, 0);
		}

		@Override
		public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
			// Built-in listeners run first and even when custom ones are skipped.
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this.onComplete);
		}

	}

	/**
	 * Sees every command before its context opens: one with no context around it was sent
	 * by a caller (a query of its own, a command from REST); one run inside another
	 * command (a filter's query, a process started by a step) was not, and is judged with
	 * that one.
	 */
	private final class CallerCommands extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			boolean sent = Context.getCommandContext() == null;
			if (sent) {
				EngineCaller caller = EngineCaller
					.of(EngineCommandGuard.this.configuration.getIdentityService().getCurrentAuthentication());
				if (command instanceof AbstractQuery<?, ?> query) {
					EngineCommandGuard.this.queries.checkSent(query);
				}
				if (caller.person() && NOBODY.contains(command.getClass().getName())) {
					throw new AuthorizationException(
							caller.userId() + " may not run " + command.getClass().getSimpleName()
									+ " through the engine: processes start and move only from LuuTru");
				}
			}
			int depth = DEPTH.get()[0]++;
			try {
				return this.next.execute(command);
			}
			finally {
				DEPTH.get()[0] = depth;
			}
		}

	}

	/** Runs inside the command's context, before the command touches anything. */
	private final class PersonCommands extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			CommandContext context = Context.getCommandContext();
			EngineCaller caller = EngineCaller.of(context.getAuthentication());
			checkFilters(command, context);
			if (caller.person() && DEPTH.get()[0] == 1) {
				EngineCommandGuard.this.variables.check(command, context, caller);
				commentOnlyOnOwnWork(command, context, caller);
			}
			return this.next.execute(command);
		}

		/**
		 * A comment is part of the work on a task: the engine lets anyone who reads a
		 * task comment on it, so a manager (who reads every agency's tasks) could write
		 * on them.
		 */
		private void commentOnlyOnOwnWork(Command<?> command, CommandContext context, EngineCaller caller) {
			if (!(command instanceof AddCommentCmd) || caller.admin()) {
				return;
			}
			String taskId = (String) CommandFields.read(command, "taskId");
			boolean works = taskId != null
					&& (context.getAuthorizationManager().isAuthorized(Permissions.UPDATE, Resources.TASK, taskId)
							|| context.getAuthorizationManager()
								.isAuthorized(TaskPermissions.TASK_WORK, Resources.TASK, taskId));
			if (!works) {
				String message = "Chỉ người xử lý công việc được ghi ý kiến / Only those who work on a task may comment on it";
				EngineRefusals.forbidden(message);
				throw new AuthorizationException(caller.userId() + ": " + message);
			}
		}

		private void checkFilters(Command<?> command, CommandContext context) {
			if (command instanceof SaveFilterCmd) {
				Filter filter = (Filter) CommandFields.read(command, "filter");
				if (filter != null && filter.getQuery() instanceof AbstractQuery<?, ?> q) {
					EngineCommandGuard.this.queries.checkStored(q);
				}
			}
			else if (command instanceof ExecuteFilterListCmd || command instanceof ExecuteFilterListPageCmd
					|| command instanceof ExecuteFilterCountCmd || command instanceof ExecuteFilterSingleResultCmd) {
				Object extending = CommandFields.read(command, "extendingQuery");
				if (extending instanceof TaskQueryImpl sent) {
					EngineCommandGuard.this.queries.checkSent(sent);
				}
				FilterEntity stored = context.getFilterManager()
					.findFilterById((String) CommandFields.read(command, "filterId"));
				if (stored != null && stored.getQuery() instanceof AbstractQuery<?, ?> q) {
					EngineCommandGuard.this.queries.checkStored(q);
				}
			}
		}

	}

}
