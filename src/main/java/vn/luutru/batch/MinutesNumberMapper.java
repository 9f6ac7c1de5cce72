package vn.luutru.batch;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MinutesNumberMapper {

	String findNumber(long batchId);

	int insertSequence(@Param("agencyId") long agencyId, @Param("year") int year);

	int increment(@Param("agencyId") long agencyId, @Param("year") int year);

	int lastNumber(@Param("agencyId") long agencyId, @Param("year") int year);

	int insertNumber(@Param("batchId") long batchId, @Param("agencyId") long agencyId, @Param("year") int year,
			@Param("sequence") int sequence, @Param("number") String number);

}
