package vn.luutru.forms;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A Vietnamese administrative document (Decree 30/2020 Annex I) on A4 portrait: Times New
 * Roman 14 pt set once as the document default, margins 20/20/30/15 mm, letterhead and
 * motto side by side, justified body, signatures side by side.
 */
public final class OfficialDocument implements Closeable {

	/** Text width in twips: A4 (11906) less the 30 mm and 15 mm margins. */
	static final int TEXT_WIDTH = 11906 - 1701 - 850;

	static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	/** The narrowest agency block, as wide as the usual forms print it. */
	private static final int MIN_LEFT_HEAD = 3400;

	/** Room around a line in its cell, so that rounding never pushes a word over. */
	private static final int SLACK = 240;

	private final XWPFDocument document = new XWPFDocument();

	private XWPFParagraph last;

	public OfficialDocument() {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii("Times New Roman");
		fonts.setHAnsi("Times New Roman");
		fonts.setCs("Times New Roman");
		fonts.setEastAsia("Times New Roman");
		run.addNewSz().setVal(BigInteger.valueOf(28));
		run.addNewSzCs().setVal(BigInteger.valueOf(28));
		run.addNewLang().setVal("vi-VN");
		this.document.createStyles().setStyles(styles);
		CTSectPr section = this.document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1701));
		margins.setRight(BigInteger.valueOf(850));
	}

	/**
	 * Agency and number on the left, motto and place/date on the right.
	 * @param letterhead the issuing agency
	 * @param number "Số: …" of the document, or {@code null}
	 * @param placeAndDate place and date of the document
	 */
	public void letterhead(Letterhead letterhead, String number, PlaceAndDate placeAndDate) {
		String parent = (letterhead.parentAgency() != null) ? letterhead.parentAgency() : "";
		int left = leftHead(parent, letterhead.agency());
		XWPFTable table = Tables.plain(this.document, 3, new int[] { left, TEXT_WIDTH - left });
		lines(run(Tables.paragraph(table, 0, 0, ParagraphAlignment.CENTER), "", 13),
				TextWidths.lines(parent, 13, false, left - SLACK))
			.setBold(false);
		run(Tables.paragraph(table, 0, 1, ParagraphAlignment.CENTER), MOTTO, 13).setBold(true);
		XWPFRun agency = lines(run(Tables.paragraph(table, 1, 0, ParagraphAlignment.CENTER), "", 13),
				TextWidths.lines(letterhead.agency(), 13, true, left - SLACK));
		agency.setBold(true);
		agency.setUnderline(UnderlinePatterns.SINGLE);
		XWPFRun motto = run(Tables.paragraph(table, 1, 1, ParagraphAlignment.CENTER), "Độc lập - Tự do - Hạnh phúc",
				14);
		motto.setBold(true);
		motto.setUnderline(UnderlinePatterns.SINGLE);
		if (number != null) {
			run(Tables.paragraph(table, 2, 0, ParagraphAlignment.CENTER), "Số: " + number, 13);
		}
		run(Tables.paragraph(table, 2, 1, ParagraphAlignment.CENTER), placeAndDate.line(), 14).setItalic(true);
	}

	/**
	 * The agency block's width: what its longer name needs on one line, within what the
	 * motto leaves, and no narrower than the usual forms. A name wider than that is
	 * broken between words ({@link TextWidths#lines}), never inside one.
	 */
	static int leftHead(String parent, String agency) {
		int needed = Math.max(TextWidths.twips(parent, 13, false), TextWidths.twips(agency, 13, true)) + SLACK;
		int available = TEXT_WIDTH - TextWidths.twips(MOTTO, 13, true) - SLACK;
		return Math.max(MIN_LEFT_HEAD, Math.min(needed, available));
	}

	/**
	 * The lines in one run, each after a line break: Word and LibreOffice break alike.
	 */
	private static XWPFRun lines(XWPFRun run, List<String> lines) {
		run.setText(lines.get(0), 0);
		for (String line : lines.subList(1, lines.size())) {
			run.addBreak();
			run.setText(line);
		}
		return run;
	}

	/** The document name in bold capitals and an optional line below it. */
	public void title(String title, String subtitle) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingBefore(360);
		run(paragraph, title, 14).setBold(true);
		if (subtitle != null) {
			XWPFParagraph below = this.document.createParagraph();
			below.setAlignment(ParagraphAlignment.CENTER);
			run(below, subtitle, 14).setBold(true);
		}
		this.document.createParagraph().setSpacingAfter(120);
	}

	/** A justified body paragraph with a first-line indent. */
	public void paragraph(String text) {
		run(body(), text, 14);
	}

	/** A body paragraph starting with a bold label, e.g. "BÊN GIAO: " + agency. */
	public void labelled(String label, String text) {
		XWPFParagraph paragraph = body();
		run(paragraph, label, 14).setBold(true);
		run(paragraph, text, 14);
	}

	/** A dash item under a numbered point. */
	public void item(String text) {
		XWPFParagraph paragraph = body();
		paragraph.setAlignment(ParagraphAlignment.LEFT);
		paragraph.setIndentationFirstLine(0);
		paragraph.setIndentationLeft(567);
		paragraph.setSpacingBefore(40);
		run(paragraph, "- " + text, 14);
	}

	/** A bordered table with a bold header row, in 12 pt. */
	public void table(List<String> headers, List<List<String>> rows, int[] widths) {
		int[] points = new int[widths.length];
		Arrays.fill(points, 12);
		table(headers, rows, widths, points);
	}

	/**
	 * A bordered table whose body cells take a size per column, e.g. a smaller one for
	 * checksums that must stay on one line.
	 */
	public void table(List<String> headers, List<List<String>> rows, int[] widths, int[] points) {
		Tables.bordered(this.document, headers, rows, widths, points);
		this.document.createParagraph();
	}

	/** Signature blocks side by side, with room to sign and seal. */
	public void signatures(List<Signatory> signers) {
		// a signature block never starts a page alone: it keeps with the closing sentence
		if (this.last != null) {
			this.last.setKeepNext(true);
		}
		// POI's setKeepNext needs paragraph properties to exist; alignment creates them
		centred(this.document.createParagraph()).setKeepNext(true);
		int[] widths = new int[signers.size()];
		Arrays.fill(widths, TEXT_WIDTH / signers.size());
		// names in a row of their own stay level even when a long role wraps
		XWPFTable table = Tables.plain(this.document, 2, widths);
		table.getRow(0).setCantSplitRow(true);
		table.getRow(1).setCantSplitRow(true);
		for (int c = 0; c < signers.size(); c++) {
			Signatory signer = signers.get(c);
			XWPFTableCell cell = table.getRow(0).getCell(c);
			XWPFParagraph role = Tables.paragraph(table, 0, c, ParagraphAlignment.CENTER);
			role.setKeepNext(true);
			run(role, signer.role(), 13).setBold(true);
			run(keptCentred(cell.addParagraph()), signer.hint(), 13).setItalic(true);
			for (int i = 0; i < 4; i++) {
				keptCentred(cell.addParagraph());
			}
			run(Tables.paragraph(table, 1, c, ParagraphAlignment.CENTER), (signer.name() != null) ? signer.name() : "",
					14)
				.setBold(true);
		}
	}

	/** A line at the foot of every page, e.g. who printed the document and when. */
	public void footer(String text) {
		XWPFParagraph paragraph = this.document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
			.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.LEFT);
		run(paragraph, text, 10).setItalic(true);
	}

	public void write(OutputStream out) throws IOException {
		this.document.write(out);
	}

	@Override
	public void close() throws IOException {
		this.document.close();
	}

	private XWPFParagraph body() {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setFirstLineIndent(567);
		paragraph.setSpacingBefore(120);
		this.last = paragraph;
		return paragraph;
	}

	private static XWPFParagraph keptCentred(XWPFParagraph paragraph) {
		centred(paragraph).setKeepNext(true);
		return paragraph;
	}

	private static XWPFParagraph centred(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return paragraph;
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, int points) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		if (points != 14) {
			run.setFontSize(points);
		}
		return run;
	}

}
