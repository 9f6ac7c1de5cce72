package vn.luutru.file;

import java.util.List;

/**
 * A search over record files. {@code visibleAgencyId} is set from the signed-in user,
 * never from the request: null only for managers, who see every agency.
 */
public record FileQuery(Long visibleAgencyId, Long agencyId, Integer year, String status, String maintenanceCode,
		List<String> words, long offset, int limit) {

}
