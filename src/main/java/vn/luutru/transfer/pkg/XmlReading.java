package vn.luutru.transfer.pkg;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming reads of package XML, with DTDs and external entities off. A factory per
 * read: the JDK's factories are not documented as thread-safe.
 */
final class XmlReading {

	private XmlReading() {
	}

	static XMLStreamReader open(InputStream in) throws XMLStreamException {
		return factory().createXMLStreamReader(in);
	}

	/**
	 * The zip path of an href relative to the folder {@code base} (ending with "/"):
	 * "..", "." and percent-escapes resolved.
	 */
	static String resolve(String base, String href) {
		String decoded = href.contains("%") ? URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8)
				: href;
		Deque<String> parts = new ArrayDeque<>();
		for (String part : (base + decoded).split("/")) {
			if (part.equals("..")) {
				parts.pollLast();
			}
			else if (!part.isEmpty() && !part.equals(".")) {
				parts.addLast(part);
			}
		}
		return String.join("/", parts);
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

}
