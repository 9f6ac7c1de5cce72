package vn.luutru.access;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccessMapper {

	List<ArchivedFile> filesByCode(@Param("codes") List<String> codes);

	ArchivedFile fileById(long id);

	void insertRequest(NewAccessRequest request);

	void insertRequestFile(@Param("requestId") long requestId, @Param("fileId") long fileId,
			@Param("accessMode") String accessMode);

	/**
	 * Grants the request's files of that access mode that were never revoked from its
	 * reader; returns how many.
	 */
	int grantAtOnce(@Param("requestId") long requestId, @Param("accessMode") String accessMode, @Param("at") Instant at,
			@Param("until") Instant until);

	/** Grants the request's files it has not granted yet; returns how many. */
	int grantDecided(@Param("requestId") long requestId, @Param("at") Instant at, @Param("until") Instant until);

	/** Of these files, those of which a grant to the reader was revoked. */
	List<Long> revokedFiles(@Param("readerId") String readerId, @Param("fileIds") List<Long> fileIds);

	AccessRequest findRequest(long id);

	List<AccessRequest> requests(@Param("readerId") String readerId, @Param("custodyAgencyId") Long custodyAgencyId);

	List<RequestedFile> requestFiles(long requestId);

	int decideRequest(@Param("id") long id, @Param("status") AccessRequestStatus status, @Param("by") String by,
			@Param("at") Instant at, @Param("reason") String reason);

	List<AccessGrant> grants(@Param("requestId") Long requestId, @Param("readerId") String readerId);

	AccessGrant findGrant(long id);

	int revokeGrant(@Param("id") long id, @Param("by") String by, @Param("at") Instant at,
			@Param("reason") String reason);

	void insertView(@Param("grantId") long grantId, @Param("readerId") String readerId, @Param("fileId") long fileId,
			@Param("documentId") long documentId, @Param("page") int page, @Param("at") Instant at);

	List<ReaderUsage> readersOfFile(long fileId);

	List<ReaderUsage> readersOfDocument(long documentId);

	List<DocumentUsage> documentsOfFile(long fileId);

	Long fileOfDocument(long documentId);

}
