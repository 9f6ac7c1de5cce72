package vn.luutru.transfer.pkg;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one small, indented UTF-8 XML document (METS, PREMIS, descriptive metadata) into
 * memory. Indented because CSIP asks for packages a person can read with a text editor
 * (principle 1.6); in memory because these documents grow with the number of documents,
 * not with their content.
 */
final class XmlWriter {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final XMLStreamWriter xml;

	private final String namespace;

	/** One entry per open element: whether it has child elements yet. */
	private final Deque<Boolean> open = new ArrayDeque<>();

	/**
	 * @param namespace the namespace of every element written, or null for none
	 */
	XmlWriter(String namespace) {
		this.namespace = namespace;
		try {
			this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(this.bytes, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlWriter start(String name) {
		return run(() -> {
			if (!this.open.isEmpty()) {
				this.open.pop();
				this.open.push(true);
			}
			newLine(this.open.size());
			if (this.namespace != null) {
				this.xml.writeStartElement("", name, this.namespace);
				if (this.open.isEmpty()) {
					this.xml.writeDefaultNamespace(this.namespace);
				}
			}
			else {
				this.xml.writeStartElement(name);
			}
			this.open.push(false);
		});
	}

	XmlWriter declare(String prefix, String uri) {
		return run(() -> this.xml.writeNamespace(prefix, uri));
	}

	/** Writes the attribute unless the value is null. */
	XmlWriter attr(String name, Object value) {
		return (value == null) ? this : run(() -> this.xml.writeAttribute(name, value.toString()));
	}

	XmlWriter attr(String prefix, String uri, String name, Object value) {
		return (value == null) ? this : run(() -> this.xml.writeAttribute(prefix, uri, name, value.toString()));
	}

	XmlWriter text(Object value) {
		return (value == null) ? this : run(() -> this.xml.writeCharacters(value.toString()));
	}

	XmlWriter end() {
		return run(() -> {
			if (this.open.pop()) {
				newLine(this.open.size());
			}
			this.xml.writeEndElement();
		});
	}

	/** An element holding only text; empty when the value is null. */
	XmlWriter leaf(String name, Object value) {
		if (value != null) {
			return start(name).text(value).end();
		}
		return run(() -> {
			this.open.pop();
			this.open.push(true);
			newLine(this.open.size());
			if (this.namespace != null) {
				this.xml.writeEmptyElement("", name, this.namespace);
			}
			else {
				this.xml.writeEmptyElement(name);
			}
		});
	}

	XmlWriter comment(String text) {
		return (text == null) ? this : run(() -> {
			newLine(this.open.size());
			this.xml.writeComment(" " + text.replace("--", "- -") + " ");
		});
	}

	byte[] toBytes() {
		run(() -> {
			this.xml.writeEndDocument();
			this.xml.flush();
			this.xml.close();
		});
		this.bytes.write('\n');
		return this.bytes.toByteArray();
	}

	private void newLine(int depth) throws XMLStreamException {
		this.xml.writeCharacters("\n" + "  ".repeat(depth));
	}

	private XmlWriter run(Step step) {
		try {
			step.run();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface Step {

		void run() throws XMLStreamException;

	}

}
