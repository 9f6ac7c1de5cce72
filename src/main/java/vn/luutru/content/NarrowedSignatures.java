package vn.luutru.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A DROID binary signature file cut down to the formats of one media type (those whose
 * {@code MIMEType} lists it) and their internal signatures, written as a signature file
 * of its own. DROID then tries those few signatures instead of every one: for a PDF,
 * about 30 of 1,750.
 */
final class NarrowedSignatures {

	private NarrowedSignatures() {
	}

	/** The media type as compared: no parameters, lower case. */
	static String key(String mediaType) {
		if (mediaType == null) {
			return null;
		}
		int semicolon = mediaType.indexOf(';');
		String type = (semicolon >= 0) ? mediaType.substring(0, semicolon) : mediaType;
		return type.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Writes the signatures of {@code mediaType}'s formats from {@code signatures} to
	 * {@code target}; returns how many signatures it kept (0: none, nothing to narrow
	 * to).
	 */
	static int write(Path signatures, String mediaType, Path target) throws IOException {
		String type = key(mediaType);
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document doc = factory.newDocumentBuilder().parse(signatures.toFile());
			Set<String> kept = new HashSet<>();
			for (Element format : elements(doc, "FileFormat")) {
				boolean ofType = Arrays.stream(format.getAttribute("MIMEType").split(","))
					.map(NarrowedSignatures::key)
					.anyMatch(type::equals);
				if (ofType) {
					for (Element id : children(format, "InternalSignatureID")) {
						kept.add(id.getTextContent().strip());
					}
				}
				else {
					format.getParentNode().removeChild(format);
				}
			}
			int count = 0;
			for (Element signature : elements(doc, "InternalSignature")) {
				if (kept.contains(signature.getAttribute("ID"))) {
					count++;
				}
				else {
					signature.getParentNode().removeChild(signature);
				}
			}
			if (count > 0) {
				TransformerFactory transformers = TransformerFactory.newInstance();
				transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
				transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
				transformers.newTransformer().transform(new DOMSource(doc), new StreamResult(target.toFile()));
			}
			return count;
		}
		catch (ParserConfigurationException | SAXException | TransformerException ex) {
			throw new IOException("PRONOM signatures for " + type + ": " + ex.getMessage(), ex);
		}
	}

	private static List<Element> elements(Document doc, String name) {
		NodeList nodes = doc.getElementsByTagNameNS("*", name);
		List<Element> list = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> list = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getLocalName())) {
				list.add(e);
			}
		}
		return list;
	}

}
