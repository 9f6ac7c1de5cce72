package vn.luutru.demo;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DemoStepMapper {

	/** A step done: its row, with the id it made (null if none). */
	record DoneStep(String stepKey, Long resultId) {

	}

	DoneStep find(@Param("key") String key);

	int count();

	int insert(@Param("key") String key, @Param("resultId") Long resultId, @Param("at") Instant at);

}
