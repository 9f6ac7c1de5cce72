package vn.luutru.process;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far a step that works in chunks has come (packaging, erasure, intake, fixity, a
 * SIP's registration), as the API shows it and as process variables on the process
 * instance, so that Cockpit shows it: {@value #DONE}, {@value #TOTAL}, {@value #PERCENT}
 * and {@value #TEXT}.
 *
 * @param done units finished (files, rows, bytes: the step says which in its text)
 * @param total units in all
 * @param percent per cent done, one decimal, rounded down: 100 only when all is done
 * @param text what is done, Vietnamese first, English second
 */
public record StepProgress(long done, long total, double percent, String text) {

	public static final String DONE = "progressDone";

	public static final String TOTAL = "progressTotal";

	public static final String PERCENT = "progressPercent";

	public static final String TEXT = "progressText";

	/** A transfer batch's packaging. */
	public static StepProgress filesPackaged(long done, long total) {
		return of(done, total,
				"Đã đóng gói " + done + "/" + total + " hồ sơ / " + done + " of " + total + " files packaged");
	}

	/** A destruction batch's erasure. */
	public static StepProgress filesErased(long done, long total) {
		return of(done, total, "Đã hủy nội dung " + done + "/" + total + " hồ sơ / content of " + done + " of " + total
				+ " files erased");
	}

	/** An accepted SIP's registration at the historical archive. */
	public static StepProgress documentsRegistered(long done, long total) {
		return of(done, total,
				"Đã đăng ký " + done + "/" + total + " văn bản / " + done + " of " + total + " documents registered");
	}

	public static StepProgress of(long done, long total, String text) {
		double percent = (total <= 0 || done >= total) ? 100 : Math.floor(done * 1000.0 / total) / 10.0;
		return new StepProgress(done, total, percent, text);
	}

	/** The four process variables. */
	public Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(DONE, this.done);
		variables.put(TOTAL, this.total);
		variables.put(PERCENT, this.percent);
		variables.put(TEXT, this.text);
		return variables;
	}

}
