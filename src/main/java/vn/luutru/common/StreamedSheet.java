package vn.luutru.common;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a workbook row by row while streaming its XML, holding one row
 * at a time: building the workbook in memory takes about 190 MB for 10,000 rows of 25
 * cells, more than a node's whole heap may be. Each cell comes as the text a user reads
 * in it: a date as {@link #DAY}, a number without trailing zeros or an exponent, anything
 * else as Excel shows it, blank cells left out.
 */
public final class StreamedSheet {

	/** How a date cell reads. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/** Takes the sheet's rows in order. */
	@FunctionalInterface
	public interface Rows {

		/**
		 * One row holding at least one value.
		 * @param index the row's index, 0 for the sheet's first
		 * @param cells the row's values by column index (0 for A), in column order
		 */
		void row(int index, Map<Integer, String> cells);

	}

	private StreamedSheet() {
	}

	/** Reads the first sheet; a sheet-less workbook has no rows. */
	public static void read(OPCPackage workbook, Rows rows) throws IOException {
		try {
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows), new CellText(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (SAXException | OpenXML4JException | ParserConfigurationException ex) {
			throw new IOException(ex);
		}
	}

	/** Gathers a row's cells and hands on the rows with a value. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Rows rows;

		private Map<Integer, String> cells = new TreeMap<>();

		RowCollector(Rows rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells = new TreeMap<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (!this.cells.isEmpty()) {
				this.rows.row(rowNum, this.cells);
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			String value = Text.clean(formattedValue);
			if (value != null && cellReference != null) {
				this.cells.put((int) new CellReference(cellReference).getCol(), value);
			}
		}

	}

	/** Dates as {@link #DAY}, other numbers plain; text as Excel formats it. */
	private static final class CellText extends DataFormatter {

		CellText() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DAY);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
