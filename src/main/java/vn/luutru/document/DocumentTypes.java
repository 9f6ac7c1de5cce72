package vn.luutru.document;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The document type list (typeName) of Circular 05/2025: a two-digit code, 01 Nghị quyết
 * … 22 Công văn … 32 other. Codes 01 and 22 and 32 are confirmed (DOMAIN.md §2b); the
 * rest follow the Decree 30/2020 list of administrative document types and are to be
 * checked against the circular's annex.
 */
public final class DocumentTypes {

	private static final Map<String, String> NAMES = new LinkedHashMap<>();

	static {
		String[] names = { "Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế", "Quy định", "Thông cáo", "Thông báo",
				"Hướng dẫn", "Chương trình", "Kế hoạch", "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản",
				"Tờ trình", "Hợp đồng", "Công điện", "Bản ghi nhớ", "Bản thỏa thuận", "Giấy ủy quyền", "Công văn",
				"Giấy mời", "Giấy giới thiệu", "Giấy nghỉ phép", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo", "Thư công",
				"Luật", "Nghị định", "Khác" };
		for (int i = 0; i < names.length; i++) {
			NAMES.put(String.format("%02d", i + 1), names[i]);
		}
	}

	private DocumentTypes() {
	}

	public static Optional<String> nameOf(String code) {
		return Optional.ofNullable(NAMES.get(code));
	}

	/**
	 * A code as given, or the code of a type written in words (Circular 02/2019 data).
	 */
	public static Optional<String> toCode(String value) {
		if (value == null) {
			return Optional.empty();
		}
		if (NAMES.containsKey(value)) {
			return Optional.of(value);
		}
		String wanted = fold(value);
		return NAMES.entrySet()
			.stream()
			.filter((e) -> fold(e.getValue()).equals(wanted))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	private static String fold(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFC)
			.strip()
			.toLowerCase(Locale.ROOT)
			.replace("hoà", "hòa")
			.replace("uỷ", "ủy")
			.replace("thoả", "thỏa");
	}

}
