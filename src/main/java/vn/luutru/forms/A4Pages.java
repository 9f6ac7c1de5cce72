package vn.luutru.forms;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet we hand out prints: A4, fitted to the page width (as many pages down as
 * the rows need), the table header repeated on each page, page numbers "Trang 1/3" in the
 * footer, and Decree 30 margins (room to bind on the left, to sign and stamp below).
 */
public final class A4Pages {

	private A4Pages() {
	}

	/**
	 * @param sheet the sheet
	 * @param landscape whether its columns need the page turned
	 * @param headerRows the rows repeated at the top of each page, or null for none
	 */
	public static void apply(Sheet sheet, boolean landscape, CellRangeAddress headerRows) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, 1.0);
		sheet.setMargin(PageMargin.RIGHT, 0.6);
		sheet.setMargin(PageMargin.TOP, 0.75);
		sheet.setMargin(PageMargin.BOTTOM, 0.8);
		sheet.setMargin(PageMargin.HEADER, 0.3);
		sheet.setMargin(PageMargin.FOOTER, 0.35);
		sheet.getFooter().setCenter("&\"Times New Roman,Italic\"&10Trang &P/&N");
		if (headerRows != null) {
			sheet.setRepeatingRows(headerRows);
		}
	}

}
