package vn.luutru.retention;

import java.time.Instant;
import java.time.LocalDate;

class NewSweepRun {

	Long id;

	Instant startedAt;

	String triggeredBy;

	LocalDate asOf;

	/** The only agency swept; null for every agency. */
	Long agencyId;

}
