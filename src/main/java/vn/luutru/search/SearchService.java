package vn.luutru.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.PageRequest;
import vn.luutru.common.PageResult;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.common.Years;
import vn.luutru.document.DocumentTypes;
import vn.luutru.file.FileCodeLists;
import vn.luutru.file.FileStatus;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.security.CurrentUsers;

/**
 * Finds the files a user may see by the words of their metadata, their documents'
 * metadata and text. The query starts from its rarest word or, for a phrase, its rarest
 * pair of adjacent words: each one's files are counted in the index first (up to
 * {@link #PROBE_CAP}), so a common word ("hồ sơ") is only checked on the few files a rare
 * one finds, and a phrase of common words ("báo cáo công tác") starts from its rarest
 * pair. Totals are counted up to {@link #COUNT_CAP}, as the lists do.
 */
@Service
public class SearchService {

	/**
	 * Totals stop here, as the file lists' do: "more than 10,000" is what a user needs.
	 */
	public static final int COUNT_CAP = 10_000;

	static final int PROBE_CAP = 100_000;

	/**
	 * From this many files for the first word, a list sorted by an indexed order reads
	 * the files in that order ({@link SearchPlan#listing()}) rather than sorting them
	 * all.
	 */
	static final int LIST_IN_ORDER_FROM = 20_000;

	/**
	 * At most about this many files are read newest first to list one agency's page
	 * ({@link SearchPlan#newestFilesFirst()}).
	 */
	static final int MOST_FILES_READ = 20_000;

	static final int MAX_QUERY = 500;

	private final SearchMapper mapper;

	private final AgencyDirectory agencies;

	SearchService(SearchMapper mapper, AgencyDirectory agencies) {
		this.mapper = mapper;
		this.agencies = agencies;
	}

	@Transactional(readOnly = true)
	public PageResult<SearchHit> search(SearchFilters filters, PageRequest page) {
		SearchPlan plan = plan(filters, page.offset(), page.size());
		if (plan == null) {
			return new PageResult<>(List.of(), 0, page.page(), page.size());
		}
		if (plan.oneAgencysCommonWords()) {
			return oneAgency(plan, page);
		}
		List<SearchHit> hits = this.mapper.search(plan.listing());
		long total;
		if (page.offset() == 0 && hits.size() < page.size()) {
			total = hits.size();
		}
		else if (plan.onlyDrive()) {
			// one word, nothing else: its count in the index is the answer
			total = Math.min(COUNT_CAP, plan.driveFiles());
		}
		else {
			total = Math.min(COUNT_CAP, this.mapper.count(plan.page(0, COUNT_CAP)));
		}
		return new PageResult<>(hits, total, page.page(), page.size());
	}

	/**
	 * A common word in one agency's files: counted first (a beginning or a phrase with
	 * every check made file by file, among the agency's files, instead of gathering every
	 * file the beginning finds or joining the pair's entries). When the files found are
	 * dense enough among all files that the page lies within {@link #MOST_FILES_READ}
	 * files read newest first, they are read so; otherwise (a small agency) the agency's
	 * few files are read and sorted, as the database plans it.
	 */
	private PageResult<SearchHit> oneAgency(SearchPlan plan, PageRequest page) {
		// A beginning or a phrase: counted among the agency's files, each check by key
		// (a phrase of common words: 0.8 s instead of 1.4 s for an agency of 100,000
		// files, bench/RESULTS.md); one word or pair: from its entries.
		SearchPlan counted = (plan.drivePrefix() || !plan.phrasePatterns().isEmpty()) ? plan.checkedFileByFile() : plan;
		long total = countApart(counted.page(0, COUNT_CAP));
		if (total < COUNT_CAP && page.offset() >= total) {
			return new PageResult<>(List.of(), total, page.page(), page.size());
		}
		long files = this.mapper.lastFileId();
		boolean dense = (page.offset() + page.size()) * files <= total * MOST_FILES_READ;
		List<SearchHit> hits = this.mapper.search(dense ? plan.newestFilesFirst() : plan);
		return new PageResult<>(hits, total, page.page(), page.size());
	}

	/**
	 * The files found, up to the plan's limit; an officer's own files and those in his
	 * agency's custody counted apart, each through one index.
	 */
	private long countApart(SearchPlan plan) {
		if (plan.visibleAgencyId() == null) {
			return Math.min(plan.limit(), this.mapper.count(plan));
		}
		long own = this.mapper.count(plan.only(SearchPlan.VisiblePart.OWN));
		if (own >= plan.limit()) {
			return plan.limit();
		}
		return own + this.mapper.count(plan.only(SearchPlan.VisiblePart.CUSTODY).page(0, (int) (plan.limit() - own)));
	}

