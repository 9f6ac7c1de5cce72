package vn.luutru.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
interface AuditMapper {

	/** Locks the chain head until the transaction ends. */
	AuditHead lockHead();

	AuditHead findHead();

	void insert(AuditEventRow row);

	void updateHead(@Param("lastEventId") long lastEventId, @Param("lastHash") String lastHash,
			@Param("keyId") String keyId, @Param("mac") String mac);

	Cursor<AuditEvent> streamAll();

	/** Events with after &lt; id &lt;= upTo. */
	long countBetween(@Param("after") long after, @Param("upTo") long upTo);

	List<AuditEvent> findByEntity(@Param("entityType") String entityType, @Param("entityId") String entityId,
			@Param("limit") int limit);

}
