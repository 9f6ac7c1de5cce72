package vn.luutru.transfer.pkg;

import java.io.InputStream;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the SHA-256 fixity PREMIS records for each document ({@code Doc} object). */
final class PremisDigests {

	private PremisDigests() {
	}

	/**
	 * Adds docCode → SHA-256 (as written) for every {@code Doc} object with a SHA-256
	 * fixity.
	 */
	static void read(InputStream in, Map<String, String> digests) throws XMLStreamException {
		XMLStreamReader xml = XmlReading.open(in);
		try {
			String type = null;
			String value = null;
			String algorithm = null;
			String digest = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && PremisXml.NS.equals(xml.getNamespaceURI())) {
					switch (xml.getLocalName()) {
						case "object" -> {
							type = null;
							value = null;
							algorithm = null;
							digest = null;
						}
						case "objectIdentifierType" -> type = (type == null) ? xml.getElementText().trim() : type;
						case "objectIdentifierValue" -> value = (value == null) ? xml.getElementText().trim() : value;
						case "messageDigestAlgorithm" -> algorithm = xml.getElementText().trim();
						case "messageDigest" -> digest = xml.getElementText().trim();
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "object".equals(xml.getLocalName())
						&& "Doc".equals(type) && digest != null && Sha256.METS_TYPE.equals(algorithm)) {
					digests.put(value, digest);
				}
			}
		}
		finally {
			xml.close();
		}
	}

}
