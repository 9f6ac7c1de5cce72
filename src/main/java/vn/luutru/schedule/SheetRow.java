package vn.luutru.schedule;

/**
 * One data row of an imported sheet.
 *
 * @param number the row number Excel shows (from 1), used in field names such as
 * {@code rows[5].title}
 */
record SheetRow<T>(int number, T value) {

	String prefix() {
		return "rows[" + this.number + "].";
	}

}
