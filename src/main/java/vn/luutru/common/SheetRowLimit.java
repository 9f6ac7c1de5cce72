package vn.luutru.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Counts the rows holding a value in the first sheet while streaming its XML, and stops
 * as soon as there are more than allowed. Loading a workbook builds every cell in memory
 * (about 15 KB a row): a 100,000-row sheet took 1.5 GB before the row limit refused it.
 * Every spreadsheet import (retention schedule, file plan, staff list) counts with it.
 */
public final class SheetRowLimit {

	private SheetRowLimit() {
	}

	/** Whether the first sheet has more than {@code max} rows with a value. */
	public static boolean exceeds(OPCPackage workbook, int max) throws IOException {
		try {
			Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
			if (!sheets.hasNext()) {
				return false;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader reader = XMLHelper.newXMLReader();
				Counter counter = new Counter(max);
				reader.setContentHandler(counter);
				reader.parse(new InputSource(sheet));
				return false;
			}
		}
		catch (LimitReached ex) {
			return true;
		}
		catch (SAXException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException ex) {
			throw new IOException(ex);
		}
	}

	private static final class Counter extends DefaultHandler {

		private final int max;

		private int rows;

		private boolean rowHasValue;

		private boolean inValue;

		Counter(int max) {
			this.max = max;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (name(localName, qName)) {
				case "row" -> this.rowHasValue = false;
				case "v", "t" -> this.inValue = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.inValue && !this.rowHasValue) {
				for (int i = start; i < start + length; i++) {
					if (!Character.isWhitespace(ch[i])) {
						this.rowHasValue = true;
						return;
					}
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws LimitReached {
			String name = name(localName, qName);
			if (name.equals("v") || name.equals("t")) {
				this.inValue = false;
			}
			else if (name.equals("row") && this.rowHasValue && ++this.rows > this.max) {
				throw new LimitReached();
			}
		}

	}

	private static String name(String localName, String qName) {
		return !localName.isEmpty() ? localName : qName.substring(qName.indexOf(':') + 1);
	}

	/** Ends the parse early; no stack trace is needed. */
	private static final class LimitReached extends SAXException {

		LimitReached() {
			super("row limit reached");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
