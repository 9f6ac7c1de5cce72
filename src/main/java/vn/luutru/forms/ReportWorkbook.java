package vn.luutru.forms;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The workbook every report is written with: streaming (SXSSF, so a million rows fit in a
 * small heap), one style set, and sheets that print ready to sign: title block, frozen
 * and filtered header repeated on each A4 page, widths from the content, totals as
 * formulas, page numbers in the footer. Write the sheets, then
 * {@link #write(OutputStream)}; close it to delete its temporary files.
 *
 * <pre>
 * try (ReportWorkbook workbook = new ReportWorkbook()) {
 *     ReportSheet sheet = workbook.sheet("Đến hạn", title, columns);
 *     rows.forEach((r) -&gt; sheet.row(r.code(), r.title(), r.dueOn()));
 *     sheet.totals("Tổng cộng");
 *     sheet.signatures(placeAndDate, Signatory..., Signatory...);
 *     workbook.write(out);
 * }
 * </pre>
 */
public final class ReportWorkbook implements AutoCloseable {

	/** Rows kept in memory per sheet before they are flushed to the temporary file. */
	private static final int WINDOW = 200;

	private final SXSSFWorkbook workbook;

	private final ReportStyles styles;

	private final List<ReportSheet> sheets = new ArrayList<>();

	public ReportWorkbook() {
		this.workbook = new FastTemporaryFiles(WINDOW);
		this.styles = new ReportStyles(this.workbook);
	}

	/** A sheet with its title block and header row written. */
	public ReportSheet sheet(String name, ReportTitle title, List<ReportColumn> columns) {
		return add(name, title, columns, false);
	}

	/**
	 * A sheet whose header is followed by a row of column numbers "(1)", "(2)" …, as the
	 * Decree 30 lists print them; both rows repeat on each page.
	 */
	public ReportSheet numberedSheet(String name, ReportTitle title, List<ReportColumn> columns) {
		return add(name, title, columns, true);
	}

	private ReportSheet add(String name, ReportTitle title, List<ReportColumn> columns, boolean numbered) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a report sheet needs columns");
		}
		ReportSheet sheet = new ReportSheet(this.workbook.createSheet(WorkbookUtil.createSafeSheetName(name)),
				this.styles, title, columns, numbered);
		this.sheets.add(sheet);
		return sheet;
	}

	/** Settles widths and print setup of every sheet and writes the .xlsx. */
	public void write(OutputStream out) throws IOException {
		for (ReportSheet sheet : this.sheets) {
			sheet.finish();
		}
		this.workbook.setForceFormulaRecalculation(true);
		this.workbook.write(out);
	}

	/** The .xlsx as bytes, for small reports and tests. */
	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	/**
	 * SXSSF with its temporary sheet files gzipped at the fastest level: a million-row
	 * sheet is about 400 MB of XML, a tenth of that once compressed, and POI's default
	 * level cost a quarter of the report's time (bench/report.sh).
	 */
	private static final class FastTemporaryFiles extends SXSSFWorkbook {

		FastTemporaryFiles(int window) {
			super(window);
		}

		@Override
		protected SheetDataWriter createSheetDataWriter() throws IOException {
			return new GZIPSheetDataWriter(getSharedStringSource()) {

				@Override
				protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
					return new GZIPOutputStream(fos, 1 << 16) {
						{
							this.def.setLevel(Deflater.BEST_SPEED);
						}
					};
				}

			};
		}

	}

}
