package vn.luutru.receipt;

import java.util.List;
import java.util.Map;

/**
 * A record file of a received SIP: one package folder ({@code root}), its {@code EAD.xml}
 * fields and its documents.
 */
record SipFile(String root, String fileCode, Map<String, String> fields, List<SipDocument> documents) {

	String field(String name) {
		return this.fields.get(name);
	}

	long bytes() {
		return this.documents.stream().mapToLong(SipDocument::size).sum();
	}

}
