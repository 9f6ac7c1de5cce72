package vn.luutru.dashboard;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Open tasks read straight from the engine's runtime tables, with the engine's own rules
 * of who may see them: a task of a tenant the user belongs to, assigned to the user or
 * offered to one of the user's groups.
 */
@Mapper
interface OpenTaskMapper {

	List<WaitingTask> findForUser(@Param("userId") String userId, @Param("limit") int limit);

	long countForUser(@Param("userId") String userId);

	/** Tasks of the given kinds, of one agency (tenant) or all (null), oldest first. */
	List<WaitingTask> findByKey(@Param("taskKeys") Collection<String> taskKeys, @Param("agencyCode") String agencyCode,
			@Param("limit") int limit);

	long countByKey(@Param("taskKeys") Collection<String> taskKeys, @Param("agencyCode") String agencyCode);

}
