package vn.luutru.export;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import vn.luutru.document.Document;

/**
 * The file and its documents' metadata as one XML document in the Circular 05/2025 field
 * names ({@link ExportFields}, the packages' lists), documents in chronological order,
 * valid against {@value #SCHEMA} (written for this export). Streamed, so a file of
 * thousands of documents takes no more heap than one.
 */
final class FileXml {

	/** The schema on the classpath. */
	static final String SCHEMA = "/schemas/luutru-file-export.xsd";

	private FileXml() {
	}

	static void write(ExportedFile export, String exportedBy, Instant exportedAt, OutputStream out)
			throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("fileExport");
		xml.writeAttribute("schemaVersion", "TT05/2025");
		xml.writeAttribute("exportedAt", exportedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
		xml.writeAttribute("exportedBy", exportedBy);
		xml.writeCharacters("\n  ");
		xml.writeStartElement("file");
		fields(xml, ExportFields.ofFile(export.file()), ExportFields.FILE_FIELDS, "    ");
		xml.writeCharacters("\n  ");
		xml.writeEndElement();
		xml.writeCharacters("\n  ");
		xml.writeStartElement("documents");
		int n = 0;
		for (Document d : export.documents()) {
			xml.writeCharacters("\n    ");
			xml.writeStartElement("document");
			xml.writeAttribute("order", String.valueOf(++n));
			fields(xml, ExportFields.ofDocument(export.file(), d), ExportFields.DOCUMENT_FIELDS, "      ");
			xml.writeCharacters("\n      ");
			xml.writeEmptyElement("content");
			if (d.originalName() != null) {
				xml.writeAttribute("name", d.originalName());
			}
			xml.writeAttribute("mediaType", d.mediaType());
			xml.writeAttribute("size", String.valueOf(d.contentSize()));
			xml.writeAttribute("sha256", d.contentSha256());
			if (d.contentErasedAt() != null) {
				xml.writeAttribute("erasedAt", d.contentErasedAt().toString());
			}
			xml.writeCharacters("\n    ");
			xml.writeEndElement();
		}
		xml.writeCharacters(export.documents().isEmpty() ? "" : "\n  ");
		xml.writeEndElement();
		xml.writeCharacters("\n");
		xml.writeEndElement();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static void fields(XMLStreamWriter xml, Map<String, String> values, Iterable<String> fields, String indent)
			throws XMLStreamException {
		for (String field : fields) {
			String value = values.get(field);
			if (value != null) {
				xml.writeCharacters("\n" + indent);
				xml.writeStartElement(field);
				xml.writeCharacters(value);
				xml.writeEndElement();
			}
		}
	}

}
