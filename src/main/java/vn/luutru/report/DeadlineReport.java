package vn.luutru.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.file.DueAction;
import vn.luutru.forms.ReportColumn;
import vn.luutru.forms.ReportSheet;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.ReportWorkbook;
import vn.luutru.forms.RowHighlight;

/**
 * The retention deadline report: the files due in a period, by agency and action, as the
 * due dates the file feature computed say (DueDatePolicy). A summary sheet counts them
 * per agency and action; the detail sheet lists them, overdue rows filled red.
 */
@Service
class DeadlineReport {

	static final String TITLE = "BÁO CÁO HỒ SƠ ĐẾN HẠN NỘP LƯU, XEM XÉT HỦY";

	static final List<ReportColumn> SUMMARY = List.of(ReportColumn.serial("STT"), ReportColumn.text("Cơ quan"),
			ReportColumn.text("Việc đến hạn"), ReportColumn.summed("Số hồ sơ"), ReportColumn.summed("Trong đó quá hạn"),
			ReportColumn.summed("Số văn bản"), ReportColumn.summed("Số trang"));

	static final List<ReportColumn> DETAIL = List.of(ReportColumn.serial("STT"), ReportColumn.text("Cơ quan"),
			ReportColumn.text("Việc đến hạn"), ReportColumn.date("Hạn"), ReportColumn.number("Quá hạn (ngày)"),
			ReportColumn.centred("Mã hồ sơ"), ReportColumn.text("Tiêu đề hồ sơ"),
			ReportColumn.centred("Thời hạn bảo quản"), ReportColumn.text("Trạng thái"),
			ReportColumn.summed("Số văn bản"), ReportColumn.summed("Số trang"));

	private final DeadlineReportMapper mapper;

	private final ReportHeadings headings;

	private final TransactionTemplate readOnly;

	DeadlineReport(DeadlineReportMapper mapper, ReportHeadings headings, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.headings = headings;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Checks what it can before the download starts and returns the writer of the
	 * workbook, which streams the rows inside its own read-only transaction: one pass
	 * over the files, agency by agency (by name) and action by action, each read in the
	 * order of an index (V30), so the database never sorts a province's million rows and
	 * the rows flow while the sheet is written; the summary is counted on the way.
	 */
	ReportDownload prepare(ReportScope scope, ReportPeriod period) {
		String subtitle = period.line() + (scope.allAgencies() ? ", tất cả cơ quan" : "");
		ReportTitle title = this.headings.title(scope.letterhead(), TITLE, subtitle);
		LocalDate today = this.headings.today();
		var placeAndDate = this.headings.placeAndDate();
		var preparer = this.headings.preparer();
		var head = this.headings.head();
		String fileName = "bao-cao-den-han-" + period.from() + "-" + period.to() + ".xlsx";
		return new ReportDownload(fileName, (out) -> this.readOnly.executeWithoutResult((tx) -> {
			try (ReportWorkbook workbook = new ReportWorkbook()) {
				ReportSheet summary = workbook.sheet("Tổng hợp", title, SUMMARY);
				ReportSheet detail = workbook.sheet("Chi tiết", title, DETAIL);
				List<DeadlineGroup> groups = writeDetail(detail, scope, period, today);
				detail.totals("Tổng cộng");
				int n = 0;
				for (DeadlineGroup g : groups) {
					summary.row((g.overdue() > 0) ? RowHighlight.ALERT : RowHighlight.NONE, ++n, g.agencyName(),
							VietnameseNames.action(g.dueAction()), g.files(), g.overdue(), g.documents(), g.pages());
				}
				summary.totals("Tổng cộng");
				summary.note("Dòng tô đỏ: có hồ sơ đã quá hạn tại ngày lập báo cáo.");
				summary.signatures(placeAndDate, preparer, head);
				workbook.write(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

	/**
	 * Writes the detail rows and returns the count of each agency's action that has
	 * files.
	 */
	private List<DeadlineGroup> writeDetail(ReportSheet sheet, ReportScope scope, ReportPeriod period, LocalDate today)
			throws IOException {
		List<DeadlineGroup> groups = new ArrayList<>();
		int n = 0;
		for (AgencyName agency : this.mapper.agencies(scope.agencyId())) {
			for (DueAction action : DueAction.values()) {
				long files = 0;
				long overdue = 0;
				long documents = 0;
				long pages = 0;
				try (Cursor<DeadlineRow> rows = this.mapper.rows(scope.visibleAgencyId(), agency.id(), action,
						period.from(), period.to())) {
					for (DeadlineRow r : rows) {
						long late = today.toEpochDay() - r.dueOn().toEpochDay();
						sheet.row((late > 0) ? RowHighlight.ALERT : RowHighlight.NONE, ++n, agency.name(),
								VietnameseNames.action(action), r.dueOn(), (late > 0) ? late : null, r.fileCode(),
								r.title(), VietnameseNames.retention(r.maintenanceCode(), r.retentionYears()),
								VietnameseNames.status(r.status()) + (r.onHold() ? " (đang bị phong tỏa)" : ""),
								r.docTotal(), r.pageTotal());
						files++;
						overdue += (late > 0) ? 1 : 0;
						documents += r.docTotal();
						pages += r.pageTotal();
					}
				}
				if (files > 0) {
					groups.add(new DeadlineGroup(agency.name(), action, files, overdue, documents, pages));
				}
			}
		}
		return groups;
	}

}
