package vn.luutru.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;
import vn.luutru.forms.ReportColumn;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.ReportWorkbook;
import vn.luutru.forms.RowHighlight;

/**
 * The files behind a dashboard figure as .xlsx, on the shared report workbook (title
 * block, frozen filtered header, print setup), streamed row by row; late files are
 * highlighted.
 */
final class FileListWorkbook {

	private FileListWorkbook() {
	}

	static void write(OutputStream out, ReportTitle title, Iterable<FileRow> rows, LocalDate today, Labels labels)
			throws IOException {
		List<ReportColumn> columns = List.of(ReportColumn.serial(labels.text("web.col.serial")),
				ReportColumn.text(labels.text("web.col.fileCode")), ReportColumn.text(labels.text("web.col.title")),
				ReportColumn.centred(labels.text("web.col.agency")), ReportColumn.centred(labels.text("web.col.year")),
				ReportColumn.text(labels.text("web.col.status")), ReportColumn.date(labels.text("web.col.dueOn")),
				ReportColumn.text(labels.text("web.col.action")));
		try (ReportWorkbook workbook = new ReportWorkbook()) {
			var sheet = workbook.sheet(labels.text("web.list.sheet"), title, columns);
			int n = 0;
			for (FileRow row : rows) {
				boolean late = row.dueOn() != null && row.dueAction() != null && row.dueOn().isBefore(today)
						&& row.status() != FileStatus.DESTROYED && row.status() != FileStatus.TRANSFERRED;
				sheet.row(late ? RowHighlight.ALERT : RowHighlight.NONE, ++n, row.fileCode(), row.title(),
						row.agencyCode(), row.fileYear(), labels.status(row.status()), row.dueOn(),
						labels.action(row.dueAction()));
			}
			workbook.write(out);
		}
	}

	/** Column names, states and actions in the reader's language. */
	interface Labels {

		String text(String code);

		default String status(FileStatus status) {
			return (status != null) ? text("web.status." + status.name()) : "";
		}

		default String action(DueAction action) {
			return (action != null) ? text("web.action." + action.name()) : "";
		}

	}

}
