package vn.luutru.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.springframework.stereotype.Component;

import vn.luutru.transfer.pkg.SchemaFiles;

/**
 * The METS 1.12 (with the DILCIS CSIP extension) and PREMIS 3.0 schemas a received SIP's
 * METS and PREMIS files must pass, read from the copies LuuTru ships in {@code schemas/}:
 * an import is resolved to the local copy, the network never.
 */
@Component
class SipSchemas {

	private static final String FOLDER = "schemas/";

	private final Schema mets;

	private final Schema premis;

	SipSchemas() {
		this.mets = schema(SchemaFiles.METS, SchemaFiles.CSIP_EXTENSION);
		this.premis = schema(SchemaFiles.PREMIS);
	}

	/** Null when valid, otherwise the first error with its line. */
	String checkMets(InputStream in) throws IOException {
		return check(this.mets, in);
	}

	String checkPremis(InputStream in) throws IOException {
		return check(this.premis, in);
	}

	private static String check(Schema schema, InputStream in) throws IOException {
		Validator validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new StreamSource(in));
			return null;
		}
		catch (SAXParseException ex) {
			return "line " + ex.getLineNumber() + ": " + ex.getMessage();
		}
		catch (SAXException ex) {
			return ex.getMessage();
		}
	}

	private static Schema schema(String... names) {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setResourceResolver(LOCAL);
			StreamSource[] sources = new StreamSource[names.length];
			for (int i = 0; i < names.length; i++) {
				URL url = resource(names[i]);
				sources[i] = new StreamSource(url.openStream(), url.toString());
			}
			return factory.newSchema(sources);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("the schemas shipped in " + FOLDER + " do not load", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static URL resource(String name) {
		URL url = SipSchemas.class.getClassLoader().getResource(FOLDER + name);
		if (url == null) {
			throw new IllegalStateException("no local copy of " + name + " in " + FOLDER);
		}
		return url;
	}

	/** A schema a schema imports: its local copy, by file name. */
	private static final LSResourceResolver LOCAL = (type, namespace, publicId, systemId, baseUri) -> {
		String name = systemId.substring(systemId.lastIndexOf('/') + 1);
		URL url = resource(name);
		return new LocalInput(url);
	};

	private record LocalInput(URL url) implements LSInput {

		@Override
		public InputStream getByteStream() {
			try {
				return this.url.openStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public String getSystemId() {
			return this.url.toString();
		}

		@Override
		public java.io.Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(java.io.Reader characterStream) {
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return null;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}

	}

}
