package vn.luutru.dashboard;

import java.util.List;

import vn.luutru.fixity.FixityProgress;
import vn.luutru.intake.IntakeView;
import vn.luutru.retention.DueFile;

/**
 * What an officer sees after signing in: their open tasks (oldest first), their agency's
 * files falling due, the reports they may download and their agency's latest bulk intakes
 * with their progress, and the latest fixity cycle of the store (null before the first).
 */
public record HomePage(long taskCount, List<WaitingTask> tasks, int dueCount, List<DueFile> due,
		List<ReportLink> reports, List<IntakeView> intakes, FixityProgress fixity) {

}
