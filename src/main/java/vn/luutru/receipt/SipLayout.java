package vn.luutru.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamException;

/**
 * Where a SIP keeps the Circular 05/2025 records of a file ({@code EAD.xml}) and of a
 * document ({@code EAD_doc_<docId>.xml}), and reading them again one by one when a
 * validated SIP is registered a chunk at a time.
 */
final class SipLayout {

	private SipLayout() {
	}

	/** The file's record in its package folder. */
	static String fileRecord(String root) {
		return root + "/metadata/descriptive/EAD.xml";
	}

	/** A document's record, in the metadata of the representation holding its content. */
	static String documentRecord(String dataPath, String docCode) {
		String representation = dataPath.substring(0, dataPath.lastIndexOf("/data/") + 1);
		return representation + "metadata/descriptive/EAD_doc_" + docCode + ".xml";
	}

	/** The file's fields, without its documents (registered one by one). */
	static SipFile file(ZipFile zip, String root, String fileCode) throws IOException {
		return new SipFile(root, fileCode, record(zip, fileRecord(root)), List.of());
	}

	static SipDocument document(ZipFile zip, PlannedDocument doc) throws IOException {
		ZipEntry content = zip.getEntry(doc.dataPath());
		if (content == null) {
			throw new IllegalStateException("the validated SIP no longer holds " + doc.dataPath());
		}
		return new SipDocument(doc.docCode(), doc.position(),
				record(zip, documentRecord(doc.dataPath(), doc.docCode())), doc.dataPath(), content.getSize(),
				doc.contentSha256());
	}

	private static Map<String, String> record(ZipFile zip, String path) throws IOException {
		ZipEntry entry = zip.getEntry(path);
		if (entry == null) {
			throw new IllegalStateException("the validated SIP no longer holds " + path);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return SipXml.record(in);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("the validated SIP's " + path + " is no longer readable", ex);
		}
	}

}
