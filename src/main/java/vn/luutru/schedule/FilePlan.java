package vn.luutru.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency's file plan (danh mục hồ sơ) for one year, items grouped by heading in the
 * order the headings were first planned, and the counts the plan's footer reports.
 */
public record FilePlan(String agencyCode, String agencyName, int planYear, List<FilePlanItemView> items, int total,
		int permanent, int fixedTerm) {

	static FilePlan of(String agencyCode, String agencyName, int planYear, List<FilePlanItemView> itemsById) {
		Map<String, List<FilePlanItemView>> byHeading = new LinkedHashMap<>();
		for (FilePlanItemView item : itemsById) {
			byHeading.computeIfAbsent((item.heading() != null) ? item.heading() : "", (h) -> new ArrayList<>())
				.add(item);
		}
		List<FilePlanItemView> ordered = new ArrayList<>();
		for (List<FilePlanItemView> group : byHeading.values()) {
			group.sort(Comparator.comparingInt(FilePlanItemView::serial).thenComparing(FilePlanItemView::fileNotation));
			ordered.addAll(group);
		}
		int permanent = (int) ordered.stream().filter(FilePlanItemView::permanent).count();
		return new FilePlan(agencyCode, agencyName, planYear, List.copyOf(ordered), ordered.size(), permanent,
				ordered.size() - permanent);
	}

}
