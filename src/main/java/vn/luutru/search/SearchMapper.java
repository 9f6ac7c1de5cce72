package vn.luutru.search;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SearchMapper {

	// --- the index, written by SearchIndexer

	List<Long> findPendingDocuments(int limit);

	List<Long> findPendingFiles(int limit);

	IndexedDocument findPendingDocument(long id);

	/** The document's file, locked and marked for a new index (0 rows if gone). */
	int markFileStale(long fileId);

	int deleteText(@Param("fileId") long fileId, @Param("sourceId") long sourceId);

	void insertText(@Param("fileId") long fileId, @Param("sourceId") long sourceId, @Param("folded") String folded);

	int markDocumentIndexed(long id);

	/** The files of the chunk still waiting, their rows locked until the commit. */
	List<IndexedFile> lockPendingFiles(@Param("ids") Collection<Long> ids);

	List<FileText> findDocumentTexts(@Param("ids") Collection<Long> ids);

	void deleteTerms(@Param("ids") Collection<Long> ids);

	void deletePairs(@Param("ids") Collection<Long> ids);

	void deleteFileTexts(@Param("ids") Collection<Long> ids);

	void insertFileTexts(@Param("texts") List<FileText> texts);

	void insertTerms(@Param("postings") List<Posting> postings);

	/** Adjacent word pairs ("a b") of the files, in lt_search_pair. */
	void insertPairs(@Param("postings") List<Posting> postings);

	int markFilesIndexed(@Param("ids") Collection<Long> ids);

	IndexProgress progress();

	// --- queries, run by SearchService

	/** The highest file id: how many files there are, near enough. */
	long lastFileId();

	/**
	 * How many files hold the word (or a word starting so), counted up to {@code cap}.
	 */
	long countTerm(@Param("term") String term, @Param("prefix") boolean prefix, @Param("cap") int cap);

	/**
	 * How many files hold the two words next to each other, counted up to {@code cap}.
	 */
	long countPair(@Param("pair") String pair, @Param("cap") int cap);

	List<SearchHit> search(SearchPlan plan);

	long count(SearchPlan plan);

}
