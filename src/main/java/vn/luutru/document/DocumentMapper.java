package vn.luutru.document;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DocumentMapper {

	void insert(NewDocument document);

	int nextPosition(long fileId);

	boolean existsByCode(String docCode);

	Document findById(long id);

	/**
	 * The codes of the agency's documents kept (file not destroyed) with this number,
	 * notation and issuing organ, other than the one given.
	 */
	List<String> findSameDocument(@Param("codeNumber") String codeNumber, @Param("codeNotation") String codeNotation,
			@Param("organName") String organName, @Param("agencyId") long agencyId, @Param("exceptId") long exceptId);

	List<Document> findByFile(long fileId);

	int countLiveReferences(@Param("sha256") String sha256, @Param("exceptFileId") long exceptFileId);

	/**
	 * Of these objects, those a committed row uses: a document whose content was not
	 * erased, a batch's lists, package or minutes, an audit checkpoint, a monthly report,
	 * fixity minutes, a package part, or an entry of the erasure queue. The one answer to
	 * "may these bytes go?" ({@link ContentObjects#inUse}).
	 */
	List<String> findUsedContent(@Param("shas") List<String> shas);

	int queueErasure(@Param("sha256") String sha256, @Param("at") java.time.Instant at);

	List<String> findQueuedErasures();

	/** Locks a queued erasure's row; null when nothing is queued (erased already). */
	String lockQueuedErasure(@Param("sha256") String sha256);

	/** Locks a content object's row (a no-op update); 0 when there is none. */
	int touchContent(@Param("sha256") String sha256);

	int insertContent(@Param("sha256") String sha256);

	int dequeueErasure(@Param("sha256") String sha256);

	int markErased(@Param("fileId") long fileId, @Param("at") java.time.Instant at);

	/**
	 * Locks a document still waiting for its PDF/A check; null once another node took it.
	 */
	Document findPendingPdfaDocument(long id);

	List<Long> findPendingPdfa(int limit);

	int recordPdfa(@Param("id") long id, @Param("status") String status, @Param("report") String report);

	/**
	 * Documents after the id with kept content and no PRONOM identifier yet, oldest
	 * first.
	 */
	List<Document> findUnidentifiedFormat(@Param("after") long after, @Param("limit") int limit);

	int recordFormat(@Param("id") long id, @Param("puid") String puid);

}
