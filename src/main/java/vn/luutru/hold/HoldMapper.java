package vn.luutru.hold;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HoldMapper {

	void insert(NewHold hold);

	int addFilesById(@Param("holdId") long holdId, @Param("agencyId") long agencyId, @Param("ids") List<Long> ids);

	int addFilesByQuery(@Param("holdId") long holdId, @Param("agencyId") long agencyId, @Param("year") Integer year,
			@Param("planItemId") Long planItemId);

	/** Sets or clears the on_hold flag of the hold's files from their active holds. */
	int refreshFlags(long holdId);

	LegalHold findById(long id);

	List<LegalHold> find(@Param("visibleAgencyId") Long visibleAgencyId, @Param("active") Boolean active);

	List<Long> fileIds(long holdId);

	int lift(@Param("id") long id, @Param("by") String by, @Param("reason") String reason, @Param("at") Instant at);

}
