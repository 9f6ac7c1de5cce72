package vn.luutru.access;

import java.util.List;

/**
 * The purposes of use of Circular 05/2025 (DIP request record, DOMAIN.md §6): 01
 * personal, 02 official, 03 special official; labelled {@code access.purpose.<code>}.
 */
final class AccessPurpose {

	static final List<String> CODES = List.of("01", "02", "03");

	private AccessPurpose() {
	}

}
