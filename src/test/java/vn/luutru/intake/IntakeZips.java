package vn.luutru.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.luutru.content.SamplePdfs;

/**
 * Builds intake uploads as a clerk would: a sheet (header of column names, one row a
 * document) and a ZIP of the sheet and the content files.
 */
final class IntakeZips {

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	private IntakeZips(List<String> header) {
		this.header = header;
	}

	/** A sheet with the columns named as Circular 05/2025 does. */
	static IntakeZips current() {
		List<String> header = new ArrayList<>();
		for (IntakeColumn column : IntakeColumn.values()) {
			header.add(column.header);
		}
		return new IntakeZips(header);
	}

	static IntakeZips withHeader(List<String> header) {
		return new IntakeZips(header);
	}

	/** A row by column (the enum's order), its content a small PDF named in it. */
	IntakeZips row(Map<IntakeColumn, String> values) {
		List<String> row = new ArrayList<>();
		for (IntakeColumn column : IntakeColumn.values()) {
			row.add(values.get(column));
		}
		this.rows.add(row);
		String content = values.get(IntakeColumn.CONTENT_FILE);
		if (content != null && !this.entries.containsKey(content)) {
			this.entries.put(content, SamplePdfs.plainPdf(content, 1));
		}
		return this;
	}

	/** A row with cells in the header's order, exactly as given. */
	IntakeZips rawRow(List<String> cells) {
		this.rows.add(cells);
		return this;
	}

	IntakeZips entry(String name, byte[] bytes) {
		this.entries.put(name, bytes);
		return this;
	}

	IntakeZips without(String name) {
		this.entries.remove(name);
		return this;
	}

	byte[] sheet() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Hồ sơ - Văn bản");
			write(sheet.createRow(0), this.header);
			for (int r = 0; r < this.rows.size(); r++) {
				write(sheet.createRow(r + 1), this.rows.get(r));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] zip() {
		Map<String, byte[]> all = new LinkedHashMap<>();
		all.put(IntakeZip.SHEET, sheet());
		all.putAll(this.entries);
		return zip(all);
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			if (cells.get(c) != null) {
				row.createCell(c).setCellValue(cells.get(c));
			}
		}
	}

	/** The cells of a good document row of a file, its content "{notation}/{n}.pdf". */
	static Map<IntakeColumn, String> document(String notation, int n) {
		Map<IntakeColumn, String> v = new LinkedHashMap<>();
		v.put(IntakeColumn.FILE_NOTATION, notation);
		v.put(IntakeColumn.TYPE_NAME, "Công văn");
		v.put(IntakeColumn.CODE_NUMBER, String.valueOf(100 + n));
		v.put(IntakeColumn.CODE_NOTATION, "SNV-VP");
		v.put(IntakeColumn.ISSUED_DATE, String.format("%02d/03/2019", n));
		v.put(IntakeColumn.ORGAN_NAME, "Sở Nội vụ tỉnh Sơn La");
		v.put(IntakeColumn.SUBJECT, "V/v hướng dẫn lập hồ sơ, văn bản số " + n);
		v.put(IntakeColumn.PAGES, "1");
		v.put(IntakeColumn.CONTENT_FILE, notation + "/" + n + ".pdf");
		return v;
	}

	/** The file columns of a file kept 10 years, deposited on 15/06/2020. */
	static Map<IntakeColumn, String> depositedFile(Map<IntakeColumn, String> row) {
		row.put(IntakeColumn.FILE_YEAR, "2019");
		row.put(IntakeColumn.FILE_TITLE, "Tập công văn đi năm 2019");
		row.put(IntakeColumn.MAINTENANCE, "06");
		row.put(IntakeColumn.START_DATE, "02/01/2019");
		row.put(IntakeColumn.END_DATE, "31/12/2019");
		row.put(IntakeColumn.FILE_STATUS, "Đã nộp lưu");
		row.put(IntakeColumn.DEPOSIT_DATE, "15/06/2020");
		return row;
	}

}
