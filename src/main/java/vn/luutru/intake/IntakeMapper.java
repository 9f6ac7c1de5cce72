package vn.luutru.intake;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IntakeMapper {

	void insert(NewIntake intake);

	void insertRows(@Param("rows") List<StoredRow> rows);

	void insertRound(@Param("intakeId") long intakeId, @Param("r") IntakeRound round);

	List<IntakeRound> findRounds(long intakeId);

	int lastRowNo(long intakeId);

	/** The contents of rows good or captured: a later round never takes them again. */
	List<String> findHeldContents(long intakeId);

	/** Refused rows become SUPERSEDED: a corrected sheet replaces them. */
	int supersedeRefused(long intakeId);

	int addToTotal(@Param("id") long id, @Param("delta") int delta);

	int countRowsIn(@Param("intakeId") long intakeId, @Param("status") IntakeRowStatus status);

	/** Rows read (to check) and good (their context: the same files), in order. */
	List<StoredRow> findRowsToCheck(long intakeId);

	/** The intake if the agency may see it (null agency: every agency). */
	Intake findVisible(@Param("id") long id, @Param("agencyId") Long agencyId);

	Intake findById(long id);

	List<Long> findLatest(@Param("agencyId") Long agencyId, @Param("limit") int limit);

	int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int changeStatus(@Param("id") long id, @Param("from") IntakeStatus from, @Param("to") IntakeStatus to,
			@Param("at") Instant at);

	List<RowCount> countRows(long intakeId);

	/** Rows in a status after a row number, in order, at most {@code limit}. */
	List<StoredRow> findRows(@Param("intakeId") long intakeId, @Param("status") IntakeRowStatus status,
			@Param("afterRow") int afterRow, @Param("limit") int limit);

	int judgeRow(@Param("intakeId") long intakeId, @Param("rowNo") int rowNo, @Param("status") IntakeRowStatus status,
			@Param("errors") String errors);

	/** The rows still READ become VALID (the refused ones were judged first). */
	int acceptRowsRead(long intakeId);

	int linkFile(@Param("intakeId") long intakeId, @Param("fileNotation") String fileNotation,
			@Param("fileId") long fileId);

	/** Locks a row for its capture; null once it is no longer waiting. */
	StoredRow lockValidRow(@Param("intakeId") long intakeId, @Param("rowNo") int rowNo);

	/**
	 * Locks the rows of a batch for their capture, in row order; those no longer waiting
	 * are left out.
	 */
	List<StoredRow> lockValidRows(@Param("intakeId") long intakeId, @Param("rowNos") List<Integer> rowNos);

	int markCaptured(@Param("intakeId") long intakeId, @Param("rowNo") int rowNo, @Param("documentId") long documentId,
			@Param("duplicateOf") String duplicateOf);

	int markFailed(@Param("intakeId") long intakeId, @Param("rowNo") int rowNo, @Param("errors") String errors);

	int cancelRows(long intakeId);

	int countDuplicates(long intakeId);

	List<IntakeView.DuplicateRow> findDuplicateRows(@Param("intakeId") long intakeId, @Param("limit") int limit);

	/** One row per file of the intake (its first), with the file it opened. */
	List<StoredRow> findFirstRowsOfFiles(long intakeId);

}
