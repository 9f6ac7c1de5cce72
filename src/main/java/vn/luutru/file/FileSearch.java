package vn.luutru.file;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.PageRequest;
import vn.luutru.common.PageResult;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.security.CurrentUsers;

/** Lists record files by agency, year, status, retention and words of the title. */
@Service
public class FileSearch {

	private final RecordFileMapper mapper;

	private final AgencyDirectory agencies;

	FileSearch(RecordFileMapper mapper, AgencyDirectory agencies) {
		this.mapper = mapper;
		this.agencies = agencies;
	}

	@Transactional(readOnly = true)
	public PageResult<RecordFile> search(String agencyCode, Integer year, String status, String maintenanceCode,
			String q, PageRequest page) {
		Problems problems = new Problems();
		Long agencyId = null;
		String code = Text.clean(agencyCode);
		if (code != null) {
			agencyId = this.agencies.findByCode(code).map((a) -> a.id()).orElse(null);
			if (agencyId == null) {
				problems.add("agencyCode", "error.unknownAgency", code);
			}
		}
		String st = Text.clean(status);
		if (st != null && Arrays.stream(FileStatus.values()).noneMatch((s) -> s.name().equals(st))) {
			problems.add("status", "error.invalidChoice",
					Arrays.stream(FileStatus.values())
						.map(Enum::name)
						.collect(java.util.stream.Collectors.joining(", ")));
		}
		String mc = Text.clean(maintenanceCode);
		if (mc != null && !RetentionPeriod.isKnownCode(mc)) {
			problems.add("maintenanceCode", "error.maintenanceCode");
		}
		problems.throwIfAny();
		FileQuery query = new FileQuery(CurrentUsers.require().visibleAgencyId(), agencyId, year, st, mc, words(q),
				page.offset(), page.size());
		return new PageResult<>(this.mapper.search(query), this.mapper.count(query), page.page(), page.size());
	}

	/** Splits the search text into words, NFC-normalised, with LIKE wildcards escaped. */
	static List<String> words(String q) {
		String text = Text.clean(q);
		if (text == null) {
			return null;
		}
		return Arrays.stream(text.split("\\s+"))
			.map((w) -> w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
			.limit(10)
			.toList();
	}

}
