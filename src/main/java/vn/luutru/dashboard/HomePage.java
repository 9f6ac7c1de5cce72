package vn.luutru.dashboard;

import java.util.List;

import vn.luutru.retention.DueFile;

/**
 * What an officer sees after signing in: their open tasks (oldest first), their agency's
 * files falling due and the reports they may download.
 */
public record HomePage(long taskCount, List<WaitingTask> tasks, int dueCount, List<DueFile> due,
		List<ReportLink> reports) {

}
