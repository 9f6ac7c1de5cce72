package vn.luutru.access;

import java.util.List;

/**
 * A request with its files and the grants it gave.
 *
 * @param purposeLabel the purpose in words, "Công vụ / Official" (for the approver's
 * form)
 * @param statusLabel the status in words, "Chờ lưu trữ duyệt / Waiting for the archive"
 */
public record AccessRequestView(AccessRequest request, String purposeLabel, String statusLabel,
		List<RequestedFile> files, List<AccessGrant> grants) {

}
