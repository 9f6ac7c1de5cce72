package vn.luutru.forms;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of our Decree 30 forms, made once per workbook: Excel caps a workbook
 * at about 64,000 styles, so a style per cell breaks a list of 10,000 files. Times New
 * Roman throughout, as the forms are printed and signed.
 */
final class FormStyles {

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle headBold;

	final CellStyle headPlain;

	final CellStyle headUnderlined;

	final CellStyle italicCentred;

	final CellStyle header;

	final CellStyle columnNumber;

	final CellStyle text;

	final CellStyle centred;

	final CellStyle number;

	final CellStyle serial;

	final CellStyle date;

	final CellStyle totalLabel;

	final CellStyle totalNumber;

	final CellStyle footer;

	final CellStyle footerItalic;

	FormStyles(Workbook workbook) {
		Font plain = font(workbook, 12, false, false);
		Font bold = font(workbook, 12, true, false);
		Font italic = font(workbook, 12, false, true);
		Font underlined = font(workbook, 13, true, false);
		underlined.setUnderline(Font.U_SINGLE);
		this.title = unbordered(workbook, font(workbook, 14, true, false), HorizontalAlignment.CENTER);
		this.subtitle = unbordered(workbook, font(workbook, 13, true, false), HorizontalAlignment.CENTER);
		this.headBold = unbordered(workbook, font(workbook, 13, true, false), HorizontalAlignment.CENTER);
		this.headPlain = unbordered(workbook, font(workbook, 13, false, false), HorizontalAlignment.CENTER);
		this.headUnderlined = unbordered(workbook, underlined, HorizontalAlignment.CENTER);
		this.italicCentred = unbordered(workbook, font(workbook, 13, false, true), HorizontalAlignment.CENTER);
		this.header = bordered(workbook, bold, HorizontalAlignment.CENTER);
		this.columnNumber = bordered(workbook, italic, HorizontalAlignment.CENTER);
		this.text = bordered(workbook, plain, HorizontalAlignment.LEFT);
		this.centred = bordered(workbook, plain, HorizontalAlignment.CENTER);
		this.number = bordered(workbook, plain, HorizontalAlignment.RIGHT);
		this.number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		this.serial = bordered(workbook, plain, HorizontalAlignment.CENTER);
		this.serial.setDataFormat(workbook.createDataFormat().getFormat("0"));
		this.date = bordered(workbook, plain, HorizontalAlignment.CENTER);
		this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		this.totalLabel = bordered(workbook, bold, HorizontalAlignment.CENTER);
		this.totalNumber = bordered(workbook, bold, HorizontalAlignment.RIGHT);
		this.totalNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		this.footer = unbordered(workbook, font(workbook, 13, false, false), HorizontalAlignment.LEFT);
		this.footerItalic = unbordered(workbook, font(workbook, 13, false, true), HorizontalAlignment.CENTER);
	}

	/** Times New Roman, as every form and report prints. */
	static Font font(Workbook workbook, int points, boolean bold, boolean italic) {
		Font font = workbook.createFont();
		font.setFontName("Times New Roman");
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		font.setItalic(italic);
		return font;
	}

	static CellStyle unbordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

	private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
		CellStyle style = unbordered(workbook, font, alignment);
		style.setWrapText(true);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

}
