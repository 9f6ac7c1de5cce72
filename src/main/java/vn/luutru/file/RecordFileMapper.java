package vn.luutru.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RecordFileMapper {

	void insert(NewRecordFile file);

	boolean existsByCode(String fileCode);

	/** The file if the given agency may see it (null = every agency). */
	RecordFile findVisible(@Param("id") long id, @Param("visibleAgencyId") Long visibleAgencyId);

	/**
	 * The file, its row locked until the transaction ends, if it belongs to the given
	 * agency; null otherwise.
	 */
	RecordFile lockOwned(@Param("id") long id, @Param("agencyId") long agencyId);

	List<RecordFile> search(FileQuery query);

	long count(FileQuery query);

	/** Closes an open file; a missing start date becomes its earliest document's date. */
	int close(@Param("id") long id, @Param("startDate") LocalDate startDate, @Param("endDate") LocalDate endDate,
			@Param("closedAt") Instant closedAt);

	/** Earliest and latest issuing dates of the file's documents. */
	/** Gives an open file the history it arrived with (bulk intake); 0 when not open. */
	int recordHistory(@Param("id") long id, @Param("status") FileStatus status, @Param("startDate") LocalDate startDate,
			@Param("endDate") LocalDate endDate, @Param("closedAt") Instant closedAt,
			@Param("depositedAt") Instant depositedAt);

	DateRange documentDates(long id);

	int updateDue(@Param("id") long id, @Param("dueOn") LocalDate dueOn, @Param("dueAction") DueAction dueAction);

	RecordFile findById(long id);

	List<RecordFile> findByBatch(long batchId);

	int deposit(@Param("id") long id, @Param("maintenanceCode") String maintenanceCode,
			@Param("retentionYears") Integer retentionYears, @Param("accessMode") String accessMode,
			@Param("at") Instant at);

	int retain(@Param("id") long id, @Param("until") LocalDate until, @Param("approval") String approval);

	List<DueGroup> findDueGroups(@Param("today") LocalDate today, @Param("transferHorizon") LocalDate transferHorizon);

	int claimForBatch(@Param("batchId") long batchId, @Param("agencyId") long agencyId,
			@Param("action") DueAction action, @Param("dueBy") LocalDate dueBy,
			@Param("newStatus") FileStatus newStatus);

	int releaseFromBatch(@Param("id") long id, @Param("batchId") long batchId, @Param("note") String note,
			@Param("returnedOn") LocalDate returnedOn);

	int transferCustody(@Param("id") long id, @Param("batchId") long batchId, @Param("custodyAgencyId") long custody,
			@Param("at") Instant at);

	int receiveCustody(@Param("id") long id, @Param("custodyAgencyId") long custody, @Param("at") Instant at);

	int markDestroyed(@Param("id") long id, @Param("batchId") long batchId, @Param("at") Instant at);

	int extend(@Param("id") long id, @Param("batchId") long batchId, @Param("maintenanceCode") String maintenanceCode,
			@Param("retentionYears") Integer retentionYears);

	List<RecordFile> findDue(@Param("visibleAgencyId") Long visibleAgencyId, @Param("until") LocalDate until,
			@Param("limit") int limit);

	DocumentTotals documentTotals(long id);

	int addDocument(@Param("id") long id, @Param("sheets") int sheets, @Param("pages") int pages);

}
