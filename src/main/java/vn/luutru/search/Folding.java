package vn.luutru.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese words as the index keeps them: composed (NFC) or decomposed (NFD) input
 * gives the same word, tone and vowel marks are dropped, đ/Đ become d, letters lower
 * case. So "Hồ sơ", "ho so" and "HO SƠ" are one and the same pair of words. Words are the
 * runs of letters and digits, cut at {@link #MAX_TERM} characters (the index column).
 */
final class Folding {

	static final int MAX_TERM = 40;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Folding() {
	}

	/** The text folded: no marks, đ as d, lower case; separators kept as they were. */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return bare.toLowerCase(Locale.ROOT);
	}

	/** The folded words of the text, in order, repeats kept. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String w : SEPARATORS.split(fold(text))) {
			if (!w.isEmpty()) {
				words.add((w.length() > MAX_TERM) ? w.substring(0, MAX_TERM) : w);
			}
		}
		return words;
	}

	/** The words of a text {@link #joined} stored (already folded), in order. */
	static List<String> split(String joined) {
		List<String> words = new ArrayList<>();
		for (String w : joined.split(" ")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	/**
	 * Each two words next to each other, joined by one space, in order, repeats kept:
	 * what {@code like '% a b %'} finds in the {@link #joined} text.
	 */
	static List<String> pairs(List<String> words) {
		List<String> pairs = new ArrayList<>();
		for (int i = 1; i < words.size(); i++) {
			pairs.add(words.get(i - 1) + " " + words.get(i));
		}
		return pairs;
	}

	/**
	 * The folded words joined by single spaces, with a space before and after, so that a
	 * phrase is found with {@code like '% a b %'} and never inside a longer word.
	 */
	static String joined(List<String> words) {
		return " " + String.join(" ", words) + " ";
	}

}
