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

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.Problems;

/**
 * Loads a retention schedule from Excel, matching rules by code. Every row is checked
 * before anything is written, and the whole sheet goes in one transaction: a sheet with
 * one bad cell changes nothing.
 */
@Service
public class RetentionScheduleImport {

	private final RetentionRuleMapper mapper;

	private final AuditService audit;

	RetentionScheduleImport(RetentionRuleMapper mapper, AuditService audit) {
		this.mapper = mapper;
		this.audit = audit;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'ADMIN')")
	public ImportResult importWorkbook(MultipartFile file) {
		Problems problems = new Problems();
		List<SheetRow<RetentionRuleRow>> rows = checked(read(file, problems), problems);
		problems.throwIfAny();
		Map<String, RetentionRule> existing = new HashMap<>();
		this.mapper.findAll().forEach((rule) -> existing.put(rule.code(), rule));
		int created = 0;
		int updated = 0;
		for (SheetRow<RetentionRuleRow> sheetRow : rows) {
			RetentionRuleRow row = sheetRow.value();
			RetentionRule current = existing.get(row.code);
			if (current == null) {
				insert(sheetRow);
				this.audit.record(AuditAction.RETENTION_RULE_CREATED, RetentionScheduleService.ENTITY, row.code, null,
						row.describe());
				created++;
			}
			else if (!row.sameAs(current)) {
				row.id = current.id();
				this.mapper.update(row);
				this.audit.record(AuditAction.RETENTION_RULE_UPDATED, RetentionScheduleService.ENTITY, row.code, null,
						row.describe());
				updated++;
			}
		}
		ImportResult result = new ImportResult(created, updated, rows.size() - created - updated);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fileName", file.getOriginalFilename());
		details.put("result", result);
		this.audit.record(AuditAction.RETENTION_SCHEDULE_IMPORTED, "retention_schedule", "common", null, details);
		return result;
	}

	private static List<SheetRow<RetentionRuleRequest>> read(MultipartFile file, Problems problems) {
		try (Workbook workbook = SheetCells.open(file, RetentionScheduleWorkbook.HEADER_ROW + 1)) {
			List<SheetRow<RetentionRuleRequest>> rows = RetentionScheduleWorkbook.read(workbook, problems);
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

	private static List<SheetRow<RetentionRuleRow>> checked(List<SheetRow<RetentionRuleRequest>> rows,
			Problems problems) {
		Map<String, Integer> firstRowOfCode = new HashMap<>();
		List<SheetRow<RetentionRuleRow>> checked = new ArrayList<>();
		for (SheetRow<RetentionRuleRequest> sheetRow : rows) {
			Fields fields = new Fields(problems, sheetRow.prefix());
			RetentionRuleRow row = RetentionRuleCheck.check(sheetRow.value(), fields);
			if (row.code != null && !fields.has("code")) {
				Integer first = firstRowOfCode.putIfAbsent(row.code, sheetRow.number());
				if (first != null) {
					fields.add("code", "error.schedule.duplicateInFile", row.code, first);
				}
			}
			checked.add(new SheetRow<>(sheetRow.number(), row));
		}
		return checked;
	}

	private void insert(SheetRow<RetentionRuleRow> sheetRow) {
		try {
			this.mapper.insert(sheetRow.value());
		}
		catch (DuplicateKeyException ex) {
			// The database compares codes without case or accents (utf8mb4_unicode_ci).
			throw InvalidInputException.of(sheetRow.prefix() + "code", "error.duplicate", sheetRow.value().code);
		}
	}

}
