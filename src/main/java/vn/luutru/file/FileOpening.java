package vn.luutru.file;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.schedule.FilePlanItem;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.schedule.RetentionRule;
import vn.luutru.schedule.ScheduleDirectory;
import vn.luutru.security.CurrentUser;

/**
 * Works out a new file's values from a plan item or from the request alone, collecting
 * every problem on the way (Decree 30/2020 Art. 28: a file outside the plan sets its own
 * title, notation, retention and creator).
 */
@Component
class FileOpening {

	private final ScheduleDirectory schedule;

	private final RecordFileMapper mapper;

	private final Clock clock;

	FileOpening(ScheduleDirectory schedule, RecordFileMapper mapper, Clock clock) {
		this.schedule = schedule;
		this.mapper = mapper;
		this.clock = clock;
	}

	NewRecordFile prepare(OpenFileRequest r, CurrentUser user, Problems problems) {
		NewRecordFile f = new NewRecordFile();
		f.agencyId = user.agencyId();
		int thisYear = LocalDate.now(this.clock).getYear();
		FilePlanItem item = null;
		if (r.planItemId() != null) {
			item = this.schedule.findPlanItem(r.planItemId())
				.filter((i) -> i.agencyId().equals(user.agencyId()))
				.orElse(null);
			if (item == null) {
				problems.add("planItemId", "error.unknownPlanItem", r.planItemId());
			}
		}
		f.planItemId = (item != null) ? item.id() : null;
		f.fileYear = (item != null) ? item.planYear() : (r.year() != null) ? r.year() : thisYear;
		if (f.fileYear < 1900 || f.fileYear > thisYear + 1) {
			problems.add("year", "error.range");
		}
		f.fileNotation = (item != null) ? item.fileNotation() : Text.clean(r.fileNotation());
		if (f.fileNotation == null) {
			problems.add("fileNotation", "error.required");
		}
		else if (!FileCodes.isValidNotation(f.fileNotation)) {
			problems.add("fileNotation", "error.fileNotation");
		}
		f.title = (Text.line(r.title()) != null) ? Text.line(r.title()) : (item != null) ? item.title() : null;
		if (f.title == null) {
			problems.add("title", "error.required");
		}
		retention(r, item, f, problems);
		f.accessMode = orDefault(Text.clean(r.accessMode()), "01");
		if (!FileCodeLists.ACCESS_MODES.contains(f.accessMode)) {
			problems.add("accessMode", "error.accessMode");
		}
		f.language = orDefault(Text.clean(r.language()), "01");
		if (!FileCodeLists.isValidLanguageList(f.language)) {
			problems.add("language", "error.language");
		}
		f.confidenceLevel = orDefault(Text.clean(r.confidenceLevel()), "01");
		if (!FileCodeLists.CONFIDENCE_LEVELS.contains(f.confidenceLevel)) {
			problems.add("confidenceLevel", "error.confidenceLevel");
		}
		f.physicalFormat = Text.clean(r.physicalFormat());
		if (f.physicalFormat != null && !FileCodeLists.PHYSICAL_FORMATS.contains(f.physicalFormat)) {
			problems.add("physicalFormat", "error.physicalFormat");
		}
		f.paperFileCode = Text.clean(r.paperFileCode());
		if (FileCodeLists.DIGITISED.equals(f.confidenceLevel) && f.paperFileCode == null) {
			problems.add("paperFileCode", "error.paperFileCodeRequired");
		}
		f.startDate = r.startDate();
		if (f.startDate != null && f.startDate.isAfter(LocalDate.now(this.clock))) {
			problems.add("startDate", "error.dateInFuture");
		}
		f.keywords = Text.clean(r.keywords());
		f.inforSign = Text.clean(r.inforSign());
		f.description = Text.clean(r.description());
		f.creator = (Text.clean(r.creator()) != null) ? Text.clean(r.creator())
				: (item != null && item.creator() != null) ? item.creator() : user.displayName();
		if (user.agencyCode() == null) {
			problems.add("agencyCode", "error.userWithoutAgency");
		}
		else if (f.fileNotation != null && !problems.has("fileNotation") && !problems.has("year")) {
			f.fileCode = FileCodes.fileCode(user.agencyCode(), f.fileYear, f.fileNotation);
			if (this.mapper.existsByCode(f.fileCode)) {
				problems.add("fileNotation", "error.duplicate", f.fileCode);
			}
		}
		return f;
	}

	private void retention(OpenFileRequest r, FilePlanItem item, NewRecordFile f, Problems problems) {
		RetentionRule rule = null;
		String ruleCode = Text.clean(r.retentionRuleCode());
		if (ruleCode != null) {
			rule = this.schedule.findRuleByCode(ruleCode).orElse(null);
			if (rule == null) {
				problems.add("retentionRuleCode", "error.unknownRetentionRule", ruleCode);
				return;
			}
		}
		else if (item != null) {
			rule = this.schedule.findRule(item.retentionRuleId()).orElse(null);
		}
		String code = Text.clean(r.maintenanceCode());
		if (rule != null) {
			f.retentionRuleId = rule.id();
			f.maintenanceCode = rule.maintenanceCode();
			f.retentionYears = rule.retentionYears();
			return;
		}
		if (code == null) {
			problems.add("maintenanceCode", "error.required");
			return;
		}
		try {
			RetentionPeriod period = RetentionPeriod.of(code, r.retentionYears());
			f.maintenanceCode = period.code();
			f.retentionYears = period.years();
		}
		catch (IllegalArgumentException ex) {
			problems.add(RetentionPeriod.isKnownCode(code) ? "retentionYears" : "maintenanceCode",
					RetentionPeriod.isKnownCode(code) ? "error.retentionYears" : "error.maintenanceCode");
		}
	}

	private static String orDefault(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
