package vn.luutru.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.mime.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.luutru.content.ContentStore;

/**
 * The text of a stored document, at most {@code luutru.search.max-text} characters and
 * {@code luutru.search.max-pages} pages. The media type is the one Tika identified from
 * the bytes at capture; PDFBox and POI, which capture already uses, read the text (Tika's
 * own parser modules are not served at the tika-core version used here, README "Tìm kiếm
 * / Search"). Formats without text (images, sound, video) and unreadable content give an
 * empty text: the document stays found by its metadata.
 */
@Component
class TextExtraction {

	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	private static final MediaType PDF = MediaType.application("pdf");

	private static final MediaType DOCX = MediaType
		.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ContentStore store;

	private final int maxText;

	private final int maxPages;

	TextExtraction(ContentStore store, @Value("${luutru.search.max-text:100000}") int maxText,
			@Value("${luutru.search.max-pages:300}") int maxPages) {
		this.store = store;
		this.maxText = maxText;
		this.maxPages = maxPages;
	}

	String extract(IndexedDocument doc) {
		if (doc.contentErased() || doc.contentSha256() == null || doc.mediaType() == null) {
			return "";
		}
		MediaType type = MediaType.parse(doc.mediaType());
		if (type == null) {
			return "";
		}
		MediaType base = type.getBaseType();
		try {
			if (base.equals(PDF)) {
				return bounded(pdf(doc.contentSha256()));
			}
			if (base.equals(DOCX)) {
				try (InputStream in = this.store.open(doc.contentSha256());
						XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(in))) {
					return bounded(words.getText());
				}
			}
			if ("text".equals(base.getType()) || base.getSubtype().endsWith("xml")) {
				return plain(doc.contentSha256());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Không đọc được văn bản của tài liệu {} / cannot read the text of document {}: {}", doc.id(),
					doc.id(), ex.toString());
		}
		return "";
	}

	/** From a temporary copy, caches in temporary files: memory stays bounded. */
	private String pdf(String sha256) throws IOException {
		Path copy = Files.createTempFile("luutru-text", ".pdf");
		try {
			try (InputStream in = this.store.open(sha256)) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			try (RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(copy.toFile());
					PDDocument pdf = new PDFParser(source, "", null, null, IOUtils.createTempFileOnlyStreamCache())
						.parse(true)) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setEndPage(this.maxPages);
				return stripper.getText(pdf);
			}
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private String plain(String sha256) throws IOException {
		StringWriter out = new StringWriter();
		char[] buffer = new char[8192];
		try (Reader in = new java.io.InputStreamReader(this.store.open(sha256), StandardCharsets.UTF_8)) {
			int n;
			while (out.getBuffer().length() < this.maxText && (n = in.read(buffer)) > 0) {
				out.write(buffer, 0, n);
			}
		}
		return bounded(out.toString());
	}

	private String bounded(String text) {
		return (text.length() > this.maxText) ? text.substring(0, this.maxText) : text;
	}

}
