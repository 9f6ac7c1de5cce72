package vn.luutru.destruction.doc;

import java.util.List;
import java.util.Objects;

import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;

/**
 * What the list of records proposed for destruction (danh mục tài liệu hết giá trị)
 * prints.
 *
 * @param letterhead the agency that holds the records
 * @param fondsName tên phông
 * @param fondsCode phông số, or {@code null}
 * @param placeAndDate place and date of signing
 * @param preparedBy the archivist who drew up the list (NGƯỜI LẬP), or {@code null}
 * @param chair the council chair (CHỦ TỊCH HỘI ĐỒNG), or {@code null}
 * @param files the files in list order
 */
public record DestructionList(Letterhead letterhead, String fondsName, String fondsCode, PlaceAndDate placeAndDate,
		String preparedBy, String chair, List<DestructionListEntry> files) {

	public DestructionList {
		Objects.requireNonNull(letterhead, "letterhead");
		Objects.requireNonNull(fondsName, "fondsName");
		Objects.requireNonNull(placeAndDate, "placeAndDate");
		files = List.copyOf(files);
	}

	/** Files to destroy: all but those the council extended. */
	public long toDestroy() {
		return this.files.size() - extended();
	}

	public long extended() {
		return this.files.stream().filter(DestructionListEntry::extended).count();
	}

	public long totalSheets() {
		return this.files.stream().mapToLong(DestructionListEntry::sheets).sum();
	}

	public long totalPages() {
		return this.files.stream().mapToLong(DestructionListEntry::pages).sum();
	}

}
