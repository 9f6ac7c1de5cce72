package vn.luutru.transfer.pkg;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A file a METS lists, with its checksum: from {@code fileSec/fileGrp/file} (with its
 * first {@code FLocat}) and from {@code mdRef}.
 *
 * @param path the zip path it resolves to
 * @param size null when not declared
 * @param ownerId the file's OWNERID (a document's docCode); null for metadata
 * @param mets the zip path of the METS that lists it
 */
record DeclaredFile(String path, String checksum, String checksumType, Long size, String ownerId, String mets) {

	static List<DeclaredFile> read(InputStream in, String metsPath) throws XMLStreamException {
		String base = metsPath.substring(0, metsPath.lastIndexOf('/') + 1);
		List<DeclaredFile> declared = new ArrayList<>();
		XMLStreamReader xml = XmlReading.open(in);
		try {
			DeclaredFile file = null;
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT || !MetsXml.NS.equals(xml.getNamespaceURI())) {
					continue;
				}
				switch (xml.getLocalName()) {
					// The location follows in FLocat.
					case "file" -> file = of(xml, null, attr(xml, "OWNERID"), metsPath);
					case "FLocat" -> {
						if (file != null) {
							declared.add(file.at(XmlReading.resolve(base, href(xml, metsPath))));
							file = null;
						}
					}
					case "mdRef" ->
						declared.add(of(xml, XmlReading.resolve(base, href(xml, metsPath)), null, metsPath));
					default -> {
					}
				}
			}
			return declared;
		}
		finally {
			xml.close();
		}
	}

	private DeclaredFile at(String path) {
		return new DeclaredFile(path, this.checksum, this.checksumType, this.size, this.ownerId, this.mets);
	}

	private static DeclaredFile of(XMLStreamReader xml, String path, String ownerId, String mets)
			throws XMLStreamException {
		String size = attr(xml, "SIZE");
		try {
			return new DeclaredFile(path, attr(xml, "CHECKSUM"), attr(xml, "CHECKSUMTYPE"),
					(size != null) ? Long.valueOf(size.trim()) : null, ownerId, mets);
		}
		catch (NumberFormatException ex) {
			throw new XMLStreamException("SIZE " + size + " in " + mets);
		}
	}

	private static String attr(XMLStreamReader xml, String name) {
		return xml.getAttributeValue(null, name);
	}

	private static String href(XMLStreamReader xml, String mets) throws XMLStreamException {
		String href = xml.getAttributeValue(MetsXml.XLINK, "href");
		if (href == null) {
			throw new XMLStreamException("A file without xlink:href in " + mets);
		}
		return href;
	}

}
