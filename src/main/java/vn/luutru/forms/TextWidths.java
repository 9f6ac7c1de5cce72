package vn.luutru.forms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How wide a line of Times New Roman is, from the font's advance widths (in thousandths
 * of an em; Liberation Serif, which LibreOffice substitutes, has the same metrics), so
 * that a letterhead column is as wide as its text needs and breaks only between words.
 * Marks do not change a Vietnamese letter's width: "Ộ" is as wide as "O".
 */
final class TextWidths {

	/** Bold capitals A–Z. */
	private static final int[] BOLD_UPPER = { 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
			611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667 };

	/** Regular capitals A–Z. */
	private static final int[] UPPER = { 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556,
			722, 667, 556, 611, 722, 722, 944, 722, 722, 611 };

	private TextWidths() {
	}

	/** The width of one line in twips (1/20 pt). */
	static int twips(String text, int points, boolean bold) {
		long thousandths = 0;
		for (char c : bare(text).toCharArray()) {
			thousandths += advance(c, bold);
		}
		return (int) Math.ceil(thousandths * points * 20 / 1000.0);
	}

	/**
	 * Words a line of an agency's name starts well with: the place, "và", "các". A
	 * Vietnamese word is often two syllables written apart ("ĐÀO TẠO"): a break before
	 * one of these keeps such words whole.
	 */
	private static final Set<String> GOOD_STARTS = Set.of("TỈNH", "HUYỆN", "THÀNH", "THỊ", "QUẬN", "XÃ", "PHƯỜNG", "VÀ",
			"CÁC", "CỦA", "THUỘC", "TRUNG", "BAN", "PHÒNG", "CHI", "VĂN", "TRƯỜNG", "BỆNH", "SỞ", "ỦY", "UBND");

	/** Two-syllable words of agencies' names, never to be broken between lines. */
	private static final Set<String> WORDS = Set.of("ỦY BAN", "NHÂN DÂN", "HỘI ĐỒNG", "ĐÀO TẠO", "GIÁO DỤC", "NỘI VỤ",
			"TÀI CHÍNH", "KẾ HOẠCH", "ĐẦU TƯ", "XÂY DỰNG", "DÂN DỤNG", "CÔNG TRÌNH", "CÔNG NGHIỆP", "CÔNG THƯƠNG",
			"NÔNG NGHIỆP", "PHÁT TRIỂN", "NÔNG THÔN", "QUẢN LÝ", "DỰ ÁN", "LƯU TRỮ", "LỊCH SỬ", "TRUNG TÂM",
			"VĂN PHÒNG", "Y TẾ", "TƯ PHÁP", "GIAO THÔNG", "VẬN TẢI", "VĂN HÓA", "THỂ THAO", "DU LỊCH", "KHOA HỌC",
			"CÔNG NGHỆ", "THÔNG TIN", "TRUYỀN THÔNG", "TÀI NGUYÊN", "MÔI TRƯỜNG", "LAO ĐỘNG", "THƯƠNG BINH", "XÃ HỘI",
			"THANH TRA", "DÂN TỘC", "SƠN LA", "THÀNH PHỐ", "THỊ XÃ", "CHI CỤC", "BỆNH VIỆN", "TRƯỜNG HỌC", "NGOẠI VỤ");

	/** Beyond this many words the ways to break grow too many to try them all. */
	private static final int MAX_WORDS = 18;

	/**
	 * The text in lines no wider than {@code width}, broken between words only: the
	 * fewest lines, breaking no two-syllable word and starting lines well where the words
	 * allow, then as even as possible. A word wider than the column stays whole on its
	 * own line; a text of more words than an agency's name is left to the word processor.
	 */
	static List<String> lines(String text, int points, boolean bold, int width) {
		String[] words = text.strip().split("\\s+");
		if (words.length > MAX_WORDS) {
			return List.of(text.strip());
		}
		if (twips(text.strip(), points, bold) <= width) {
			return List.of(text.strip());
		}
		// the fewest lines that fit, then the break that makes the longest line shortest
		for (int count = 2; count <= words.length; count++) {
			List<String> best = balanced(words, count, points, bold, width);
			if (best != null) {
				return best;
			}
		}
		return List.of(words);
	}

	private static List<String> balanced(String[] words, int count, int points, boolean bold, int width) {
		List<String> best = null;
		long bestScore = Long.MAX_VALUE;
		for (List<Integer> breaks : breaks(words.length, count)) {
			List<String> lines = new ArrayList<>();
			int from = 0;
			int widest = 0;
			int penalty = 0;
			for (int end : breaks) {
				String line = String.join(" ", Arrays.copyOfRange(words, from, end));
				widest = Math.max(widest, twips(line, points, bold));
				if (from > 0) {
					penalty += (WORDS.contains(words[from - 1] + " " + words[from]) ? 4 : 0)
							+ (GOOD_STARTS.contains(words[from]) ? 0 : 1);
				}
				lines.add(line);
				from = end;
			}
			long score = penalty * 100_000L + widest;
			if (widest <= width && score < bestScore) {
				best = lines;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * Every way to cut n words into {@code count} non-empty lines: the end of each line.
	 */
	private static List<List<Integer>> breaks(int n, int count) {
		List<List<Integer>> all = new ArrayList<>();
		collect(n, count, 0, new ArrayList<>(), all);
		return all;
	}

	private static void collect(int n, int count, int from, List<Integer> ends, List<List<Integer>> all) {
		if (count == 1) {
			List<Integer> done = new ArrayList<>(ends);
			done.add(n);
			all.add(done);
			return;
		}
		for (int end = from + 1; end <= n - count + 1; end++) {
			ends.add(end);
			collect(n, count - 1, end, ends, all);
			ends.remove(ends.size() - 1);
		}
	}

	private static String bare(String text) {
		return Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	private static int advance(char c, boolean bold) {
		if (c >= 'A' && c <= 'Z') {
			return (bold ? BOLD_UPPER : UPPER)[c - 'A'];
		}
		if (c == ' ') {
			return 250;
		}
		if (c >= '0' && c <= '9') {
			return 500;
		}
		if (c >= 'a' && c <= 'z') {
			return ("mw".indexOf(c) >= 0) ? 750 : ("ijlft".indexOf(c) >= 0) ? 300 : 500;
		}
		return 333;
	}

}
