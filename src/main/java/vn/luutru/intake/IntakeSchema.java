package vn.luutru.intake;

/**
 * The metadata schema an intake sheet was written for, told by its column names: Circular
 * 05/2025 (today's names), Circular 02/2019 (its element names, CodeNumber,
 * PageAmount...) or Decree 30/2020 (the Vietnamese names of its annexes). Documents from
 * the two older ones are stored with the schema the capture API knows them by, TT02/2019.
 */
enum IntakeSchema {

	TT05_2025("TT05/2025", "TT05/2025"), ND30_2020("NĐ30/2020", "TT02/2019"), TT02_2019("TT02/2019", "TT02/2019");

	final String code;

	private final String documentSchema;

	IntakeSchema(String code, String documentSchema) {
		this.code = code;
		this.documentSchema = documentSchema;
	}

	String documentSchema() {
		return this.documentSchema;
	}

	static IntakeSchema ofCode(String code) {
		for (IntakeSchema schema : values()) {
			if (schema.code.equals(code)) {
				return schema;
			}
		}
		throw new IllegalArgumentException(code);
	}

	/** English element names are Circular 02/2019's; Vietnamese ones Decree 30's. */
	static IntakeSchema ofLegacyName(String name) {
		return name.chars().allMatch((c) -> c < 0x80) ? TT02_2019 : ND30_2020;
	}

	/** The older of two: a sheet with any older name was written for that schema. */
	IntakeSchema older(IntakeSchema other) {
		return (other.ordinal() > this.ordinal()) ? other : this;
	}

}
