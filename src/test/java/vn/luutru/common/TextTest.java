package vn.luutru.common;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

	@Test
	void valuesOfOnlyInvisibleSpacesAreBlank() {
		for (String blank : new String[] { "\u00A0", "\u202F", "\u2007", "\u200B", "\u200C", "\u200D", "\u2060",
				"\uFEFF", " \t\u00A0\u200B\r\n" }) {
			assertThat(Text.clean(blank)).as("U+%04X", (int) blank.charAt(0)).isNull();
		}
	}

	@Test
	void trimsInvisibleSpacesAtTheEndsButKeepsThemInside() {
		assertThat(Text.clean("\uFEFF\u00A0Hồ sơ\u00A0năm 2025\u200B ")).isEqualTo("Hồ sơ\u00A0năm 2025");
	}

	@Test
	void composesBeforeMeasuring() {
		String nfd = Normalizer.normalize("Quyết định", Normalizer.Form.NFD);
		assertThat(nfd.length()).isGreaterThan(10);
		assertThat(Text.tooLong(Text.clean(nfd), 10)).isFalse();
		// U+0958 has no composed form: NFC writes it as two characters.
		assertThat(Text.tooLong(Text.clean("\u0958".repeat(6)), 10)).isTrue();
	}

	@Test
	void countsCharactersOutsideTheBasicPlaneAsH2Does() {
		assertThat(Text.storedLength("\uD83D\uDCC4")).isEqualTo(2);
	}

	@Test
	void dropsWhatXmlCannotCarryAndBidiOverridesButKeepsEmojiAndLineBreaks() {
		assertThat(Text.clean("A\u0008B\u0000C\u202ED\u2066E\uD800F\uFFFF\uDC00G")).isEqualTo("ABCDEFG");
		assertThat(Text.clean("Tờ\uD83D\uDCC4 một\r\nhai\tba")).isEqualTo("Tờ\uD83D\uDCC4 một\r\nhai\tba");
		assertThat(Text.firstForbidden("Hồ sơ\u202E")).isEqualTo(5);
		assertThat(Text.firstForbidden("Hồ sơ \uD83D\uDCC4\n")).isEqualTo(-1);
		assertThat(Text.clean("\u0007\u202E")).isNull();
	}

	@Test
	void aLineValueHoldsNoLineBreak() {
		assertThat(Text.line("Số 5 Tô Hiệu\r\nĐã duyệt: CÓ\u2028x\ty")).isEqualTo("Số 5 Tô Hiệu Đã duyệt: CÓ x y");
		assertThat(Text.line("\n\r\t")).isNull();
	}

}
