package vn.luutru.intake;

import java.util.Map;

import vn.luutru.file.FileStatus;

/** The file states a sheet may give, in words or as the API's names. */
final class IntakeFileStates {

	private static final Map<String, FileStatus> NAMES = Map.ofEntries(Map.entry("đang mở", FileStatus.OPEN),
			Map.entry("mở", FileStatus.OPEN), Map.entry("open", FileStatus.OPEN),
			Map.entry("đã kết thúc", FileStatus.CLOSED), Map.entry("kết thúc", FileStatus.CLOSED),
			Map.entry("closed", FileStatus.CLOSED), Map.entry("đã nộp lưu", FileStatus.DEPOSITED),
			Map.entry("nộp lưu", FileStatus.DEPOSITED), Map.entry("deposited", FileStatus.DEPOSITED));

	private IntakeFileStates() {
	}

	static FileStatus of(String value) {
		return NAMES.get(IntakeColumn.fold(value));
	}

	static String nameOf(FileStatus status) {
		return switch (status) {
			case OPEN -> "Đang mở";
			case CLOSED -> "Đã kết thúc";
			case DEPOSITED -> "Đã nộp lưu";
			default -> status.name();
		};
	}

}
