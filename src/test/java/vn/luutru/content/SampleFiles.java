package vn.luutru.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Bytes of small files in the formats the inspector tells apart. */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] docx() {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("Tờ trình số 12/TTr-UBND");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Mục lục").createRow(0).createCell(0).setCellValue("Hồ sơ");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xls() {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Mục lục").createRow(0).createCell(0).setCellValue("Hồ sơ");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An OLE2 file with a WordDocument stream, which is what makes a .doc. */
	static byte[] doc() {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An OpenDocument package; {@code mimetypeFirst} as the specification asks. */
	static byte[] openDocument(String mediaType, boolean mimetypeFirst) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			if (!mimetypeFirst) {
				deflated(zip, "content.xml", "<office:document-content/>");
			}
			byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(type);
			zip.closeEntry();
			if (mimetypeFirst) {
				deflated(zip, "content.xml", "<office:document-content/>");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] zip() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			deflated(zip, "ghi-chu.txt", "Hồ sơ nén");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] image(String format) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0xcc0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An ISO base media head as written by ffmpeg (major brand isom). */
	static byte[] mp4() {
		byte[] ftyp = box("ftyp", ascii("isom\0\0\2\0isomiso2avc1mp41"));
		return concat(ftyp, box("free", new byte[0]), box("mdat", new byte[256]));
	}

	/** An ASF header naming an audio stream, as in a .wma. */
	static byte[] wma() {
		byte[] header = ByteScan.bytes(0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0x00, 0xaa, 0x00,
				0x62, 0xce, 0x6c);
		byte[] audio = ByteScan.bytes(0x40, 0x9e, 0x69, 0xf8, 0x4d, 0x5b, 0xcf, 0x11, 0xa8, 0xfd, 0x00, 0x80, 0x5f,
				0x5c, 0x44, 0x2b);
		return concat(header, new byte[64], audio, new byte[512]);
	}

	static byte[] truncated(byte[] bytes, int cut) {
		return Arrays.copyOf(bytes, bytes.length - cut);
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] box(String type, byte[] payload) {
		int size = 8 + payload.length;
		byte[] head = { (byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size };
		return concat(head, ascii(type), payload);
	}

	private static void deflated(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
