package vn.luutru.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;

import vn.luutru.common.DateBounds;
import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.StreamedSheet;
import vn.luutru.document.DocumentMetadata;
import vn.luutru.file.FileHistory;
import vn.luutru.file.FileStatus;
import vn.luutru.file.OpenFileRequest;

/**
 * Reads the intake sheet (first sheet, header in row 1, one document a row) into rows,
 * mapping the header by {@link IntakeColumn}'s names and telling the schema it was
 * written for. A cell that cannot be read (a date in no known form) becomes a problem of
 * its row, not a refusal of the sheet; a header that cannot be read refuses the sheet.
 */
final class IntakeSheet {

	static final DateTimeFormatter DAY = StreamedSheet.DAY;

	private static final List<DateTimeFormatter> DATE_FORMS = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private IntakeSheet() {
	}

	/** The rows read and the schema the header was written for. */
	record Read(IntakeSchema schema, List<IntakeRow> rows) {

	}

	/**
	 * Reads the workbook's first sheet row by row ({@link StreamedSheet}): a sheet of
	 * thousands of rows is never built in memory.
	 */
	static Read read(OPCPackage workbook) throws IOException {
		Reading reading = new Reading();
		StreamedSheet.read(workbook, reading);
		if (reading.columns == null) {
			reading.header(Map.of());
		}
		return new Read(reading.schema, reading.rows);
	}

	/** The header mapped from the first row, then each row read by it. */
	private static final class Reading implements StreamedSheet.Rows {

		private Map<IntakeColumn, Integer> columns;

		private IntakeSchema schema = IntakeSchema.TT05_2025;

		private final List<IntakeRow> rows = new ArrayList<>();

		@Override
		public void row(int index, Map<Integer, String> cells) {
			if (this.columns == null) {
				// No first row: no header, every required column missing.
				header((index == 0) ? cells : Map.of());
				if (index == 0) {
					return;
				}
			}
			Map<IntakeColumn, String> values = new EnumMap<>(IntakeColumn.class);
			this.columns.forEach((column, c) -> {
				String value = cells.get(c);
				if (value != null) {
					values.put(column, value);
				}
			});
			if (!values.isEmpty()) {
				this.rows.add(IntakeSheet.row(index + 1, values, this.schema));
			}
		}

		void header(Map<Integer, String> cells) {
			this.columns = new EnumMap<>(IntakeColumn.class);
			cells.forEach((c, name) -> {
				if (IntakeColumn.fold(name).equals(IntakeColumn.fold(IntakeWorkbook.ERRORS))) {
					// The error column of a corrected error sheet sent back.
					return;
				}
				Match match = match(name);
				if (match == null) {
					throw InvalidInputException.of("sheet", "intake.error.unknownColumn", columnName(c), name);
				}
				if (this.columns.putIfAbsent(match.column(), c) != null) {
					throw InvalidInputException.of("sheet", "intake.error.repeatedColumn", columnName(c),
							match.column().header);
				}
				this.schema = this.schema.older(match.schema());
			});
			for (IntakeColumn column : IntakeColumn.values()) {
				if (column.required && !this.columns.containsKey(column)) {
					throw InvalidInputException.of("sheet", "intake.error.missingColumn", column.header);
				}
			}
		}

	}

	/** A row from its cells (as read, or as kept between the process's steps). */
	static IntakeRow row(int number, Map<IntakeColumn, String> v, IntakeSchema schema) {
		List<FieldProblem> problems = new ArrayList<>();
		Cells cells = new Cells(v, problems);
		OpenFileRequest file = new OpenFileRequest(null, cells.number(IntakeColumn.FILE_YEAR),
				v.get(IntakeColumn.FILE_NOTATION), v.get(IntakeColumn.FILE_TITLE), null,
				v.get(IntakeColumn.MAINTENANCE), cells.number(IntakeColumn.RETENTION_YEARS),
				v.get(IntakeColumn.FILE_ACCESS_MODE), null, null, null, null, null, cells.date(IntakeColumn.START_DATE),
				null, null, null);
		FileHistory history = new FileHistory(cells.status(), cells.date(IntakeColumn.END_DATE),
				cells.date(IntakeColumn.DEPOSIT_DATE));
		DocumentMetadata document = new DocumentMetadata(cells.number(IntakeColumn.POSITION),
				v.get(IntakeColumn.TYPE_NAME), v.get(IntakeColumn.CODE_NUMBER), v.get(IntakeColumn.CODE_NOTATION),
				cells.date(IntakeColumn.ISSUED_DATE), v.get(IntakeColumn.ORGAN_NAME), v.get(IntakeColumn.SUBJECT),
				v.get(IntakeColumn.LANGUAGE), cells.number(IntakeColumn.PAGES), cells.number(IntakeColumn.SHEETS), null,
				v.get(IntakeColumn.KEYWORD), v.get(IntakeColumn.DOCUMENT_MODE), v.get(IntakeColumn.CONFIDENCE), null,
				null, v.get(IntakeColumn.DESCRIPTION), v.get(IntakeColumn.SIGNER_POSITION),
				v.get(IntakeColumn.SIGNER_NAME), schema.documentSchema(), null);
		return new IntakeRow(number, v, file, history, document, v.get(IntakeColumn.CONTENT_FILE), problems);
	}

	/** Reads typed values from a row's cells, noting those in no known form. */
	private record Cells(Map<IntakeColumn, String> values, List<FieldProblem> problems) {

		LocalDate date(IntakeColumn column) {
			String value = this.values.get(column);
			if (value == null) {
				return null;
			}
			for (DateTimeFormatter form : DATE_FORMS) {
				try {
					LocalDate date = LocalDate.parse(value, form);
					if (!DateBounds.within(date)) {
						this.problems.add(FieldProblem.of(column.field, "error.dateOutOfRange", DateBounds.FIRST_YEAR,
								DateBounds.LAST_YEAR));
						return null;
					}
					return date;
				}
				catch (DateTimeParseException ex) {
					// the next form
				}
			}
			this.problems.add(FieldProblem.of(column.field, "intake.error.dateForm", value));
			return null;
		}

		Integer number(IntakeColumn column) {
			String value = this.values.get(column);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(value).intValueExact();
			}
			catch (ArithmeticException | NumberFormatException ex) {
				this.problems.add(FieldProblem.of(column.field, "intake.error.numberForm", value));
				return null;
			}
		}

		FileStatus status() {
			String value = this.values.get(IntakeColumn.FILE_STATUS);
			if (value == null) {
				return null;
			}
			FileStatus status = IntakeFileStates.of(value);
			if (status == null) {
				this.problems.add(FieldProblem.of("status", "intake.error.fileStatus", value));
			}
			return status;
		}

	}

	private record Match(IntakeColumn column, IntakeSchema schema) {

	}

	private static Match match(String name) {
		String folded = IntakeColumn.fold(name);
		for (IntakeColumn column : IntakeColumn.values()) {
			if (IntakeColumn.fold(column.header).equals(folded)) {
				return new Match(column, IntakeSchema.TT05_2025);
			}
		}
		for (IntakeColumn column : IntakeColumn.values()) {
			for (String legacy : column.legacyNames) {
				if (IntakeColumn.fold(legacy).equals(folded)) {
					return new Match(column, IntakeSchema.ofLegacyName(legacy));
				}
			}
		}
		return null;
	}

	/** A cell as text: a date cell as dd/MM/yyyy, a number without grouping. */
	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

}
