package vn.luutru.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.document.DocumentRules;
import vn.luutru.document.FileDefaults;
import vn.luutru.file.DateRange;
import vn.luutru.file.FileIntake;
import vn.luutru.file.FileStatus;
import vn.luutru.file.OpenFileRequest;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.Role;

/**
 * Checks every row of a sheet with the rules of the capture API (a document as
 * {@link DocumentRules} checks it, a file as opening and closing one does), then what
 * only a sheet can get wrong: a file's columns that differ between its rows, a position
 * or a content file given twice. Problems land on their rows; nothing is written.
 */
@Component
class IntakeValidation {

	/** File columns: given on a file's first row, empty or the same on the others. */
	private static final List<IntakeColumn> FILE_COLUMNS = List.of(IntakeColumn.FILE_YEAR, IntakeColumn.FILE_TITLE,
			IntakeColumn.MAINTENANCE, IntakeColumn.RETENTION_YEARS, IntakeColumn.FILE_ACCESS_MODE,
			IntakeColumn.START_DATE, IntakeColumn.END_DATE, IntakeColumn.FILE_STATUS, IntakeColumn.DEPOSIT_DATE);

	private final DocumentRules documents;

	private final FileIntake files;

	IntakeValidation(DocumentRules documents, FileIntake files) {
		this.documents = documents;
		this.files = files;
	}

	void validate(List<IntakeRow> rows, CurrentUser user) {
		Map<String, List<IntakeRow>> byFile = new LinkedHashMap<>();
		for (IntakeRow row : rows) {
			String notation = Text.clean(row.fileNotation());
			if (notation == null) {
				row.problems().add(FieldProblem.of("fileNotation", "error.required"));
				continue;
			}
			byFile.computeIfAbsent(notation, (k) -> new ArrayList<>()).add(row);
		}
		Set<String> contents = new HashSet<>();
		for (List<IntakeRow> fileRows : byFile.values()) {
			checkFile(fileRows, user);
			Set<Integer> positions = new HashSet<>();
			for (IntakeRow row : fileRows) {
				Integer position = row.document().position();
				if (position != null && !positions.add(position)) {
					row.problems().add(FieldProblem.of("position", "intake.error.positionRepeated", position));
				}
				if (row.contentName() != null && !contents.add(row.contentName())) {
					row.problems().add(FieldProblem.of("content", "intake.error.contentRepeated", row.contentName()));
				}
			}
		}
	}

	private void checkFile(List<IntakeRow> rows, CurrentUser user) {
		IntakeRow first = rows.get(0);
		for (IntakeRow row : rows.subList(1, rows.size())) {
			for (IntakeColumn column : FILE_COLUMNS) {
				String value = row.values().get(column);
				if (value != null && !Objects.equals(value, first.values().get(column))) {
					row.problems().add(FieldProblem.of(column.field, "intake.error.fileValueDiffers", first.number()));
				}
			}
		}
		OpenFileRequest file = first.file();
		FileDefaults defaults = new FileDefaults(orDefault(file.accessMode()), "01", null);
		LocalDate earliest = null;
		LocalDate latest = null;
		for (IntakeRow row : rows) {
			Problems problems = new Problems();
			this.documents.check(row.document(), defaults, row.contentFileName(), problems);
			row.problems().addAll(problems.list());
			LocalDate issued = row.document().issuedDate();
			if (issued != null) {
				earliest = (earliest == null || issued.isBefore(earliest)) ? issued : earliest;
				latest = (latest == null || issued.isAfter(latest)) ? issued : latest;
			}
		}
		Problems fileProblems = new Problems();
		if (first.history() != null && first.history().status() == FileStatus.DEPOSITED && !user.has(Role.ARCHIVIST)) {
			// Deposit into the agency archive is the archivist's act (the appraisal
			// task),
			// whether the file is born here or arrives from another system.
			fileProblems.add("status", "intake.error.depositByArchivist");
		}
		this.files.check(file, first.history(), (latest != null) ? new DateRange(earliest, latest) : null, user,
				fileProblems);
		// A file that cannot be opened takes all its documents with it.
		Map<String, FieldProblem> seen = new HashMap<>();
		fileProblems.list().forEach((p) -> seen.putIfAbsent(p.field() + p.code(), p));
		for (IntakeRow row : rows) {
			row.problems().addAll(seen.values());
		}
	}

	private static String orDefault(String accessMode) {
		String v = Text.clean(accessMode);
		return (v != null) ? v : "01";
	}

}
