package vn.luutru.backup;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.luutru.common.ConflictException;

/**
 * The scheduled backup ({@code luutru.backup.cron}, off by default: {@code -}). Two nodes
 * on one schedule: the second finds the first's backup running and skips.
 */
@Component
class BackupSchedule {

	private final Backups backups;

	BackupSchedule(Backups backups) {
		this.backups = backups;
	}

	@Scheduled(cron = "${luutru.backup.cron:-}", zone = "${luutru.time-zone:Asia/Ho_Chi_Minh}")
	void backUp() {
		try {
			this.backups.backUp("system", BackupTrigger.SCHEDULE);
		}
		catch (ConflictException running) {
			// Another node (or an administrator) is backing up now: that set serves.
		}
	}

}
