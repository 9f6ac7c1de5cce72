package vn.luutru.file;

import java.util.Set;

/** The small code lists of Circular 05/2025 that files and documents share. */
public final class FileCodeLists {

	/** Access regime (chế độ sử dụng): 01 public, 02 conditional, 03 secret. */
	public static final Set<String> ACCESS_MODES = Set.of("01", "02", "03");

	/** Reliability: 01 born-digital, 02 digitised, 03 mixed. */
	public static final Set<String> CONFIDENCE_LEVELS = Set.of("01", "02", "03");

	/** Physical condition: 01 good, 02 normal, 03 damaged. */
	public static final Set<String> PHYSICAL_FORMATS = Set.of("01", "02", "03");

	/** Language codes 01 (Vietnamese) to 11 (other). */
	public static final Set<String> LANGUAGES = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
			"11");

	public static final String DIGITISED = "02";

	private FileCodeLists() {
	}

	/** One or more language codes separated by commas, e.g. "01" or "01,02". */
	public static boolean isValidLanguageList(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		for (String code : value.split(",")) {
			if (!LANGUAGES.contains(code.strip())) {
				return false;
			}
		}
		return true;
	}

}
