package vn.luutru.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentNumbersTest {

	@Test
	void minutesNumbersTakeTwoDigitsTheTypeAndTheIssuer() {
		assertThat(DocumentNumbers.of(3, DocumentNumbers.MINUTES, "SNV")).isEqualTo("03/BB-SNV");
		assertThat(DocumentNumbers.of(112, DocumentNumbers.MINUTES, "UBND")).isEqualTo("112/BB-UBND");
	}

	@ParameterizedTest
	@CsvSource({ "Sở Nội vụ tỉnh Sơn La, SNV", "Sở Tài chính tỉnh Sơn La, STC", "Ủy ban nhân dân tỉnh Sơn La, UBND",
			"Sở Giáo dục và Đào tạo tỉnh Sơn La, SGDĐT", "Trung tâm Lưu trữ lịch sử tỉnh Sơn La, TTLTLS",
			"Văn phòng Sơn La, VP", "Ban Quản lý dự án, BQLDA" })
	void signsAnAgencyByTheInitialsOfItsName(String name, String sign) {
		assertThat(DocumentNumbers.initials(name, "Sơn La")).isEqualTo(sign);
	}

}