	/** The first {@code limit} files found, for an export. */
	@Transactional(readOnly = true)
	public List<SearchHit> first(SearchFilters filters, int limit) {
		SearchPlan plan = plan(filters, 0, limit);
		return (plan != null) ? this.mapper.search(plan.listing()) : List.of();
	}

	/**
	 * Checks the filters (400 with field messages) and plans; null when nothing can
	 * match.
	 */
	SearchPlan plan(SearchFilters f, long offset, int limit) {
		Problems problems = new Problems();
		String q = Text.clean(f.q());
		if (q != null && q.length() > MAX_QUERY) {
			problems.add("q", "search.error.queryTooLong", MAX_QUERY);
		}
		Long agencyId = null;
		String code = Text.clean(f.agencyCode());
		if (code != null) {
			agencyId = this.agencies.findByCode(code).map((a) -> a.id()).orElse(null);
			if (agencyId == null) {
				problems.add("agencyCode", "error.unknownAgency", code);
			}
		}
		if (f.year() != null && !Years.within(f.year())) {
			problems.add("year", "search.error.year", Years.FIRST, Years.LAST);
		}
		String mc = Text.clean(f.maintenanceCode());
		if (mc != null && !RetentionPeriod.isKnownCode(mc)) {
			problems.add("maintenanceCode", "error.maintenanceCode");
		}
		String status = Text.clean(f.status());
		if (status != null && Arrays.stream(FileStatus.values()).noneMatch((s) -> s.name().equals(status))) {
			problems.add("status", "error.invalidChoice", names(FileStatus.values()));
		}
		String access = Text.clean(f.accessMode());
		if (access != null && !FileCodeLists.ACCESS_MODES.contains(access)) {
			problems.add("accessMode", "error.accessMode");
		}
		String type = Text.clean(f.documentType());
		if (type != null && DocumentTypes.nameOf(type).isEmpty()) {
			problems.add("documentType", "search.error.documentType");
		}
		SearchSort sort = SearchSort.NEWEST;
		String s = Text.clean(f.sort());
		if (s != null) {
			sort = Arrays.stream(SearchSort.values())
				.filter((v) -> v.name().equalsIgnoreCase(s))
				.findFirst()
				.orElse(null);
			if (sort == null) {
				problems.add("sort", "error.invalidChoice", names(SearchSort.values()));
			}
		}
		problems.throwIfAny();
		ParsedQuery query = ParsedQuery.parse(q);
		if (q != null && query.isEmpty()) {
			// Only signs, no word: nothing can match.
			return null;
		}
		List<String> words = new ArrayList<>(query.wordsOutsidePairs());
		List<String> pairs = new ArrayList<>(query.pairs());
		List<String> prefixes = new ArrayList<>(query.prefixes());
		String drive = null;
		boolean drivePrefix = false;
		boolean drivePair = false;
		long rarest = Long.MAX_VALUE;
		for (String p : pairs) {
			long n = this.mapper.countPair(p, PROBE_CAP);
			if (n < rarest) {
				rarest = n;
				drive = p;
				drivePair = true;
			}
		}
		for (String w : words) {
			long n = this.mapper.countTerm(w, false, PROBE_CAP);
			if (n < rarest) {
				rarest = n;
				drive = w;
				drivePair = false;
			}
		}
		for (String p : prefixes) {
			// A beginning only drives when clearly rarer: its matches may repeat per
			// file.
			long n = this.mapper.countTerm(p + "%", true, PROBE_CAP);
			if (n * 2 < rarest) {
				rarest = n;
				drive = p;
				drivePrefix = true;
				drivePair = false;
			}
		}
		if (rarest == 0) {
			return null;
		}
		if (drive != null) {
			if (drivePrefix) {
				prefixes.remove(drive);
			}
			else if (drivePair) {
				pairs.remove(drive);
			}
			else {
				words.remove(drive);
			}
		}
		List<String> prefixPatterns = prefixes.stream().map((p) -> p + "%").toList();
		List<String> phrasePatterns = query.phrasesToCheck().stream().map((p) -> "% " + p + " %").toList();
		String drivePattern = (drive != null && drivePrefix) ? drive + "%" : drive;
		return new SearchPlan(CurrentUsers.require().visibleAgencyId(), drivePattern, drivePrefix, drivePair, words,
				pairs, prefixPatterns, phrasePatterns, agencyId, f.year(), mc, status, access, type,
				SearchPlan.orderBy(sort, drive, drivePrefix), rarest,
				sort != SearchSort.NEWEST && sort.indexed() && rarest >= LIST_IN_ORDER_FROM, offset, limit, false,
				null);
	}

	private static String names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
	}

}
