package vn.luutru.receipt;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReceiptMapper {

	void insert(NewReceipt receipt);

	Receipt findById(long id);

	/** Locks the receipt's row for a step that moves it on. */
	Receipt lock(long id);

	int attachProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	/** What validation found: the depositor, the totals and the next status. */
	int recordValidation(@Param("id") long id, @Param("depositorAgencyId") Long depositorAgencyId,
			@Param("depositorCode") String depositorCode, @Param("depositorName") String depositorName,
			@Param("files") int files, @Param("documents") int documents, @Param("bytes") long bytes,
			@Param("status") ReceiptStatus status, @Param("reason") String reason, @Param("at") Instant at);

	void insertErrors(@Param("receiptId") long receiptId, @Param("errors") List<ReceiptError> errors);

	List<ReceiptError> findErrors(long receiptId);

	void insertPeriods(@Param("receiptId") long receiptId, @Param("periods") List<PeriodTotal> periods);

	List<PeriodTotal> findPeriods(long receiptId);

	int reject(@Param("id") long id, @Param("from") ReceiptStatus from, @Param("decidedBy") String decidedBy,
			@Param("reason") String reason, @Param("at") Instant at);

	int accept(@Param("id") long id, @Param("decidedBy") String decidedBy, @Param("reason") String reason,
			@Param("at") Instant at);

	void insertFile(@Param("receiptId") long receiptId, @Param("f") ReceivedFile file);

	List<ReceivedFile> findFiles(long receiptId);

}
