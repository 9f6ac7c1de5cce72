package vn.luutru.exchange;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NationalExportMapper {

	/**
	 * Of the given files (all when null), the permanent ones the historical archive
	 * holds, not yet exported when {@code notExported}.
	 */
	List<Long> findExportable(@Param("fileIds") List<Long> fileIds, @Param("archiveId") long archiveId,
			@Param("notExported") boolean notExported);

	void insertRun(NewRun run);

	int insertRunFiles(@Param("runId") long runId, @Param("fileIds") List<Long> fileIds);

	NationalExportRun findRun(long id);

	/** The runs not finished yet, oldest first. */
	List<NationalExportRun> findRunning();

	/**
	 * Files of the run neither exported nor failed yet, in id order, at most
	 * {@code limit}.
	 */
	List<Long> findPending(@Param("runId") long runId, @Param("limit") int limit);

	/** Zero rows when the file of the run was exported already. */
	int insertExported(@Param("runId") long runId, @Param("fileId") long fileId, @Param("agencyId") long agencyId,
			@Param("fileCode") String fileCode, @Param("objectId") String objectId, @Param("sha256") String sha256,
			@Param("size") long size, @Param("at") Instant at, @Param("by") String by);

	/** Zero rows when the file was exported or marked failed already. */
	int markFailed(@Param("runId") long runId, @Param("fileId") long fileId, @Param("at") Instant at,
			@Param("reason") String reason, @Param("reasonEn") String reasonEn);

	/** Clears the run's failed files, to be tried again; returns how many. */
	int clearFailed(long runId);

	/** Counts what is exported and what failed, and moves the status on. */
	int updateProgress(long runId);

	List<FailedExport> findFailed(long runId);

	List<ExportedFile> findExported(long runId);

	/** A run's row, created with its id. */
	final class NewRun {

		private Long id;

		private final String requestedBy;

		private final Instant requestedAt;

		private final int filesTotal;

		NewRun(String requestedBy, Instant requestedAt, int filesTotal) {
			this.requestedBy = requestedBy;
			this.requestedAt = requestedAt;
			this.filesTotal = filesTotal;
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getRequestedBy() {
			return this.requestedBy;
		}

		public Instant getRequestedAt() {
			return this.requestedAt;
		}

		public int getFilesTotal() {
			return this.filesTotal;
		}

	}

}
