package vn.luutru.backup;

import java.time.Instant;

/** One entry of the backup log (nhật ký sao lưu). */
public record BackupEntry(long id, String setName, BackupKind kind, BackupStatus status, String baseSetName,
		String startedBy, BackupTrigger triggerKind, Instant startedAt, Instant finishedAt, long objectsTotal,
		long objectsDone, long objectsCopied, int tableCount, long rowCount, long bytesWritten, String target,
		String error, Long incidentId) {

	/** How far the copy of objects got, 0 to 100. */
	public double percent() {
		if (this.status == BackupStatus.DONE) {
			return 100;
		}
		return (this.objectsTotal == 0) ? 0 : Math.floor(1000.0 * this.objectsDone / this.objectsTotal) / 10;
	}

}
