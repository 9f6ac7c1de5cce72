package vn.luutru.report.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.forms.CellFormula;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.ReportColumn;
import vn.luutru.forms.ReportSheet;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.ReportWorkbook;
import vn.luutru.forms.RowHighlight;

/**
 * The KPI report (.xlsx): a summary sheet of the eight indicators coloured met / close /
 * missed, then one sheet per indicator with a row per agency (actual, target, gap) and
 * the province's totals as formulas. For one agency, only its own rows.
 */
@Component
public class KpiReport {

	static final String TITLE = "BÁO CÁO THỰC HIỆN CHỈ TIÊU KẾ HOẠCH 62/KH-UBND";

	/** Characters of a note line that fit the width of an indicator's table on A4. */
	private static final int NOTE_WIDTH = 95;

	private final KpiService kpis;

	private final KpiSettings settings;

	private final AgencyDirectory agencies;

	private final BatchLetterhead letterheads;

	private final Clock clock;

	KpiReport(KpiService kpis, KpiSettings settings, AgencyDirectory agencies, BatchLetterhead letterheads,
			Clock clock) {
		this.letterheads = letterheads;
		this.kpis = kpis;
		this.settings = settings;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Writes the report of {@code year}; {@code agencyId} null: the province. */
	public void write(int year, Long agencyId, String generatedBy, OutputStream out) throws IOException {
		List<KpiValue> summary = (agencyId != null) ? this.kpis.forAgency(year, agencyId) : this.kpis.forProvince(year);
		Map<KpiIndicator, List<KpiValue>> rows = (agencyId != null) ? null : this.kpis.forEveryAgency(year);
		ReportTitle title = new ReportTitle(letterhead(agencyId), TITLE, "Năm " + year,
				LocalDateTime.now(this.clock.withZone(KpiYears.VIETNAM)), generatedBy);
		try (ReportWorkbook workbook = new ReportWorkbook()) {
			summary(workbook, title, summary);
			for (KpiIndicator indicator : KpiIndicator.values()) {
				List<KpiValue> values = (rows != null) ? rows.get(indicator)
						: List.of(summary.get(indicator.ordinal()));
				indicator(workbook, title, indicator, values);
			}
			workbook.write(out);
		}
	}

	private static void summary(ReportWorkbook workbook, ReportTitle title, List<KpiValue> values) {
		ReportSheet sheet = workbook.sheet("Tổng hợp", title,
				List.of(ReportColumn.serial("STT"), ReportColumn.text("Chỉ tiêu"), decimal("Thực hiện (%)"),
						decimal("Chỉ tiêu (%)"), decimal("Chênh lệch (điểm)"), ReportColumn.number("Tử số"),
						ReportColumn.number("Mẫu số"), ReportColumn.text("Đánh giá")));
		for (KpiValue v : values) {
			int row = sheet.nextRowNumber();
			sheet.row(highlight(v.status()), v.indicator(), v.label(), v.actualPercent(), v.targetPercent(),
					gap(v, "C" + row + "-D" + row), count(v, v.numerator()), count(v, v.denominator()), assessment(v));
		}
		sheet.note("Đạt: bằng hoặc vượt chỉ tiêu; gần đạt: thấp hơn chỉ tiêu không quá "
				+ "mức đã cấu hình (mặc định 5 điểm); chưa đo được: LuuTru chưa có dữ liệu cho chỉ tiêu này.");
	}

	private static void indicator(ReportWorkbook workbook, ReportTitle title, KpiIndicator indicator,
			List<KpiValue> values) {
		ReportTitle sheetTitle = new ReportTitle(title.letterhead(),
				"CHỈ TIÊU " + indicator.number() + ": " + indicator.label().toUpperCase(Locale.ROOT), title.period(),
				title.generatedAt(), title.generatedBy());
		ReportSheet sheet = workbook.sheet("Chỉ tiêu " + indicator.number(), sheetTitle,
				List.of(ReportColumn.serial("STT"), ReportColumn.text("Cơ quan"), ReportColumn.centred("Mã cơ quan"),
						ReportColumn.summed("Tử số"), ReportColumn.summed("Mẫu số"), decimal("Thực hiện (%)"),
						decimal("Chỉ tiêu (%)"), decimal("Chênh lệch (điểm)"), ReportColumn.text("Đánh giá")));
		int serial = 1;
		for (KpiValue v : values) {
			int row = sheet.nextRowNumber();
			sheet.row(highlight(v.status()), serial++, (v.agencyName() != null) ? v.agencyName() : "Toàn tỉnh",
					v.agencyCode(), count(v, v.numerator()), count(v, v.denominator()), v.actualPercent(),
					v.targetPercent(), gap(v, "F" + row + "-G" + row), assessment(v));
		}
		sheet.totals("Tổng cộng");
		if (!indicator.measured()) {
			sheet.note("Chưa đo được: " + indicator.notMeasured() + ".");
		}
		else if (indicator.countedAs() != null) {
			// One note row per line: a long unwrapped note would make the printed page
			// shrink to its width.
			for (String line : lines("Cách tính: " + indicator.countedAs() + ".", NOTE_WIDTH)) {
				sheet.note(line);
			}
		}
	}

	/** Words joined into lines of at most {@code width} characters. */
	static List<String> lines(String text, int width) {
		List<String> lines = new java.util.ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	private Letterhead letterhead(Long agencyId) {
		if (agencyId == null) {
			return new Letterhead(this.settings.reportIssuerParent().toUpperCase(Locale.ROOT),
					this.settings.reportIssuer().toUpperCase(Locale.ROOT));
		}
		return this.letterheads.letterhead(this.agencies.require(agencyId));
	}

	private static ReportColumn decimal(String header) {
		return new ReportColumn(header, ReportColumn.Kind.DECIMAL, false);
	}

	private static Object gap(KpiValue v, String formula) {
		return (v.gap() != null) ? new CellFormula(formula, v.gap().doubleValue()) : null;
	}

	private static Object count(KpiValue v, long n) {
		return (v.status() == KpiStatus.NOT_MEASURED) ? null : n;
	}

	private static String assessment(KpiValue v) {
		return (v.status() == KpiStatus.NOT_MEASURED) ? v.status().label() + ": " + v.reason() : v.status().label();
	}

	private static RowHighlight highlight(KpiStatus status) {
		return switch (status) {
			case MET -> RowHighlight.GOOD;
			case CLOSE -> RowHighlight.WARNING;
			case MISSED -> RowHighlight.ALERT;
			default -> RowHighlight.NONE;
		};
	}

}
