package vn.luutru.backup;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The backup log (lt_backup) and what a set must hold. */
@Mapper
interface BackupMapper {

	int insert(@Param("e") NewBackup entry);

	BackupEntry find(long id);

	BackupEntry findBySetName(String setName);

	List<BackupEntry> findAll(@Param("limit") int limit);

	/** The newest set that ended well: the base of an incremental one. */
	BackupEntry findLastDone();

	List<BackupEntry> findRunning();

	/** Whether the running backup touched its row after {@code since}. */
	boolean isAliveSince(@Param("id") long id, @Param("since") Instant since);

	/** The running backup's heartbeat. */
	int alive(@Param("id") long id, @Param("at") Instant at);

	int progress(@Param("id") long id, @Param("objectsTotal") long objectsTotal, @Param("objectsDone") long objectsDone,
			@Param("objectsCopied") long objectsCopied, @Param("bytesWritten") long bytesWritten);

	int done(@Param("id") long id, @Param("at") Instant at, @Param("tableCount") int tableCount,
			@Param("rowCount") long rowCount, @Param("bytesWritten") long bytesWritten);

	/** Marks a running backup failed; 0 when another node did first. */
	int failed(@Param("id") long id, @Param("at") Instant at, @Param("error") String error);

	int setIncident(@Param("id") long id, @Param("incidentId") long incidentId);

	/**
	 * Every content object the database uses, in name order (document/DocumentMapper).
	 */
	List<String> findUsedContent();

	/** A backup log entry to insert; {@code id} set by the insert. */
	final class NewBackup {

		public Long id;

		public final String setName;

		public final BackupKind kind;

		public final String baseSetName;

		public final String startedBy;

		public final BackupTrigger triggerKind;

		public final Instant startedAt;

		public final String target;

		NewBackup(String setName, BackupKind kind, String baseSetName, String startedBy, BackupTrigger triggerKind,
				Instant startedAt, String target) {
			this.setName = setName;
			this.kind = kind;
			this.baseSetName = baseSetName;
			this.startedBy = startedBy;
			this.triggerKind = triggerKind;
			this.startedAt = startedAt;
			this.target = target;
		}

	}

}
