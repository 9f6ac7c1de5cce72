package vn.luutru.destruction;

import java.time.LocalDate;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DestructionDecisionMapper {

	/** Once per batch: a retried step keeps what was recorded first. */
	int insert(@Param("batchId") long batchId, @Param("number") String number, @Param("date") LocalDate date,
			@Param("by") String by);

	RecordedDecision find(long batchId);

}
