package vn.luutru.forms;

/**
 * The laws that the official documents cite as their basis.
 */
public final class LegalBases {

	/** A default worth checking against the law's published text before printing. */
	public static final String ARCHIVES_LAW_2024 = "Luật Lưu trữ số 33/2024/QH15 ngày 21 tháng 6 năm 2024";

	private LegalBases() {
	}

}
