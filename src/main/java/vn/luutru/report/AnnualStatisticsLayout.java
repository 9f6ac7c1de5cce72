package vn.luutru.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.luutru.file.FileStatus;
import vn.luutru.forms.ReportColumn;

/**
 * The layout of the annual archive statistics, as data: each column is a header, a kind
 * and the measure it prints (an alias of AnnualStatisticsMapper's query), with a scale
 * (storage in MB). The Circular 18/2025 forms have not been read: when they are, their
 * columns are a new list here, not new code. Rows are agencies.
 */
final class AnnualStatisticsLayout {

	/** A column of the statistics and the measure behind it. */
	record Measure(String key, ReportColumn column, double scale) {

	}

	static final List<String> STATES = Arrays.stream(FileStatus.values()).map(Enum::name).toList();

	static final List<Measure> MEASURES = measures();

	private AnnualStatisticsLayout() {
	}

	private static List<Measure> measures() {
		List<Measure> measures = new ArrayList<>();
		measures.add(new Measure("files", ReportColumn.summed("Tổng số hồ sơ"), 1));
		measures.add(new Measure("documents", ReportColumn.summed("Số văn bản"), 1));
		measures.add(new Measure("pages", ReportColumn.summed("Số trang"), 1));
		measures.add(new Measure("bytes", new ReportColumn("Dung lượng lưu trữ (MB)", ReportColumn.Kind.DECIMAL, true),
				1.0 / (1024 * 1024)));
		measures.add(new Measure("permanent", ReportColumn.summed("Hồ sơ bảo quản vĩnh viễn"), 1));
		measures.add(new Measure("fixed_term", ReportColumn.summed("Hồ sơ bảo quản có thời hạn"), 1));
		for (FileStatus state : FileStatus.values()) {
			measures.add(new Measure("state_" + state.name(), ReportColumn.summed(VietnameseNames.status(state)), 1));
		}
		return List.copyOf(measures);
	}

	static List<ReportColumn> columns() {
		List<ReportColumn> columns = new ArrayList<>();
		columns.add(ReportColumn.serial("STT"));
		columns.add(ReportColumn.text("Cơ quan"));
		MEASURES.forEach((m) -> columns.add(m.column()));
		return columns;
	}

}
