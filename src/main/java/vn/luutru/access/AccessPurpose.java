package vn.luutru.access;

import java.util.Set;

/**
 * The purposes of use of Circular 05/2025 (DIP request record, DOMAIN.md §6): 01
 * personal, 02 official, 03 special official.
 */
final class AccessPurpose {

	static final Set<String> CODES = Set.of("01", "02", "03");

	private AccessPurpose() {
	}

}
