package vn.luutru.schedule;

import java.util.Map;
import java.util.Optional;

/**
 * A retention period as Circular 05/2025 codes it: 01 permanent (Vĩnh viễn), 02 70 years,
 * 03 50, 04 30, 05 20, 06 10, 07 any other number of years.
 *
 * @param code the maintenance code
 * @param years null when permanent
 */
public record RetentionPeriod(String code, Integer years) {

	public static final String PERMANENT = "01";

	public static final String OTHER = "07";

	private static final Map<String, Integer> FIXED = Map.of("02", 70, "03", 50, "04", 30, "05", 20, "06", 10);

	/** Years a code fixes; empty for 01 (permanent) and 07 (other). */
	public static Optional<Integer> fixedYears(String code) {
		return Optional.ofNullable(FIXED.get(code));
	}

	public static boolean isKnownCode(String code) {
		return PERMANENT.equals(code) || OTHER.equals(code) || FIXED.containsKey(code);
	}

	/**
	 * Builds a period from a code and, for 07, its years; the years of 02–06 follow from
	 * the code. Throws IllegalArgumentException when the pair does not make sense.
	 */
	public static RetentionPeriod of(String code, Integer years) {
		if (PERMANENT.equals(code)) {
			return new RetentionPeriod(code, null);
		}
		if (OTHER.equals(code)) {
			if (years == null || years < 1 || years > 100) {
				throw new IllegalArgumentException("code 07 needs 1 to 100 years");
			}
			return new RetentionPeriod(code, years);
		}
		Integer fixed = FIXED.get(code);
		if (fixed == null) {
			throw new IllegalArgumentException("unknown maintenance code " + code);
		}
		return new RetentionPeriod(code, fixed);
	}

	public boolean permanent() {
		return this.years == null;
	}

	/** As people write it: "Vĩnh viễn" or "10 năm". */
	public String label() {
		return permanent() ? "Vĩnh viễn" : this.years + " năm";
	}

}
