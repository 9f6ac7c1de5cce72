package vn.luutru.destruction.doc;

/**
 * The council's opinion on one file: destroy it, or keep it a number of years more.
 *
 * @param extensionYears zero to destroy, otherwise the years of the extension
 */
public record CouncilOpinion(int extensionYears) {

	public CouncilOpinion {
		if (extensionYears < 0) {
			throw new IllegalArgumentException("An extension is counted in whole years: " + extensionYears);
		}
	}

	public static CouncilOpinion destroy() {
		return new CouncilOpinion(0);
	}

	public static CouncilOpinion extend(int years) {
		if (years <= 0) {
			throw new IllegalArgumentException("An extension lasts at least one year: " + years);
		}
		return new CouncilOpinion(years);
	}

	public boolean isExtension() {
		return this.extensionYears > 0;
	}

	/** "Hủy" or "Gia hạn 5 năm". */
	public String label() {
		return isExtension() ? "Gia hạn " + this.extensionYears + " năm" : "Hủy";
	}

}
