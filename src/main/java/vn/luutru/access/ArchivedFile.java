package vn.luutru.access;

/** A record file as the reading room sees it. */
record ArchivedFile(Long id, Long agencyId, Long custodyAgencyId, String custodyAgencyCode, String fileCode,
		String title, String accessMode, String status) {

	static final String PUBLIC = "01";

	static final String CONDITIONAL = "02";

}
