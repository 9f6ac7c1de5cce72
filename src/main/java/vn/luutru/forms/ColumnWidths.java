package vn.luutru.forms;

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

	/**
	 * The widths of the ASCII characters, worked out once: most cells are mostly ASCII.
	 */
	private static final double[] ASCII = new double[128];

	static {
		for (int c = 0; c < ASCII.length; c++) {
			ASCII[c] = computeUnit(c);
		}
	}

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

	/**
	 * How many lines a text takes in a column once wrapped at its final width: words move
	 * whole to the next line, as Excel and LibreOffice wrap them.
	 */
	static int lines(String text, int width) {
		double room = Math.max(1, width - 1.5);
		int lines = 0;
		for (String part : text.split("\n", -1)) {
			lines++;
			double used = 0;
			for (String word : part.split(" ")) {
				double w = measure(word);
				double needed = (used == 0) ? w : used + 0.5 + w;
				if (needed <= room || used == 0) {
					used = needed;
				}
				else {
					lines++;
					used = w;
				}
				while (used > room) {
					lines++;
					used -= room;
				}
			}
		}
		return lines;
	}

	/**
	 * The printed width of a text in units of the digit zero, in Times New Roman. No
	 * normalisation needed: a combining mark counts nothing, so "ế" measures the same
	 * precomposed or as e with two marks (a report measures millions of cells).
	 */
	static double measure(String text) {
		double units = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			units += unit(codePoint);
		}
		return units;
	}

	private static double unit(int codePoint) {
		return (codePoint < ASCII.length) ? ASCII[codePoint] : computeUnit(codePoint);
	}

	private static double computeUnit(int codePoint) {
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
