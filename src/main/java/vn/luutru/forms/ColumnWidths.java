package vn.luutru.forms;

import java.text.Normalizer;

/**
 * Column widths from what the cells hold, measured as a reader sees the text: Vietnamese
 * letters count once whether their diacritics come precomposed or as combining marks, and
 * capitals and wide letters take more room than the digit zero Excel measures in. A
 * column grows to its widest cell up to a cap; longer text wraps at the cap.
 */
final class ColumnWidths {

	/** Widest column, in Excel character units; longer text wraps. */
	static final int CAP = 45;

	private static final int MIN = 4;

	private final double[] widest;

	ColumnWidths(int columns) {
		this.widest = new double[columns];
	}

	/** Header text wraps at word boundaries, so only its longest word must fit. */
	void header(int column, String text) {
		double longestWord = 0;
		for (String word : text.split("\\s+")) {
			longestWord = Math.max(longestWord, measure(word));
		}
		// a header broken over many lines reads badly: let it take at least half its
		// length
		see(column, Math.max(longestWord, measure(text) / 2));
	}

	void see(int column, String text) {
		if (text != null) {
			see(column, measure(text));
		}
	}

	void see(int column, double units) {
		this.widest[column] = Math.max(this.widest[column], units);
	}

	/** The width of a column in characters, padding included, capped. */
	int width(int column) {
		return (int) Math.ceil(Math.min(CAP, Math.max(MIN, this.widest[column] + 1.5)));
	}

	int total() {
		int total = 0;
		for (int c = 0; c < this.widest.length; c++) {
			total += width(c);
		}
		return total;
	}

	/** How many lines a text takes in a column once wrapped at its final width. */
	static int lines(String text, int width) {
		int lines = 0;
		for (String part : text.split("\n", -1)) {
			lines += Math.max(1, (int) Math.ceil(measure(part) / Math.max(1, width - 1.5)));
		}
		return lines;
	}

	/** The printed width of a text in units of the digit zero, in Times New Roman. */
	static double measure(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		double units = 0;
		for (int i = 0; i < composed.length();) {
			int codePoint = composed.codePointAt(i);
			i += Character.charCount(codePoint);
			units += unit(codePoint);
		}
		return units;
	}

	private static double unit(int codePoint) {
		int type = Character.getType(codePoint);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
			return 0;
		}
		if (Character.isWhitespace(codePoint) || ".,;:'!|()/-".indexOf(codePoint) >= 0) {
			return 0.5;
		}
		if (codePoint == 'm' || codePoint == 'w' || codePoint == 'M' || codePoint == 'W') {
			return 1.5;
		}
		if (Character.isUpperCase(codePoint)) {
			return 1.35;
		}
		if (Character.isIdeographic(codePoint)) {
			return 2;
		}
		return 1;
	}

}
