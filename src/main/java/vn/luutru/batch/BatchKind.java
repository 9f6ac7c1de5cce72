package vn.luutru.batch;

/** What a batch does with its files. */
public enum BatchKind {

	/**
	 * Permanent files to the historical archive (nộp lưu vào Lưu trữ lịch sử); codes NL-.
	 */
	TRANSFER("NL"),
	/** Expired files reviewed for destruction (hủy tài liệu hết giá trị); codes HUY-. */
	DESTRUCTION("HUY");

	private final String prefix;

	BatchKind(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return this.prefix;
	}

}
