package vn.luutru.transfer.pkg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * Parsing, XPath and schema validation for the tests, offline: imports of the published
 * schemas' web addresses resolve to the copies in {@code src/test/resources/schemas}.
 */
final class Xml {

	private static final Map<String, String> PREFIXES = Map.of("mets", MetsXml.NS, "csip", MetsXml.CSIP, "xlink",
			MetsXml.XLINK, "premis", PremisXml.NS);

	private Xml() {
	}

	static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	static String value(Document doc, String xpath) {
		try {
			return (String) xpath().evaluate(xpath, doc, XPathConstants.STRING);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(xpath, ex);
		}
	}

	static List<Element> elements(Document doc, String xpath) {
		try {
			NodeList nodes = (NodeList) xpath().evaluate(xpath, doc, XPathConstants.NODESET);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				elements.add((Element) nodes.item(i));
			}
			return elements;
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(xpath, ex);
		}
	}

	/**
	 * METS 1.12 with the DILCIS CSIP extension, so that the csip: attributes are checked
	 * too.
	 */
	static Schema metsSchema() {
		return schema(source("mets.xsd"), source("DILCISExtensionMETS.xsd"));
	}

	static Schema premisSchema() {
		return schema(source("premis-v3-0.xsd"));
	}

	static Schema schema(byte[] xsd) {
		return schema(new StreamSource(new ByteArrayInputStream(xsd)));
	}

	static void validate(Schema schema, byte[] xml, String name) {
		try {
			schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (Exception ex) {
			throw new AssertionError(name + " is not valid: " + ex.getMessage(), ex);
		}
	}

	private static Schema schema(StreamSource... sources) {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> local(systemId));
			return factory.newSchema(sources);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The local copy of a schema a schema imports; never the network. */
	private static LSInput local(String systemId) {
		String name = systemId.substring(systemId.lastIndexOf('/') + 1);
		URL url = Xml.class.getClassLoader().getResource("schemas/" + name);
		if (url == null) {
			throw new IllegalStateException("No local copy of " + systemId);
		}
		try {
			DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.getDOMImplementation();
			LSInput input = ls.createLSInput();
			InputStream in = url.openStream();
			input.setByteStream(in);
			input.setSystemId(url.toString());
			return input;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static StreamSource source(String name) {
		URL url = Xml.class.getClassLoader().getResource("schemas/" + name);
		try {
			return new StreamSource(url.openStream(), url.toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {

			@Override
			public String getNamespaceURI(String prefix) {
				return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public Iterator<String> getPrefixes(String uri) {
				return null;
			}

		});
		return xpath;
	}

}
