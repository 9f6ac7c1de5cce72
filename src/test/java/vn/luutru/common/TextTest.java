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

}
