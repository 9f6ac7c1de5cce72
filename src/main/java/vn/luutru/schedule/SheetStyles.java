package vn.luutru.schedule;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles our sheets use, made once per workbook: Excel caps a workbook at
 * about 64,000 styles, so a style per cell breaks large sheets.
 */
final class SheetStyles {

	final CellStyle title;

	final CellStyle header;

	final CellStyle text;

	final CellStyle centred;

	final CellStyle heading;

	final CellStyle footer;

	final CellStyle agency;

	final CellStyle agencyUnderlined;

	final CellStyle italic;

	SheetStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setFontName("Times New Roman");
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setFontName("Times New Roman");
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		Font plain = workbook.createFont();
		plain.setFontName("Times New Roman");

		this.title = workbook.createCellStyle();
		this.title.setFont(big);
		this.title.setAlignment(HorizontalAlignment.CENTER);
		this.title.setWrapText(true);

		this.header = bordered(workbook, bold, HorizontalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = bordered(workbook, plain, HorizontalAlignment.LEFT);
		this.centred = bordered(workbook, plain, HorizontalAlignment.CENTER);
		this.heading = bordered(workbook, bold, HorizontalAlignment.LEFT);

		this.footer = workbook.createCellStyle();
		this.footer.setFont(bold);

		this.agency = workbook.createCellStyle();
		this.agency.setFont(plain);
		this.agency.setAlignment(HorizontalAlignment.CENTER);
		Font underlined = workbook.createFont();
		underlined.setFontName("Times New Roman");
		underlined.setBold(true);
		underlined.setUnderline(Font.U_SINGLE);
		this.agencyUnderlined = workbook.createCellStyle();
		this.agencyUnderlined.setFont(underlined);
		this.agencyUnderlined.setAlignment(HorizontalAlignment.CENTER);
		Font italicFont = workbook.createFont();
		italicFont.setFontName("Times New Roman");
		italicFont.setItalic(true);
		this.italic = workbook.createCellStyle();
		this.italic.setFont(italicFont);
		this.italic.setAlignment(HorizontalAlignment.CENTER);
	}

	private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

}
