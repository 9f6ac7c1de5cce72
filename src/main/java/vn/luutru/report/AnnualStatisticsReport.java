package vn.luutru.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.InvalidInputException;
import vn.luutru.forms.ReportSheet;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.ReportWorkbook;

/**
 * The annual archive statistics per agency: files, documents, pages and storage, by
 * retention and by state (AnnualStatisticsLayout). The form code printed on it is a
 * setting, as the Circular 18/2025 forms it should follow have not been read. The rows
 * are one per agency, so the workbook is built in memory.
 */
@Service
class AnnualStatisticsReport {

	static final String TITLE = "BÁO CÁO THỐNG KÊ CÔNG TÁC LƯU TRỮ";

	private final AnnualStatisticsMapper mapper;

	private final ReportHeadings headings;

	private final String formCode;

	AnnualStatisticsReport(AnnualStatisticsMapper mapper, ReportHeadings headings,
			@Value("${luutru.reports.annual-statistics-form-code:TT18/2025-?}") String formCode) {
		this.mapper = mapper;
		this.headings = headings;
		this.formCode = formCode;
	}

	@Transactional(readOnly = true)
	ReportDownload write(ReportScope scope, Integer year) {
		if (year == null || year < CatalogueScope.FIRST_YEAR || year > CatalogueScope.LAST_YEAR) {
			throw InvalidInputException.of("year", "error.report.year", CatalogueScope.FIRST_YEAR,
					CatalogueScope.LAST_YEAR);
		}
		ReportTitle title = this.headings.title(scope.letterhead(), TITLE,
				"Năm " + year + " (số liệu tính đến ngày 31/12/" + year + ") – Biểu mẫu " + this.formCode);
		List<Map<String, Object>> rows = this.mapper.perAgency(year, AnnualStatisticsLayout.STATES,
				scope.visibleAgencyId(), scope.agencyId());
		byte[] bytes;
		try (ReportWorkbook workbook = new ReportWorkbook()) {
			ReportSheet sheet = workbook.sheet("Thống kê " + year, title, AnnualStatisticsLayout.columns());
			int n = 0;
			for (Map<String, Object> row : rows) {
				Map<String, Object> byKey = lowerCaseKeys(row);
				Object[] values = new Object[2 + AnnualStatisticsLayout.MEASURES.size()];
				values[0] = ++n;
				values[1] = byKey.get("agency_name");
				for (int i = 0; i < AnnualStatisticsLayout.MEASURES.size(); i++) {
					AnnualStatisticsLayout.Measure m = AnnualStatisticsLayout.MEASURES.get(i);
					Number value = (Number) byKey.get(m.key().toLowerCase(Locale.ROOT));
					double scaled = ((value != null) ? value.doubleValue() : 0) * m.scale();
					values[2 + i] = (m.scale() == 1) ? (Object) Math.round(scaled) : (Object) scaled;
				}
				sheet.row(values);
			}
			sheet.totals("Tổng cộng");
			sheet.note("Số hồ sơ của các năm đến hết năm " + year + ", trạng thái tại ngày lập báo cáo. Mã biểu mẫu "
					+ this.formCode + " chưa được đối chiếu với Thông tư 18/2025/TT-BNV.");
			sheet.signatures(this.headings.placeAndDate(), this.headings.preparer(), this.headings.head());
			bytes = workbook.toBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ReportDownload("thong-ke-luu-tru-" + year + ".xlsx", (out) -> out.write(bytes));
	}

	/** H2 answers column labels in capitals, MySQL as written. */
	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> lower = new HashMap<>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
		return lower;
	}

}
