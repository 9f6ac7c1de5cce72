package vn.luutru.receipt;

import java.util.Map;

/**
 * A document of a received record file: its {@code EAD_doc} fields and its content in the
 * package.
 *
 * @param docCode the circular's docId (file code + "." + position), the content's OWNERID
 * @param dataPath the content's path in the ZIP
 */
record SipDocument(String docCode, int position, Map<String, String> fields, String dataPath, long size,
		String sha256) {

}
