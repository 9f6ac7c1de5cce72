package vn.luutru.agency;

import java.time.Instant;

/** Mutable row for writes, so that MyBatis can hand back the generated id. */
class AgencyRow {

	Long id;

	String code;

	String fondsCode;

	String name;

	Long parentId;

	boolean historicalArchive;

	boolean transferSource;

	Instant createdAt;

}
