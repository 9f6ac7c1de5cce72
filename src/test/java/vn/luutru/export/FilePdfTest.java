package vn.luutru.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.content.SamplePdfs;
import vn.luutru.document.Document;
import vn.luutru.file.FileStatus;
import vn.luutru.file.RecordFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF writer on its own: erased content and a JPEG scan in date order, a file's worth
 * of documents written through temporary files.
 */
class FilePdfTest {

	private static final String LINE = "In bởi Đỗ Thị Ánh (vanthu) lúc 08:15 05/03/2026 / Printed by Đỗ Thị Ánh (vanthu) at 08:15 on 2026-03-05";

	@TempDir
	Path work;

	private final Map<String, byte[]> store = new HashMap<>();

	static RecordFile file(String title) {
		return new RecordFile(1L, 2L, "000.00.12.H53", 2L, "000.00.12.H53.2024.05.VP", 2024, "05.VP", title, null, null,
				"06", 10, "01", "01", "đường bộ", null, null, null, LocalDate.of(2024, 1, 2),
				LocalDate.of(2024, 12, 30), "01", null, null, 3, 3, 3, FileStatus.DESTROYED, null, null, false,
				"TT05/2025", "vanthu", Instant.now(), null, null, null, null, null, null, null, null, Instant.now());
	}

	Document document(int position, LocalDate issued, String number, String subject, byte[] content, String type,
			Instant erased) {
		String sha = String.format("%064x", position);
		this.store.put(sha, content);
		return new Document((long) position, 1L, position, "000.00.12.H53.2024.05.VP." + position, "22", number,
				"SNV-VP", issued, "Sở Nội vụ tỉnh Sơn La", subject, "01", 1, 1, null, null, "01", "01", null, null,
				null, null, null, "TT05/2025", sha, content.length, type, "tep-" + position, null, "NOT_APPLICABLE",
				null, "vanthu", Instant.now(), erased, null, null);
	}

	private byte[] write(ExportedFile export) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FilePdf.write(export, (sha) -> new ByteArrayInputStream(this.store.get(sha)), this.work, out);
		return out.toByteArray();
	}

	private static String page(PDDocument pdf, int page) throws IOException {
		PDFTextStripper text = new PDFTextStripper();
		text.setStartPage(page);
		text.setEndPage(page);
		return text.getText(pdf);
	}

	@Test
	void erasedContentIsNotedAndAScanIsAPageInDateOrder() throws IOException {
		BufferedImage scan = new BufferedImage(300, 420, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(scan, "jpg", jpeg);
		Instant erased = Instant.parse("2026-02-01T03:00:00Z");
		ExportedFile export = new ExportedFile(file("Hồ sơ bảo trì đường bộ năm 2024"),
				List.of(document(1, LocalDate.of(2024, 6, 1), "7", "Biên bản nghiệm thu", SamplePdfs.plainPdf("X", 1),
						"application/pdf", erased),
						document(2, LocalDate.of(2024, 2, 1), "2", "Bản chụp tờ trình", jpeg.toByteArray(),
								"image/jpeg", null)),
				LINE);

		try (PDDocument pdf = Loader.loadPDF(write(export))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
			assertThat(page(pdf, 1)).contains("1. 01/02/2024 · Số 2/SNV-VP · Bản chụp tờ trình",
					"2. 01/06/2024 · Số 7/SNV-VP · Biên bản nghiệm thu", "nội dung đã hủy");
			assertThat(pdf.getPage(1).getResources().getXObjectNames()).hasSize(1);
			assertThat(page(pdf, 3)).contains("Văn bản 2 / Document 2", "đã bị hủy", "dữ liệu đặc tả được giữ lại",
					String.format("%064x", 1));
			for (int p = 1; p <= 3; p++) {
				assertThat(page(pdf, p)).contains(LINE + " · Trang " + p + "/3");
			}
		}
		try (var left = Files.list(this.work)) {
			assertThat(left).as("the sources are the export's to delete, never kept").hasSize(1);
		}
	}

}
