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

	/** VALIDATED to REGISTERING: the archive's decision, its registration to come. */
	int startRegistration(@Param("id") long id, @Param("decidedBy") String decidedBy, @Param("reason") String reason,
			@Param("at") Instant at);

	/** REGISTERING to ACCEPTED, once every document is registered. */
	int finishRegistration(@Param("id") long id, @Param("at") Instant at);

	void insertPlan(@Param("docs") List<PlannedDocument> docs);

	/** The next documents not yet registered, in order. */
	List<PlannedDocument> findUnregistered(@Param("receiptId") long receiptId, @Param("limit") int limit);

	/** The file opened for the receipt's file code; null before. */
	Long findFileId(@Param("receiptId") long receiptId, @Param("fileCode") String fileCode);

	int linkFile(@Param("receiptId") long receiptId, @Param("fileCode") String fileCode, @Param("fileId") long fileId);

	/** Zero rows when the document was registered already. */
	int markRegistered(@Param("receiptId") long receiptId, @Param("seq") int seq, @Param("documentId") long documentId);

	/** Documents not yet registered, of one file or (fileCode null) of them all. */
	int countUnregistered(@Param("receiptId") long receiptId, @Param("fileCode") String fileCode);

	/** Documents listed for registration, and of them registered. */
	RegistrationCount countRegistration(long receiptId);

	int countFile(@Param("receiptId") long receiptId, @Param("fileCode") String fileCode);

	void insertFile(@Param("receiptId") long receiptId, @Param("f") ReceivedFile file);

	List<ReceivedFile> findFiles(long receiptId);

	record RegistrationCount(long total, long registered) {

	}

}
