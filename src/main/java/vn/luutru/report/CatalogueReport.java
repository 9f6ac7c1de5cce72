package vn.luutru.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.document.DocumentTypes;
import vn.luutru.forms.ReportColumn;
import vn.luutru.forms.ReportSheet;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.ReportWorkbook;
import vn.luutru.forms.VietnameseNumbers;
import vn.luutru.transfer.doc.TransferListWorkbook;

/**
 * The Decree 30 lists (Annex V): mục lục hồ sơ, with the columns of the transfer list so
 * that a batch's list and this one read the same, and mục lục văn bản, the documents file
 * by file with their running sheet numbers. For a year's files, the agency archive or a
 * batch.
 */
@Service
class CatalogueReport {

	static final String FILE_TITLE = "MỤC LỤC HỒ SƠ";

	static final String DOCUMENT_TITLE = "MỤC LỤC VĂN BẢN";

	private static final List<String> H = TransferListWorkbook.HEADERS;

	static final List<ReportColumn> FILE_COLUMNS = List.of(ReportColumn.serial(H.get(0)),
			ReportColumn.centred(H.get(1)), ReportColumn.centred(H.get(2)), ReportColumn.text(H.get(3)),
			ReportColumn.date(H.get(4)), ReportColumn.date(H.get(5)), ReportColumn.centred(H.get(6)),
			ReportColumn.summed(H.get(7)), ReportColumn.summed(H.get(8)), ReportColumn.text(H.get(9)));

	static final List<ReportColumn> DOCUMENT_COLUMNS = List.of(ReportColumn.serial("STT"),
			ReportColumn.centred("Số, ký hiệu văn bản"), ReportColumn.date("Ngày tháng văn bản"),
			ReportColumn.text("Tên loại và trích yếu nội dung"), ReportColumn.text("Tác giả văn bản"),
			ReportColumn.centred("Tờ số"), ReportColumn.summed("Số trang"), ReportColumn.text("Ghi chú"));

	private final CatalogueMapper mapper;

	private final ReportAccess access;

	private final ReportHeadings headings;

	private final TransactionTemplate readOnly;

	CatalogueReport(CatalogueMapper mapper, ReportAccess access, ReportHeadings headings,
			PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.access = access;
		this.headings = headings;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Who the list covers: a batch's agency, else the agency asked for or the user's. */
	ReportScope scope(CatalogueScope catalogue, String agencyCode) {
		if (catalogue.batchId() != null) {
			return this.access.ofRecord(this.mapper.batchAgency(catalogue.batchId()), "batch", catalogue.batchId());
		}
		return this.access.scope(agencyCode);
	}

	ReportDownload files(CatalogueScope catalogue, ReportScope scope) {
		ReportTitle title = this.headings.title(scope.letterhead(), FILE_TITLE,
				catalogue.line(catalogue.batchId() + ""));
		var placeAndDate = this.headings.placeAndDate();
		var preparer = this.headings.preparer();
		var head = this.headings.head();
		return new ReportDownload("muc-luc-ho-so-" + catalogue.fileNamePart() + ".xlsx",
				(out) -> write(out, (workbook) -> {
					ReportSheet sheet = workbook.numberedSheet("Mục lục hồ sơ", title, FILE_COLUMNS);
					long n = 0;
					try (Cursor<CatalogueFile> files = this.mapper.files(catalogue, scope.visibleAgencyId(),
							scope.agencyId())) {
						for (CatalogueFile f : files) {
							sheet.row(++n, f.fileCode(), f.fileNotation(), f.title(), f.startDate(), f.endDate(),
									VietnameseNames.retention(f.maintenanceCode(), f.retentionYears()), f.sheetTotal(),
									f.pageTotal(), f.description());
						}
					}
					sheet.totals("Tổng cộng");
					sheet.note("Mục lục này gồm " + n + " (" + VietnameseNumbers.inWords(n) + ") hồ sơ.");
					sheet.signatures(placeAndDate, preparer, head);
				}));
	}

	ReportDownload documents(CatalogueScope catalogue, ReportScope scope) {
		ReportTitle title = this.headings.title(scope.letterhead(), DOCUMENT_TITLE,
				catalogue.line(catalogue.batchId() + ""));
		var placeAndDate = this.headings.placeAndDate();
		var preparer = this.headings.preparer();
		var head = this.headings.head();
		return new ReportDownload("muc-luc-van-ban-" + catalogue.fileNamePart() + ".xlsx",
				(out) -> write(out, (workbook) -> {
					ReportSheet sheet = workbook.numberedSheet("Mục lục văn bản", title, DOCUMENT_COLUMNS);
					long n = 0;
					String file = null;
					int sheets = 0;
					try (Cursor<CatalogueDocument> documents = this.mapper.documents(catalogue, scope.visibleAgencyId(),
							scope.agencyId())) {
						for (CatalogueDocument d : documents) {
							if (!d.fileCode().equals(file)) {
								file = d.fileCode();
								sheets = 0;
								sheet.section("Hồ sơ " + d.fileCode() + ": " + d.fileTitle());
							}
							String sheetNumbers = (d.sheetCount() <= 1) ? String.valueOf(sheets + 1)
									: (sheets + 1) + "-" + (sheets + d.sheetCount());
							sheets += d.sheetCount();
							sheet.row(++n, number(d), d.issuedDate(), summary(d), d.organName(), sheetNumbers,
									d.pageCount(), d.description());
						}
					}
					sheet.totals("Tổng cộng");
					sheet.note("Mục lục này gồm " + n + " (" + VietnameseNumbers.inWords(n) + ") văn bản.");
					sheet.signatures(placeAndDate, preparer, head);
				}));
	}

	/** "12/SNV-VP", or whichever part the document has. */
	private static String number(CatalogueDocument d) {
		if (d.codeNumber() != null && d.codeNotation() != null) {
			return d.codeNumber() + "/" + d.codeNotation();
		}
		return Objects.requireNonNullElse((d.codeNumber() != null) ? d.codeNumber() : d.codeNotation(), "");
	}

	/** "Công văn V/v tổ chức hội nghị": the type's name, then the summary. */
	private static String summary(CatalogueDocument d) {
		return DocumentTypes.nameOf(d.typeName()).map((name) -> name + " " + d.subject()).orElse(d.subject());
	}

	private void write(java.io.OutputStream out, Sheets sheets) {
		this.readOnly.executeWithoutResult((tx) -> {
			try (ReportWorkbook workbook = new ReportWorkbook()) {
				sheets.write(workbook);
				workbook.write(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@FunctionalInterface
	private interface Sheets {

		void write(ReportWorkbook workbook) throws IOException;

	}

}
