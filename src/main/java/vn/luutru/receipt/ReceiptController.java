package vn.luutru.receipt;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.common.Attachments;

@RestController
@Tag(name = "Tiếp nhận gói tin nộp lưu / Receipt of submission packages")
class ReceiptController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReceiptService receipts;

	ReceiptController(ReceiptService receipts) {
		this.receipts = receipts;
	}

	@PostMapping(path = "/api/v1/receipts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nộp gói tin SIP vào Lưu trữ lịch sử / Submit a SIP to the historical archive",
			description = "Phần 'file': gói SIP (ZIP theo E-ARK CSIP và Thông tư 05/2025), một thư mục gói cho mỗi "
					+ "hồ sơ. Được kiểm tra (lược đồ METS/PREMIS, mã kiểm tra từng tệp, bộ kiểm tra E-ARK) trước "
					+ "khi Lưu trữ lịch sử quyết định; theo dõi trạng thái tại Location / Part 'file': the SIP (a ZIP "
					+ "as E-ARK CSIP and Circular 05/2025 lay it out), one package folder per record file. It is "
					+ "validated (METS/PREMIS schemas, every file's checksum, the E-ARK validator) before the "
					+ "historical archive decides; poll its status at Location")
	ResponseEntity<ReceiptView> receive(@RequestPart("file") MultipartFile file) {
		long id = this.receipts.receive(file);
		return ResponseEntity.accepted().location(URI.create("/api/v1/receipts/" + id)).body(this.receipts.view(id));
	}

	@GetMapping("/api/v1/receipts/{id}/slip.docx")
	@Operation(summary = "Phiếu tiếp nhận gói tin nộp lưu (.docx) / The receipt slip (.docx)")
	ResponseEntity<byte[]> slip(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition("phieu-tiep-nhan-" + id + ".docx"))
			.body(this.receipts.slip(id));
	}

	@GetMapping("/api/v1/receipts/{id}")
	@Operation(summary = "Trạng thái tiếp nhận, số liệu và lỗi / Status of a receipt, its totals and errors")
	ReceiptView get(@PathVariable long id) {
		return this.receipts.view(id);
	}

}
