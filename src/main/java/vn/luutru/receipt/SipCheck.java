package vn.luutru.receipt;

import java.util.List;

import vn.luutru.agency.Agency;

/**
 * What the validation of a SIP found.
 *
 * @param depositor the depositing agency as LuuTru knows it; null when the package names
 * none LuuTru knows
 * @param depositorCode the code the package names, as written
 * @param files the record files read from it (those that could be read)
 * @param errors empty when the SIP may be accepted
 */
record SipCheck(Agency depositor, String depositorCode, String depositorName, List<SipFile> files,
		List<ReceiptError> errors) {

	boolean valid() {
		return this.errors.isEmpty() && !this.files.isEmpty();
	}

}
