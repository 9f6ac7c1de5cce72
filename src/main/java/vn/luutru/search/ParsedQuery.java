package vn.luutru.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search text as the user typed it: words that must all occur (in any order), words
 * ending in {@code *} that some word must start with, and phrases in double quotes whose
 * words must occur next to each other. Everything folded as the index is.
 *
 * @param words folded words every file found contains
 * @param prefixes folded beginnings of words every file found contains
 * @param phrases folded phrases (two words or more), each as its words joined by spaces
 */
record ParsedQuery(List<String> words, List<String> prefixes, List<String> phrases) {

	/** At most this many words and beginnings: each costs one probe of the index. */
	static final int MAX_PARTS = 10;

	private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

	static ParsedQuery parse(String text) {
		Set<String> words = new LinkedHashSet<>();
		Set<String> prefixes = new LinkedHashSet<>();
		Set<String> phrases = new LinkedHashSet<>();
		Matcher m = PART.matcher((text != null) ? text : "");
		while (m.find()) {
			if (m.group(1) != null) {
				List<String> phrase = Folding.words(m.group(1));
				words.addAll(phrase);
				if (phrase.size() > 1) {
					phrases.add(String.join(" ", phrase));
				}
			}
			else {
				String token = m.group(2);
				List<String> parts = Folding.words(token);
				if (token.endsWith("*") && !parts.isEmpty()) {
					words.addAll(parts.subList(0, parts.size() - 1));
					prefixes.add(parts.get(parts.size() - 1));
					if (parts.size() > 1) {
						phrases.add(String.join(" ", parts.subList(0, parts.size() - 1)));
					}
				}
				else {
					words.addAll(parts);
					if (parts.size() > 1) {
						// "01.VP" or "tổ-chức": the pieces of one token stay together
						phrases.add(String.join(" ", parts));
					}
				}
			}
		}
		prefixes.removeIf((p) -> words.stream().anyMatch((w) -> w.equals(p)));
		return new ParsedQuery(limit(words), limit(prefixes), new ArrayList<>(phrases));
	}

	private static List<String> limit(Set<String> parts) {
		return parts.stream().limit(MAX_PARTS).toList();
	}

	/**
	 * The adjacent word pairs of the phrases, each once (at most {@link #MAX_PARTS}: each
	 * costs one probe of the index): a file holding a pair holds both its words, and a
	 * two-word phrase is exactly its pair.
	 */
	List<String> pairs() {
		return this.phrases.stream()
			.flatMap((p) -> Folding.pairs(List.of(p.split(" "))).stream())
			.distinct()
			.limit(MAX_PARTS)
			.toList();
	}

	/**
	 * The phrases their pairs do not settle, checked on the texts: those of three words
	 * or more (and the single words left before a {@code *}).
	 */
	List<String> phrasesToCheck() {
		List<String> pairs = pairs();
		return this.phrases.stream().filter((p) -> p.split(" ").length != 2 || !pairs.contains(p)).toList();
	}

	/** The words no pair of a phrase already requires. */
	List<String> wordsOutsidePairs() {
		Set<String> covered = new LinkedHashSet<>();
		for (String pair : pairs()) {
			covered.addAll(List.of(pair.split(" ")));
		}
		return this.words.stream().filter((w) -> !covered.contains(w)).toList();
	}

	boolean isEmpty() {
		return this.words.isEmpty() && this.prefixes.isEmpty();
	}

}
