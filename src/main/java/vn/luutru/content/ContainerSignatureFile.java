package vn.luutru.content;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.bind.JAXBContext;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import uk.gov.nationalarchives.droid.container.ContainerFile;
import uk.gov.nationalarchives.droid.container.ContainerSignature;
import uk.gov.nationalarchives.droid.container.ContainerSignatureDefinitions;
import uk.gov.nationalarchives.droid.container.ContainerSignatureFileReader;
import uk.gov.nationalarchives.droid.core.SignatureParseException;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureCollection;
import uk.gov.nationalarchives.droid.core.signature.droid6.InternalSignatureComparator;
import uk.gov.nationalarchives.droid.core.signature.xml.SAXModelBuilder;

/**
 * DROID's container signature file, read as DROID 6.8 reads it but with the JDK's own XML
 * serializer: DROID compiles the binary signatures of a container's entries through
 * Xerces' XMLSerializer, and Xerces on the class path would take over every XML parser of
 * the application. Parsed once, when the identifiers ask for it.
 */
class ContainerSignatureFile extends ContainerSignatureFileReader {

	private final Path file;

	private ContainerSignatureDefinitions definitions;

	ContainerSignatureFile(Path file) {
		this.file = file;
	}

	@Override
	public synchronized ContainerSignatureDefinitions getDefinitions() throws SignatureParseException {
		if (this.definitions == null) {
			this.definitions = parse();
		}
		return this.definitions;
	}

	private ContainerSignatureDefinitions parse() throws SignatureParseException {
		try (InputStream in = Files.newInputStream(this.file)) {
			ContainerSignatureDefinitions parsed = (ContainerSignatureDefinitions) JAXBContext
				.newInstance(ContainerSignatureDefinitions.class)
				.createUnmarshaller()
				.unmarshal(in);
			Transformer serializer = TransformerFactory.newInstance().newTransformer();
			serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			SAXParserFactory sax = SAXParserFactory.newInstance();
			sax.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			for (ContainerSignature signature : parsed.getContainerSignatures()) {
				for (ContainerFile entry : signature.getFiles().values()) {
					if (entry.getBinarySignature() != null && entry.getBinarySignature().getElement() != null) {
						entry.setBinarySignatures(compile(entry.getBinarySignature().getElement(), serializer, sax));
					}
				}
			}
			return parsed;
		}
		catch (SignatureParseException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new SignatureParseException("container signatures unreadable: " + ex.getMessage(), ex);
		}
	}

	private static InternalSignatureCollection compile(Element element, Transformer serializer, SAXParserFactory sax)
			throws Exception {
		StringWriter xml = new StringWriter();
		serializer.transform(new DOMSource(element), new StreamResult(xml));
		XMLReader reader = sax.newSAXParser().getXMLReader();
		SAXModelBuilder builder = new SAXModelBuilder();
		reader.setContentHandler(builder);
		reader.parse(new InputSource(new StringReader(xml.toString())));
		InternalSignatureCollection signatures = (InternalSignatureCollection) builder.getModel();
		signatures.prepareForUse();
		signatures.sortSignatures(new InternalSignatureComparator());
		return signatures;
	}

}
