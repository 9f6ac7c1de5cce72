package vn.luutru.transfer.doc;

import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small batch of the Sở Nội vụ, with the Vietnamese a real list carries. */
final class TransferListSamples {

	static final Letterhead LETTERHEAD = new Letterhead("UBND TỈNH SƠN LA", "SỞ NỘI VỤ");

	static final List<TransferListEntry> FILES = List.of(
			new TransferListEntry("000.06.16.G09.2015.01.TH", "01.TH",
					"Kế hoạch, báo cáo tổng kết công tác năm 2015 của Sở Nội vụ", LocalDate.of(2015, 1, 5),
					LocalDate.of(2015, 12, 28), "Vĩnh viễn", 45, 90, null),
			new TransferListEntry("000.06.16.G09.2018.07.TCCB", "07.TCCB",
					"Hồ sơ về việc thành lập Trung tâm Lưu trữ lịch sử tỉnh Sơn La", LocalDate.of(2018, 3, 2),
					LocalDate.of(2018, 9, 14), "Vĩnh viễn", 0, 37, "Tài liệu số hóa từ bản giấy"),
			new TransferListEntry("000.06.16.G09.2020.12.TĐKT", "12.TĐKT",
					"Hồ sơ khen thưởng tổ chức, cá nhân có thành tích xuất sắc trong phòng, chống dịch Covid-19",
					LocalDate.of(2020, 4, 1), LocalDate.of(2020, 11, 30), "Vĩnh viễn", 12, 24, null));

	private TransferListSamples() {
	}

	static TransferList list(List<TransferListEntry> files) {
		return new TransferList(LETTERHEAD, "Sở Nội vụ tỉnh Sơn La", "H53.08", "Trung tâm Lưu trữ lịch sử tỉnh Sơn La",
				"TL-2026-001", 2026, new PlaceAndDate("Sơn La", LocalDate.of(2026, 3, 5)), "Lò Thị Hương",
				"Nguyễn Văn Đức", files);
	}

	static List<TransferListEntry> generated(int count) {
		List<TransferListEntry> files = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			String notation = String.format("%02d.VP", i);
			files.add(new TransferListEntry("000.06.16.G09.2016." + notation, notation, "Hồ sơ công việc số " + i,
					LocalDate.of(2016, 1, 4), LocalDate.of(2016, 12, 30), "Vĩnh viễn", 2, 3, null));
		}
		return files;
	}

}
