package vn.luutru.schedule;

import org.junit.jupiter.api.Test;

import vn.luutru.common.InvalidInputException;
import vn.luutru.common.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionRuleCheckTest {

	@Test
	void acceptsTheCommonShapesOfARule() {
		assertThat(check("01", null, "TRANSFER").retentionYears).isNull();
		assertThat(check("02", 70, "REVIEW").retentionYears).isEqualTo(70);
		assertThat(check("06", null, "DESTROY").retentionYears).isEqualTo(10);
		assertThat(check("07", 5, "destroy").actionAtEnd).isEqualTo(DispositionAction.DESTROY);
	}

	@Test
	void namesImportedFieldsByTheirRow() {
		Problems problems = new Problems();
		RetentionRuleCheck.check(new RetentionRuleRequest("7", null, "Hồ sơ", "07", 0, "DESTROY", null, null),
				new Fields(problems, "rows[9]."));
		assertThat(problems.has("rows[9].retentionYears")).isTrue();
	}

	@Test
	void reportsOnlyTheFirstProblemOfAField() {
		Problems problems = new Problems();
		Fields fields = new Fields(problems, "");
		fields.add("retentionYears", "error.schedule.wholeNumber");
		RetentionRuleCheck.check(new RetentionRuleRequest("7", null, "Hồ sơ", "07", null, "DESTROY", null, null),
				fields);
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).singleElement()
					.satisfies((p) -> assertThat(p.code()).isEqualTo("error.schedule.wholeNumber")));
	}

	@Test
	void acceptsNotationsOfDecree30() {
		assertThat(FilePlanItemCheck.NOTATION.matcher("01.TCCB").matches()).isTrue();
		assertThat(FilePlanItemCheck.NOTATION.matcher("1234.ĐTBD-01").matches()).isTrue();
		assertThat(FilePlanItemCheck.NOTATION.matcher("01.Tccb").matches()).isFalse();
		assertThat(FilePlanItemCheck.NOTATION.matcher("TCCB.01").matches()).isFalse();
		assertThat(FilePlanItemCheck.NOTATION.matcher("01.ABCDEFGHIJKLMNOP").matches()).isFalse();
	}

	@Test
	void numbersHeadingsInRomanNumerals() {
		assertThat(FilePlanWorkbook.roman(1)).isEqualTo("I");
		assertThat(FilePlanWorkbook.roman(4)).isEqualTo("IV");
		assertThat(FilePlanWorkbook.roman(14)).isEqualTo("XIV");
	}

	private static RetentionRuleRow check(String code, Integer years, String action) {
		Problems problems = new Problems();
		RetentionRuleRow row = RetentionRuleCheck.check(
				new RetentionRuleRequest("1", "Nhóm", "Hồ sơ", code, years, action, null, null),
				new Fields(problems, ""));
		problems.throwIfAny();
		return row;
	}

}
