package vn.luutru.process;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The progress of long work in chunks (intake, fixity audit, packaging, erasure) as the
 * process variables that LuuTru's Cockpit view reads ({@code cockpit/scripts/
 * luutru-progress.js}): {@value #DONE}, {@value #TOTAL}, {@value #PERCENT} and
 * {@value #TEXT}. Set on the process instance after every chunk.
 */
public final class CockpitProgress {

	public static final String DONE = "progressDone";

	public static final String TOTAL = "progressTotal";

	public static final String PERCENT = "progressPercent";

	public static final String TEXT = "progressText";

	private CockpitProgress() {
	}

	/**
	 * @param done units finished
	 * @param total units in all
	 * @param percent per cent done, 0 to 100
	 * @param text what is done, Vietnamese first, English second
	 */
	public static Map<String, Object> variables(long done, long total, double percent, String text) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(DONE, done);
		variables.put(TOTAL, total);
		variables.put(PERCENT, percent);
		variables.put(TEXT, text);
		return variables;
	}

	/** Per cent done, one decimal, rounded down: 100 only when all is done. */
	public static double percent(long done, long total) {
		return (total <= 0 || done >= total) ? 100 : Math.floor(done * 1000.0 / total) / 10.0;
	}

}
