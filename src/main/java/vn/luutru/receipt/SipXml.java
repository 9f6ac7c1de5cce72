package vn.luutru.receipt;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the parts of a received SIP that LuuTru registers: the Circular 05/2025
 * descriptive records ({@code <simpledc>}, one element a field) and the agents of the
 * package METS. The XML comes from outside: no DTD, no external entity is ever read.
 */
final class SipXml {

	static final String METS_NS = "http://www.loc.gov/METS/";

	private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

	static {
		FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		FACTORY.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
	}

	private SipXml() {
	}

	/** An organisation or software named in the METS header. */
	record Agent(String role, String type, String name, String code) {

	}

	/**
	 * The fields of a {@code <simpledc>} record by name, their text trimmed; blank ones
	 * left out.
	 */
	static Map<String, String> record(InputStream in) throws XMLStreamException {
		Map<String, String> fields = new LinkedHashMap<>();
		XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
		try {
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					if (depth == 2) {
						String name = xml.getLocalName();
						String text = xml.getElementText().strip();
						depth--;
						if (!text.isEmpty()) {
							fields.putIfAbsent(name, text);
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			return fields;
		}
		finally {
			xml.close();
		}
	}

	/** The agents of {@code metsHdr}, with the identification code in their note. */
	static List<Agent> agents(InputStream in) throws XMLStreamException {
		List<Agent> agents = new ArrayList<>();
		XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
		try {
			String role = null;
			String type = null;
			String name = null;
			String code = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && METS_NS.equals(xml.getNamespaceURI())) {
					switch (xml.getLocalName()) {
						case "agent" -> {
							role = xml.getAttributeValue(null, "ROLE");
							type = xml.getAttributeValue(null, "TYPE");
							name = null;
							code = null;
						}
						case "name" -> name = xml.getElementText().strip();
						case "note" -> code = xml.getElementText().strip();
						case "dmdSec", "amdSec", "fileSec", "structMap" -> {
							return agents;
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && METS_NS.equals(xml.getNamespaceURI())
						&& "agent".equals(xml.getLocalName())) {
					agents.add(new Agent(role, type, name, code));
				}
			}
			return agents;
		}
		finally {
			xml.close();
		}
	}

}
