package vn.luutru.transfer;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.luutru.batch.BatchPackage;
import vn.luutru.common.Attachments;

/**
 * A transfer's packages one by one; {@code /api/v1/transfers/{id}/package} stays the
 * bundle of them all.
 */
@RestController
@Tag(name = "Nộp lưu, hủy tài liệu / Transfers and destructions")
class TransferPackageController {

	private final TransferPackages packages;

	TransferPackageController(TransferPackages packages) {
		this.packages = packages;
	}

	@GetMapping("/api/v1/transfers/{id}/packages")
	@Operation(
			summary = "Các gói tin của lô, mỗi hồ sơ một gói E-ARK / The batch's packages, one E-ARK package "
					+ "per record file",
			description = "Mỗi gói: mã hồ sơ, OBJID, kích thước, SHA-256 và đường dẫn tải / Each: file code, OBJID, "
					+ "size, SHA-256 and its download URL")
	List<PackageEntry> list(@PathVariable long id) {
		return this.packages.list(id)
			.stream()
			.map((p) -> new PackageEntry(p.fileCode(), p.objectId(), p.size(), p.sha256(), p.documents(),
					"/api/v1/transfers/" + id + "/packages/" + p.fileCode()))
			.toList();
	}

	@GetMapping("/api/v1/transfers/{id}/packages/{fileCode}")
	@Operation(summary = "Tải gói tin của một hồ sơ (.zip, một gói E-ARK) / Download one record file's package "
			+ "(.zip, one E-ARK package)")
	ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @PathVariable String fileCode) {
		TransferPackages.Download d = this.packages.open(id, fileCode);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(d.pkg().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(d.fileName()))
			.header("Digest", "sha-256=" + d.pkg().sha256())
			.body(d.writer()::writeTo);
	}

	/** One package as the list shows it. */
	record PackageEntry(String fileCode, String objectId, long size, String sha256, int documents, String url) {

	}

}
