package vn.luutru.report;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Per agency, the measures the annual statistics print. */
@Mapper
interface AnnualStatisticsMapper {

	/**
	 * @param states the file states counted, each as a column {@code state_NAME}; enum
	 * names only, never user input (they are written into the SQL)
	 */
	List<Map<String, Object>> perAgency(@Param("year") int year, @Param("states") List<String> states,
			@Param("visibleAgencyId") Long visibleAgencyId, @Param("agencyId") Long agencyId);

}
