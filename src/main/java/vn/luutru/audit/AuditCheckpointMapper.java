package vn.luutru.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditCheckpointMapper {

	void insert(AuditCheckpointRow row);

	AuditCheckpoint findLatest();

	AuditCheckpoint findByEventId(@Param("eventId") long eventId);

	AuditCheckpoint findById(@Param("id") long id);

	/** Oldest first, for verification. */
	List<AuditCheckpoint> findAll();

	List<AuditCheckpoint> findRecent(@Param("limit") int limit);

}
