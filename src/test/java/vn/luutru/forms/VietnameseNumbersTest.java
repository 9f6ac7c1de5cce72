package vn.luutru.forms;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VietnameseNumbersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0             | không
			1             | một
			4             | bốn
			10            | mười
			11            | mười một
			12            | mười hai
			14            | mười bốn
			15            | mười lăm
			20            | hai mươi
			21            | hai mươi mốt
			25            | hai mươi lăm
			55            | năm mươi lăm
			100           | một trăm
			101           | một trăm linh một
			105           | một trăm linh năm
			110           | một trăm mười
			115           | một trăm mười lăm
			221           | hai trăm hai mươi mốt
			1000          | một nghìn
			1005          | một nghìn không trăm linh năm
			1021          | một nghìn không trăm hai mươi mốt
			1100          | một nghìn một trăm
			20000         | hai mươi nghìn
			305000        | ba trăm linh năm nghìn
			1000000       | một triệu
			1000010       | một triệu không trăm mười
			2500000       | hai triệu năm trăm nghìn
			1000000000    | một tỷ
			2000500000    | hai tỷ năm trăm nghìn
			1000000000000 | một nghìn tỷ
			""")
	void writesCountsInWords(long number, String words) {
		assertThat(VietnameseNumbers.inWords(number)).isEqualTo(words);
	}

	@Test
	void refusesNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseNumbers.inWords(-1));
	}

	@Test
	void groupsThousandsWithDots() {
		assertThat(VietnameseNumbers.grouped(20_000)).isEqualTo("20.000");
		assertThat(VietnameseNumbers.grouped(999)).isEqualTo("999");
		assertThat(VietnameseNumbers.grouped(1_234_567)).isEqualTo("1.234.567");
	}

	@Test
	void spellsDatesWithLeadingZerosForShortDaysAndJanuaryFebruary() {
		assertThat(VietnameseDates.spelled(LocalDate.of(2026, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2026");
		assertThat(VietnameseDates.spelled(LocalDate.of(2026, 2, 15))).isEqualTo("ngày 15 tháng 02 năm 2026");
		assertThat(VietnameseDates.spelled(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
		assertThat(new PlaceAndDate("Sơn La", null).line()).isEqualTo("Sơn La, ngày …… tháng …… năm ……");
	}

}
