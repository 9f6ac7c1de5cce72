package vn.luutru.forms;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The letterhead's agency block breaks between words, never inside a Vietnamese word. */
class TextWidthsTest {

	@Test
	void measuresCapitalsWiderThanSpacesAndMarksAsTheirLetters() {
		assertThat(TextWidths.twips("SỞ NỘI VỤ", 13, true)).isEqualTo(TextWidths.twips("SO NOI VU", 13, true));
		assertThat(TextWidths.twips("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true)).isBetween(5200, 5700);
	}

	@Test
	void aNameThatFitsStaysOnOneLine() {
		assertThat(TextWidths.lines("SỞ GIÁO DỤC VÀ ĐÀO TẠO", 13, true, 3500))
			.containsExactly("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
	}

	@Test
	void aLongNameBreaksBetweenWordsKeepingTwoSyllableWordsWhole() {
		assertThat(TextWidths.lines("ỦY BAN NHÂN DÂN TỈNH SƠN LA", 13, false, 3200)).containsExactly("ỦY BAN NHÂN DÂN",
				"TỈNH SƠN LA");
		assertThat(TextWidths.lines("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SƠN LA", 13, true, 3500))
			.containsExactly("SỞ GIÁO DỤC", "VÀ ĐÀO TẠO TỈNH SƠN LA");
		List<String> lines = TextWidths
			.lines("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP", 13, true, 3200);
		assertThat(lines).allSatisfy((line) -> assertThat(TextWidths.twips(line, 13, true)).isLessThanOrEqualTo(3200))
			.noneSatisfy((line) -> assertThat(line).matches(".*(QUẢN|DỰ|ĐẦU|XÂY|CÔNG|DÂN)"));
		assertThat(String.join(" ", lines))
			.isEqualTo("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP");
	}

	@Test
	void theAgencyBlockGrowsWithItsNameWithinWhatTheMottoLeaves() {
		assertThat(OfficialDocument.leftHead("UBND TỈNH SƠN LA", "SỞ NỘI VỤ")).isEqualTo(3400);
		int wide = OfficialDocument.leftHead("UBND TỈNH SƠN LA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
		assertThat(wide).isGreaterThan(3400)
			.isEqualTo(TextWidths.twips("SỞ GIÁO DỤC VÀ ĐÀO TẠO", 13, true) + 240)
			.isLessThanOrEqualTo(OfficialDocument.TEXT_WIDTH - TextWidths.twips(OfficialDocument.MOTTO, 13, true));
	}

}
