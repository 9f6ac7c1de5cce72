package vn.luutru.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan that lists a page sorted by an indexed order, when the first word is common.
 */
class SearchPlanTest {

	static SearchPlan plan(String drive, boolean prefix, boolean pair, boolean listInOrder) {
		return new SearchPlan(7L, drive, prefix, pair, List.of("ho"), List.of("bao cao"), List.of("th%"),
				List.of("% bao cao cong %"), null, 2010, null, null, null, null, SearchSort.YEAR.orderBy(), 50_000,
				listInOrder, 40, 20, false, null);
	}

	@Test
	void aCommonFirstWordIsCheckedLikeTheOthersWhenTheFilesAreReadInTheSortsOrder() {
		SearchPlan listing = plan("so", false, false, true).listing();
		assertThat(listing.drive()).isNull();
		assertThat(listing.words()).containsExactlyInAnyOrder("so", "ho");
		assertThat(listing.pairs()).containsExactly("bao cao");
		assertThat(listing.prefixPatterns()).containsExactly("th%");
		assertThat(listing.phrasePatterns()).containsExactly("% bao cao cong %");
		assertThat(listing.visibleAgencyId()).as("visibility is kept").isEqualTo(7L);
		assertThat(listing.year()).isEqualTo(2010);
		assertThat(listing.offset()).isEqualTo(40);
		assertThat(listing.limit()).isEqualTo(20);
		assertThat(listing.onlyDrive()).isFalse();
	}

	@Test
	void aFirstPairOrBeginningMovesToItsOwnChecks() {
		assertThat(plan("cong tac", false, true, true).listing().pairs()).containsExactlyInAnyOrder("cong tac",
				"bao cao");
		assertThat(plan("ng%", true, false, true).listing().prefixPatterns()).containsExactlyInAnyOrder("ng%", "th%");
	}

	@Test
	void otherwiseThePlanListsAsItCounts() {
		SearchPlan plan = plan("so", false, false, false);
		assertThat(plan.listing()).isSameAs(plan);
	}

}
