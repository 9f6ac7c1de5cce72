package vn.luutru.config;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Expressions in task queries (CVE-2026-109432): Camunda 7.24.0 CE checks the top level
 * of an ad-hoc query but evaluates expressions inside its {@code orQueries}, and a stored
 * filter may hold any expression. Here every branch is checked: a query sent by a caller
 * carries no expression at all; a stored filter (and its branches) only the side-effect
 * free functions the Tasklist's own filters use: the current user and groups, and dates.
 */
final class QueryExpressionGuard {

	private static final Pattern SAFE = Pattern.compile("\\$\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
			+ "|dateTime\\(\\)(\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes)\\(\\d{1,4}\\))*\\.toDate\\(\\))\\s*\\}");

	/** A query a caller sent (REST body or parameters): no expression in any branch. */
	void checkSent(AbstractQuery<?, ?> query) {
		for (AbstractQuery<?, ?> branch : branches(query)) {
			if (!branch.getExpressions().isEmpty()) {
				throw refusal(branch.getExpressions().values().iterator().next());
			}
		}
	}

	/** A stored filter's query: only the safe functions, in every branch. */
	void checkStored(AbstractQuery<?, ?> query) {
		for (AbstractQuery<?, ?> branch : branches(query)) {
			for (String e : branch.getExpressions().values()) {
				if (e == null || !SAFE.matcher(e).matches()) {
					throw refusal(e);
				}
			}
		}
	}

	private static Iterable<? extends AbstractQuery<?, ?>> branches(AbstractQuery<?, ?> query) {
		if (query instanceof TaskQueryImpl task && task.getQueries() != null && !task.getQueries().isEmpty()) {
			return task.getQueries();
		}
		return java.util.List.of(query);
	}

	private static BadUserRequestException refusal(String e) {
		String text = (e != null) ? e : "?";
		return new BadUserRequestException("Truy vấn không được chứa biểu thức " + text
				+ " (chỉ bộ lọc đã lưu được dùng currentUser(), currentUserGroups(), now(), dateTime())"
				+ " / A query may not contain the expression " + text
				+ " (only saved filters may use currentUser(), currentUserGroups(), now(), dateTime())");
	}

}
