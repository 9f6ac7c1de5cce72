package vn.luutru.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.agency.Agency;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.Problems;

/**
 * Loads a year's file plan from Excel, matching planned files by their number and
 * notation. All rows are checked first and written in one transaction, so a sheet with
 * one bad cell changes nothing.
 */
@Service
public class FilePlanImport {

	private final FilePlanMapper plans;

	private final RetentionRuleMapper rules;

	private final FilePlanAccess access;

	private final AuditService audit;

	FilePlanImport(FilePlanMapper plans, RetentionRuleMapper rules, FilePlanAccess access, AuditService audit) {
		this.plans = plans;
		this.rules = rules;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'CLERK', 'ADMIN')")
	public ImportResult importWorkbook(String agencyCode, Integer planYear, MultipartFile file) {
		Agency agency = this.access.writable(agencyCode);
		// No default year here: loading a plan into the wrong year is easy to miss.
		if (planYear == null) {
			throw InvalidInputException.of("year", "error.required");
		}
		if (planYear < FilePlanItemCheck.MIN_YEAR || planYear > FilePlanItemCheck.MAX_YEAR) {
			throw InvalidInputException.of("year", "error.schedule.yearRange", FilePlanItemCheck.MIN_YEAR,
					FilePlanItemCheck.MAX_YEAR);
		}
		Problems problems = new Problems();
		Map<String, FilePlanItem> existing = new HashMap<>();
		this.plans.findByAgencyAndYear(agency.id(), planYear).forEach((i) -> existing.put(i.fileNotation(), i));
		Map<String, RetentionRule> rulesByCode = new HashMap<>();
		this.rules.findAll().forEach((r) -> rulesByCode.put(r.code(), r));
		List<SheetRow<FilePlanItemRow>> rows = new ArrayList<>();
		Map<String, Integer> firstRowOfNotation = new HashMap<>();
		for (SheetRow<FilePlanItemRequest> sheetRow : read(file, planYear, problems)) {
			Fields fields = new Fields(problems, sheetRow.prefix());
			FilePlanItemRow row = FilePlanItemCheck.check(sheetRow.value(), fields);
			row.agencyId = agency.id();
			FilePlanItem current = (row.fileNotation != null) ? existing.get(row.fileNotation) : null;
			FilePlanItemCheck.resolveRule(row, rulesByCode::get, (current != null) ? current.retentionRuleId() : null,
					fields);
			if (row.fileNotation != null && !fields.has("fileNotation")) {
				Integer first = firstRowOfNotation.putIfAbsent(row.fileNotation, sheetRow.number());
				if (first != null) {
					fields.add("fileNotation", "error.schedule.duplicateInFile", row.fileNotation, first);
				}
			}
			rows.add(new SheetRow<>(sheetRow.number(), row));
		}
		problems.throwIfAny();
		ImportResult result = write(rows, existing);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("planYear", planYear);
		details.put("fileName", file.getOriginalFilename());
		details.put("result", result);
		this.audit.record(AuditAction.FILE_PLAN_IMPORTED, "file_plan", agency.code() + "." + planYear, agency.id(),
				details);
		return result;
	}

	private ImportResult write(List<SheetRow<FilePlanItemRow>> rows, Map<String, FilePlanItem> existing) {
		int created = 0;
		int updated = 0;
		for (SheetRow<FilePlanItemRow> sheetRow : rows) {
			FilePlanItemRow row = sheetRow.value();
			FilePlanItem current = existing.get(row.fileNotation);
			if (current == null) {
				try {
					this.plans.insert(row);
				}
				catch (DuplicateKeyException ex) {
					// The database compares notations without case or accents.
					throw InvalidInputException.of(sheetRow.prefix() + "fileNotation",
							"error.schedule.duplicateNotation", row.fileNotation, row.planYear);
				}
				this.audit.record(AuditAction.PLAN_ITEM_CREATED, FilePlanService.ENTITY, row.id, row.agencyId,
						row.describe());
				created++;
			}
			else if (!row.sameAs(current)) {
				row.id = current.id();
				this.plans.update(row);
				this.audit.record(AuditAction.PLAN_ITEM_UPDATED, FilePlanService.ENTITY, row.id, row.agencyId,
						row.describe());
				updated++;
			}
		}
		return new ImportResult(created, updated, rows.size() - created - updated);
	}

	private static List<SheetRow<FilePlanItemRequest>> read(MultipartFile file, int planYear, Problems problems) {
		try (Workbook workbook = SheetCells.open(file, FilePlanImportSheet.HEADER_ROW + 1)) {
			List<SheetRow<FilePlanItemRequest>> rows = FilePlanImportSheet.read(workbook, planYear, problems);
			if (rows.isEmpty()) {
				throw InvalidInputException.of("file", "error.schedule.noRows");
			}
			if (rows.size() > SheetCells.MAX_ROWS) {
				throw InvalidInputException.of("file", "error.schedule.tooManyRows", SheetCells.MAX_ROWS);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
