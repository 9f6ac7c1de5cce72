package vn.luutru.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * One search as the database runs it. The files are read starting from {@code drive}, the
 * rarest word of the query (the rarest beginning when {@code drivePrefix}, the rarest
 * pair of adjacent words of a phrase when {@code drivePair}); the other words, pairs,
 * beginnings and phrases are checked file by file. With no words, the files are read in
 * the sort order. {@code visibleAgencyId} comes from the signed-in user, never from the
 * request: null only for managers, who see every agency.
 *
 * @param pairs adjacent word pairs ({@code a b}) the files must hold (lt_search_pair)
 * @param phrasePatterns LIKE patterns ({@code % a b c %}) on the folded texts, for the
 * phrases their pairs do not settle
 * @param prefixPatterns LIKE patterns ({@code ab%}) on the index's words
 * @param driveFiles how many files hold the first word (counted up to
 * {@link SearchService#PROBE_CAP}), -1 when not counted
 * @param listInOrder whether {@link #listing()} reads the files in the sort's order
 * @param filesByKey whether the files are read by their key, newest first, every word
 * checked file by file ({@link #newestFilesFirst()})
 * @param visiblePart for an officer, which of his visible files are read (null: all)
 */
record SearchPlan(Long visibleAgencyId, String drive, boolean drivePrefix, boolean drivePair, List<String> words,
		List<String> pairs, List<String> prefixPatterns, List<String> phrasePatterns, Long agencyId, Integer year,
		String maintenanceCode, String status, String accessMode, String documentType, String orderBy, long driveFiles,
		boolean listInOrder, long offset, int limit, boolean filesByKey, VisiblePart visiblePart) {

	/**
	 * An officer sees his agency's files and those in its custody: read apart, each part
	 * is one index's range (together MariaDB merges and sorts both indexes first).
	 */
	enum VisiblePart {

		/** The agency's own files. */
		OWN,

		/** Files in its custody that another agency made. */
		CUSTODY

	}

	/**
	 * Whether the files found are exactly those holding the first word: one exact word,
	 * nothing else asked, every agency visible. Their number is then the word's count.
	 */
	boolean onlyDrive() {
		return this.drive != null && !this.drivePrefix && this.driveFiles >= 0 && this.words.isEmpty()
				&& this.pairs.isEmpty() && this.prefixPatterns.isEmpty() && this.phrasePatterns.isEmpty()
				&& this.visibleAgencyId == null && this.agencyId == null && this.year == null
				&& this.maintenanceCode == null && this.status == null && this.accessMode == null
				&& this.documentType == null;
	}

	/**
	 * The ORDER BY of the sort; for the default sort with an exact first word, the
	 * index's own order (the same order, without a sort).
	 */
	static String orderBy(SearchSort sort, String drive, boolean drivePrefix) {
		return (drive != null && !drivePrefix && sort == SearchSort.NEWEST) ? "d.file_id desc" : sort.orderBy();
	}

	SearchPlan page(long offset, int limit) {
		return new SearchPlan(this.visibleAgencyId, this.drive, this.drivePrefix, this.drivePair, this.words,
				this.pairs, this.prefixPatterns, this.phrasePatterns, this.agencyId, this.year, this.maintenanceCode,
				this.status, this.accessMode, this.documentType, this.orderBy, this.driveFiles, this.listInOrder,
				offset, limit, this.filesByKey, this.visiblePart);
	}

	/** The same plan over one part of the officer's visible files. */
	SearchPlan only(VisiblePart part) {
		return new SearchPlan(this.visibleAgencyId, this.drive, this.drivePrefix, this.drivePair, this.words,
				this.pairs, this.prefixPatterns, this.phrasePatterns, this.agencyId, this.year, this.maintenanceCode,
				this.status, this.accessMode, this.documentType, this.orderBy, this.driveFiles, this.listInOrder,
				this.offset, this.limit, this.filesByKey, part);
	}

	/**
	 * Whether the files found may be few among all and dense among one agency's: a common
	 * first word (or beginning), the default order, a list limited to one agency (the
	 * signed-in officer's or a filter). The database would otherwise start from the
	 * agency's files and sort them all (1 to 3 s for an agency of 100,000 files), or
	 * build the set of every file a beginning finds.
	 */
	boolean oneAgencysCommonWords() {
		return this.drive != null && this.driveFiles >= SearchService.LIST_IN_ORDER_FROM
				&& (this.visibleAgencyId != null || this.agencyId != null)
				&& ("d.file_id desc".equals(this.orderBy) || SearchSort.NEWEST.orderBy().equals(this.orderBy));
	}

	/**
	 * Every word, pair, beginning and phrase checked file by file (the first one too),
	 * the files read as the database plans it: how the files of one agency holding a
	 * common word are counted without first gathering every file the word finds.
	 */
	SearchPlan checkedFileByFile() {
		return checked(SearchSort.NEWEST.orderBy(), false);
	}

	/**
	 * The files read by their key, newest first, every word checked file by file (MySQL
	 * is told to read the primary key: H2 and MySQL would start from the agency's files
	 * and sort them). Chosen once the files found are known to be dense among all files
	 * ({@link SearchService}), so that the page is found within a few thousand files.
	 */
	SearchPlan newestFilesFirst() {
		return checked(SearchSort.NEWEST.orderBy(), true);
	}

	/** The first word moved among the checks, the files read in {@code order}. */
	private SearchPlan checked(String order, boolean byKey) {
		return new SearchPlan(this.visibleAgencyId, null, false, false, withDrive(this.words, false, false),
				withDrive(this.pairs, false, true), withDrive(this.prefixPatterns, true, false), this.phrasePatterns,
				this.agencyId, this.year, this.maintenanceCode, this.status, this.accessMode, this.documentType, order,
				-1, false, this.offset, this.limit, byKey, this.visiblePart);
	}

	private List<String> withDrive(List<String> checks, boolean prefix, boolean pair) {
		boolean mine = (this.drivePrefix == prefix) && (this.drivePair == pair);
		return (this.drive != null && mine) ? Stream.concat(Stream.of(this.drive), checks.stream()).toList() : checks;
	}

	/**
	 * The plan that lists a page. When {@code listInOrder} (a common first word and a
	 * sort an index gives), the files are read in the sort's order and the first word is
	 * checked like the others: the first page is found among the first files read,
	 * instead of sorting every file the word finds. Counting keeps the first word.
	 */
	SearchPlan listing() {
		if (!this.listInOrder || this.drive == null) {
			return this;
		}
		return checked(this.orderBy, false);
	}

}
