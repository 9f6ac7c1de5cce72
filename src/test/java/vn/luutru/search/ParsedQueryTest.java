package vn.luutru.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a search text becomes words, pairs and the phrases still checked on the texts. */
class ParsedQueryTest {

	@Test
	void aTwoWordPhraseIsExactlyItsPairAndItsWordsNeedNoOtherCheck() {
		ParsedQuery q = ParsedQuery.parse("\"Công Tác\" năm");
		assertThat(q.pairs()).containsExactly("cong tac");
		assertThat(q.phrasesToCheck()).isEmpty();
		assertThat(q.wordsOutsidePairs()).containsExactly("nam");
	}

	@Test
	void longerPhrasesGiveEveryPairAndAreStillCheckedWhole() {
		ParsedQuery q = ParsedQuery.parse("\"báo cáo công tác\" \"công tác năm\"");
		assertThat(q.pairs()).containsExactly("bao cao", "cao cong", "cong tac", "tac nam");
		assertThat(q.phrasesToCheck()).containsExactly("bao cao cong tac", "cong tac nam");
		assertThat(q.wordsOutsidePairs()).isEmpty();
	}

	@Test
	void pairsAreBoundedAndAPhraseWhosePairIsLeftOutIsCheckedOnTheTexts() {
		ParsedQuery q = ParsedQuery.parse("\"a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12\" \"x y\"");
		assertThat(q.pairs()).hasSize(ParsedQuery.MAX_PARTS).doesNotContain("x y");
		assertThat(q.phrasesToCheck()).contains("x y");
	}

	@Test
	void pairsAreTheNeighboursOfAFoldedText() {
		List<String> words = Folding.words("Đường Điện Biên");
		assertThat(Folding.pairs(words)).containsExactly("duong dien", "dien bien");
		assertThat(Folding.split(Folding.joined(words))).isEqualTo(words);
		assertThat(Folding.pairs(List.of("mot"))).isEmpty();
	}

}
