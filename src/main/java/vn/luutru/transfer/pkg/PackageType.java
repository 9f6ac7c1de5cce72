package vn.luutru.transfer.pkg;

/**
 * The OAIS type of the packages written ({@code csip:OAISPACKAGETYPE}). An AIP carries
 * PREMIS preservation metadata; a SIP, as in Circular 05/2025, does not.
 */
public enum PackageType {

	SIP, AIP

}
