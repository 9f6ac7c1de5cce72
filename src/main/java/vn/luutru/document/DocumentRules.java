package vn.luutru.document;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;

/**
 * The capture's checks of a document's metadata, for those that check documents before
 * capturing them (the bulk intake validates every row first): the same rules, in one
 * place ({@link DocumentMetadataCheck}).
 */
@Component
public class DocumentRules {

	private final DocumentMetadataCheck check;

	DocumentRules(DocumentMetadataCheck check) {
		this.check = check;
	}

	/**
	 * Adds the document's problems, named by the capture API's fields (typeName,
	 * issuedDate...).
	 */
	public void check(DocumentMetadata metadata, FileDefaults file, String fileName, Problems problems) {
		this.check.check(metadata, file, fileName, problems);
	}

}
