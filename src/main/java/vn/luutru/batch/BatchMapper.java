package vn.luutru.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.luutru.file.DueAction;

@Mapper
interface BatchMapper {

	void insert(NewBatch batch);

	int setCode(@Param("id") long id, @Param("code") String code);

	int insertDueItems(@Param("batchId") long batchId, @Param("agencyId") long agencyId,
			@Param("action") DueAction action, @Param("dueBy") LocalDate dueBy, @Param("reason") String reason);

	int updateFileCount(long batchId);

	int setFileCount(@Param("id") long id, @Param("count") int count);

	List<Batch> findAwaitingClaim();

	int markClaimed(@Param("id") long id, @Param("at") Instant at);

	List<UnclaimedItem> findUnclaimedItems(long batchId);

	int delete(long id);

	Batch findById(long id);

	List<Batch> find(@Param("kind") BatchKind kind, @Param("visibleAgencyId") Long visibleAgencyId,
			@Param("status") String status, @Param("limit") int limit);

	List<BatchItem> findItems(long batchId);

	int setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int setStatus(@Param("id") long id, @Param("status") BatchStatus status);

	int changeStatus(@Param("id") long id, @Param("from") BatchStatus from, @Param("to") BatchStatus to);

	int recordDecision(@Param("id") long id, @Param("status") BatchStatus status, @Param("by") String by,
			@Param("note") String note, @Param("at") Instant at);

	int setList(@Param("id") long id, @Param("sha256") String sha256);

	int replaceListAfterCouncil(@Param("id") long id, @Param("sha256") String sha256);

	int setPackage(@Param("id") long id, @Param("packageId") String packageId, @Param("sha256") String sha256,
			@Param("size") long size);

	int insertPackages(@Param("batchId") long batchId, @Param("packages") List<BatchPackage> packages);

	List<BatchPackage> findPackages(long batchId);

	int setMinutes(@Param("id") long id, @Param("sha256") String sha256, @Param("at") Instant at);

	int updateItem(@Param("batchId") long batchId, @Param("fileId") long fileId, @Param("from") BatchItemStatus from,
			@Param("status") BatchItemStatus status, @Param("note") String note);

	int recordCouncilDecision(@Param("batchId") long batchId, @Param("fileId") long fileId,
			@Param("decision") String decision, @Param("maintenanceCode") String maintenanceCode,
			@Param("years") Integer years, @Param("note") String note);

	int withdrawPackage(@Param("id") long id, @Param("at") Instant at, @Param("note") String note);

	PackageWithdrawal findPackageWithdrawal(long id);

	int countItems(@Param("batchId") long batchId, @Param("status") BatchItemStatus status);

	/** Files of the batch that a hold froze after they were listed. */
	List<Long> findHeldFiles(long batchId);

	/**
	 * Record files of a transfer batch packaged so far and in all, once its packaging
	 * started (lt_package_build); null before.
	 */
	StepCount countPackaged(long batchId);

	/** Units of a long step done and in all. */
	record StepCount(long done, long total) {

	}

}
