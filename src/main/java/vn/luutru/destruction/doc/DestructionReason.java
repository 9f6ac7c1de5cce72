package vn.luutru.destruction.doc;

/** Why a file is proposed for destruction (TT 06/2025 Annex II). */
public enum DestructionReason {

	EXPIRED("Hết thời hạn bảo quản"), DUPLICATE("Trùng lặp");

	private final String label;

	DestructionReason(String label) {
		this.label = label;
	}

	/** The wording printed in the list. */
	public String label() {
		return this.label;
	}

}
