package vn.luutru.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SweepMapper {

	void insert(NewSweepRun run);

	/** Waits for and takes the sweep lock until the transaction ends. */
	Integer lock();

	SweepRun findById(long id);

	List<SweepRun> findRecent(@Param("agencyId") Long agencyId, @Param("limit") int limit);

	int setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int recordBatches(@Param("id") long id, @Param("files") int files, @Param("batches") int batches);

	int recordSkip(@Param("sweepId") long sweepId, @Param("agencyId") long agencyId, @Param("batchId") long batchId);

	List<SkippedAgency> findSkipped(@Param("sweepId") long sweepId, @Param("visibleAgencyId") Long visibleAgencyId);

	int finish(@Param("id") long id, @Param("warned") int warned, @Param("overdue") int overdue,
			@Param("at") Instant at);

	List<AgencyDueCount> countUpcoming(@Param("today") LocalDate today, @Param("until") LocalDate until,
			@Param("awaitingClaim") Collection<UnclaimedGroup> awaitingClaim, @Param("agencyId") Long agencyId);

}
