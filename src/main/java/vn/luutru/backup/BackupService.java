package vn.luutru.backup;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * The administrators' backups through the API: a backup is logged at once and written in
 * the background, its progress in its log entry. Administrators only: a set holds every
 * agency's records.
 */
@Service
class BackupService {

	private final Backups backups;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "luutru-backup");
		thread.setDaemon(true);
		return thread;
	});

	BackupService(Backups backups) {
		this.backups = backups;
	}

	BackupEntry start() {
		CurrentUser user = requireAdmin();
		BackupEntry entry = this.backups.begin(user.userId(), BackupTrigger.API);
		this.worker.execute(() -> this.backups.run(entry.id()));
		return entry;
	}

	List<BackupEntry> log(int limit) {
		requireAdmin();
		return this.backups.log(Math.max(1, Math.min(limit, 500)));
	}

	BackupEntry entry(long id) {
		requireAdmin();
		BackupEntry entry = this.backups.entry(id);
		if (entry == null) {
			throw new NotFoundException("backup", id);
		}
		return entry;
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	private static CurrentUser requireAdmin() {
		CurrentUser user = CurrentUsers.require();
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("administrator only");
		}
		return user;
	}

}
