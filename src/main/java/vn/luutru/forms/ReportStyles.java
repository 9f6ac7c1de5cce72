package vn.luutru.forms;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The styles of a report workbook, made once per workbook and shared by its sheets (Excel
 * caps a workbook at about 64,000 styles). Times New Roman everywhere, the workbook's
 * default font included, so that column widths are measured in the printed font.
 */
final class ReportStyles {

	final CellStyle agency;

	final CellStyle parentAgency;

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle note;

	final CellStyle header;

	final CellStyle totalLabel;

	final CellStyle section;

	final CellStyle signRole;

	final CellStyle signHint;

	final CellStyle placeAndDate;

	private final Map<ReportColumn.Kind, Map<RowHighlight, CellStyle>> cells = new EnumMap<>(ReportColumn.Kind.class);

	private final Map<ReportColumn.Kind, CellStyle> totals = new EnumMap<>(ReportColumn.Kind.class);

	ReportStyles(Workbook workbook) {
		Font defaultFont = workbook.getFontAt(0);
		defaultFont.setFontName("Times New Roman");
		defaultFont.setFontHeightInPoints((short) 12);
		Font plain = FormStyles.font(workbook, 12, false, false);
		Font bold = FormStyles.font(workbook, 12, true, false);
		Font italic = FormStyles.font(workbook, 12, false, true);
		this.parentAgency = FormStyles.unbordered(workbook, FormStyles.font(workbook, 12, false, false),
				HorizontalAlignment.CENTER);
		Font agencyFont = FormStyles.font(workbook, 12, true, false);
		agencyFont.setUnderline(Font.U_SINGLE);
		this.agency = FormStyles.unbordered(workbook, agencyFont, HorizontalAlignment.CENTER);
		this.title = FormStyles.unbordered(workbook, FormStyles.font(workbook, 14, true, false),
				HorizontalAlignment.CENTER);
		this.title.setWrapText(true);
		this.subtitle = FormStyles.unbordered(workbook, FormStyles.font(workbook, 12, false, true),
				HorizontalAlignment.CENTER);
		this.note = FormStyles.unbordered(workbook, FormStyles.font(workbook, 11, false, true),
				HorizontalAlignment.CENTER);
		this.header = bordered(workbook, bold, HorizontalAlignment.CENTER);
		this.header.setWrapText(true);
		this.totalLabel = bordered(workbook, bold, HorizontalAlignment.CENTER);
		this.section = bordered(workbook, bold, HorizontalAlignment.LEFT);
		this.section.setWrapText(true);
		this.signRole = FormStyles.unbordered(workbook, bold, HorizontalAlignment.CENTER);
		this.signHint = FormStyles.unbordered(workbook, italic, HorizontalAlignment.CENTER);
		this.placeAndDate = FormStyles.unbordered(workbook, italic, HorizontalAlignment.CENTER);
		for (ReportColumn.Kind kind : ReportColumn.Kind.values()) {
			Map<RowHighlight, CellStyle> byHighlight = new EnumMap<>(RowHighlight.class);
			for (RowHighlight highlight : RowHighlight.values()) {
				byHighlight.put(highlight, cell(workbook, plain, kind, highlight));
			}
			this.cells.put(kind, byHighlight);
			this.totals.put(kind, cell(workbook, bold, kind, RowHighlight.NONE));
		}
	}

	CellStyle cell(ReportColumn.Kind kind, RowHighlight highlight) {
		return this.cells.get(kind).get(highlight);
	}

	CellStyle total(ReportColumn.Kind kind) {
		return this.totals.get(kind);
	}

	private static CellStyle cell(Workbook workbook, Font font, ReportColumn.Kind kind, RowHighlight highlight) {
		CellStyle style = bordered(workbook, font, alignment(kind));
		String format = format(kind);
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		style.setWrapText(kind == ReportColumn.Kind.TEXT || kind == ReportColumn.Kind.CENTRED);
		byte[] rgb = fill(highlight);
		if (rgb != null) {
			((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private static HorizontalAlignment alignment(ReportColumn.Kind kind) {
		return switch (kind) {
			case TEXT -> HorizontalAlignment.LEFT;
			case CENTRED, SERIAL, DATE -> HorizontalAlignment.CENTER;
			case NUMBER, DECIMAL, PERCENT -> HorizontalAlignment.RIGHT;
		};
	}

	private static String format(ReportColumn.Kind kind) {
		return switch (kind) {
			case TEXT, CENTRED -> null;
			case SERIAL -> "0";
			case DATE -> "dd/mm/yyyy";
			case NUMBER -> "#,##0";
			case DECIMAL -> "#,##0.0";
			case PERCENT -> "0.0%";
		};
	}

	private static byte[] fill(RowHighlight highlight) {
		return switch (highlight) {
			case NONE -> null;
			case GOOD -> new byte[] { (byte) 0xE2, (byte) 0xEF, (byte) 0xDA };
			case WARNING -> new byte[] { (byte) 0xFF, (byte) 0xF2, (byte) 0xCC };
			case ALERT -> new byte[] { (byte) 0xF8, (byte) 0xCB, (byte) 0xAD };
		};
	}

	private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
		CellStyle style = FormStyles.unbordered(workbook, font, alignment);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

}
