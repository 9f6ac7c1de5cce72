package vn.luutru.report;

import vn.luutru.common.InvalidInputException;

/**
 * Which files a mục lục lists: one year's files (the file plan's year), the files in the
 * agency archive, or one batch's files. Exactly one is asked for.
 *
 * @param year the files' year, or null
 * @param archive whether the files in the agency archive are listed
 * @param batchId the batch, or null
 */
record CatalogueScope(Integer year, boolean archive, Long batchId) {

	static final int FIRST_YEAR = 1945;

	static final int LAST_YEAR = 2100;

	static CatalogueScope of(Integer year, Boolean archive, Long batchId) {
		boolean inArchive = Boolean.TRUE.equals(archive);
		int asked = ((year != null) ? 1 : 0) + (inArchive ? 1 : 0) + ((batchId != null) ? 1 : 0);
		if (asked != 1) {
			throw InvalidInputException.of("year", "error.report.oneScope");
		}
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw InvalidInputException.of("year", "error.report.year", FIRST_YEAR, LAST_YEAR);
		}
		return new CatalogueScope(year, inArchive, batchId);
	}

	/** "Năm 2025", "Hồ sơ trong Lưu trữ cơ quan", "Lô 12". */
	String line(String batchCode) {
		if (this.year != null) {
			return "Hồ sơ năm " + this.year;
		}
		return this.archive ? "Hồ sơ đang bảo quản tại Lưu trữ cơ quan" : "Hồ sơ của lô " + batchCode;
	}

	String fileNamePart() {
		if (this.year != null) {
			return "nam-" + this.year;
		}
		return this.archive ? "luu-tru-co-quan" : "lo-" + this.batchId;
	}

}
