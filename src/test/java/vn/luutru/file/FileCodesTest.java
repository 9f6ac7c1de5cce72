package vn.luutru.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** File and document codes of Decree 30/2020 and Circular 05/2025. */
class FileCodesTest {

	@ParameterizedTest
	@ValueSource(strings = { "1", "01", "0001", "01.TCCB", "01.ĐT", "12.XDCB-01", "0001.ABCDEFGHIJKLMNO" })
	void acceptsASerialWithAnOptionalHeadingAbbreviation(String notation) {
		assertThat(FileCodes.isValidNotation(notation)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "TCCB", "01.", ".TCCB", "00001", "01.tccb", "01.TC CB", "01.ABCDEFGHIJKLMNOP", "01.A.B",
			"01_TCCB", " 01.TCCB" })
	void refusesAnythingElse(String notation) {
		assertThat(FileCodes.isValidNotation(notation)).isFalse();
	}

	@Test
	void notationIsAtMostTwentyCharacters() {
		assertThat("0001.ABCDEFGHIJKLMNO").hasSize(FileCodes.MAX_NOTATION);
		assertThat(FileCodes.isValidNotation("0001.ABCDEFGHIJKLMNO")).isTrue();
		assertThat(FileCodes.isValidNotation("0001.ABCDEFGHIJKLMNOP")).isFalse();
	}

	@Test
	void fileCodeIsAgencyYearAndNotation() {
		assertThat(FileCodes.fileCode("000.00.06.H53", 2024, "01.TCCB")).isEqualTo("000.00.06.H53.2024.01.TCCB");
	}

	@Test
	void documentCodeIsFileCodeAndPosition() {
		assertThat(FileCodes.documentCode("000.00.06.H53.2024.01.TCCB", 3)).isEqualTo("000.00.06.H53.2024.01.TCCB.3");
	}

}
