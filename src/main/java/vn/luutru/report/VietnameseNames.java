package vn.luutru.report;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;
import vn.luutru.schedule.RetentionPeriod;

/** How the reports name the lifecycle's states and actions, in Vietnamese. */
final class VietnameseNames {

	private VietnameseNames() {
	}

	static String action(DueAction action) {
		return switch (action) {
			case DEPOSIT -> "Nộp lưu vào Lưu trữ cơ quan";
			case TRANSFER -> "Nộp lưu vào Lưu trữ lịch sử";
			case DESTRUCTION_REVIEW -> "Xem xét hủy";
		};
	}

	static String status(FileStatus status) {
		return switch (status) {
			case OPEN -> "Đang giải quyết";
			case CLOSED -> "Đã kết thúc";
			case RETAINED_BY_UNIT -> "Đơn vị giữ lại";
			case DEPOSITED -> "Trong Lưu trữ cơ quan";
			case TRANSFER_PENDING -> "Chờ nộp lưu lịch sử";
			case TRANSFERRED -> "Đã nộp lưu lịch sử";
			case UNDER_DESTRUCTION_REVIEW -> "Đang xem xét hủy";
			case DESTROYED -> "Đã hủy";
		};
	}

	static String retention(String maintenanceCode, Integer years) {
		return new RetentionPeriod(maintenanceCode, years).label();
	}

}
