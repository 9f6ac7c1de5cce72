package vn.luutru.transfer.pkg;

/**
 * The OAIS type of the packages written ({@code csip:OAISPACKAGETYPE}). An AIP carries
 * PREMIS preservation metadata; a SIP, as in Circular 05/2025, does not, nor does a DIP
 * (its content is a marked copy, not the preserved bytes the PREMIS fixity would
 * describe). Each names the E-ARK profile its METS declares ({@code mets/@PROFILE}; E-ARK
 * SIP requires its own, SIP2).
 */
public enum PackageType {

	SIP("https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml"),
	AIP("https://earkaip.dilcis.eu/profile/E-ARK-AIP.xml"),
	/** What the archive hands over for a reader's granted request (E-ARK DIP 2.x). */
	DIP("https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml");

	private final String profile;

	PackageType(String profile) {
		this.profile = profile;
	}

	/** The E-ARK profile URL written as {@code mets/@PROFILE}. */
	public String profile() {
		return this.profile;
	}

}
