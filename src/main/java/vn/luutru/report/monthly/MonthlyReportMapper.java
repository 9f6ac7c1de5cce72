package vn.luutru.report.monthly;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MonthlyReportMapper {

	List<MonthlyReport> findAll();

	List<MonthlyReport> findByMonth(String reportMonth);

	MonthlyReport findById(long id);

	/**
	 * 0 when the month's report of this kind is there already (another node, a retry).
	 */
	int insert(MonthlyReport report);

	/** Marks the month's unsent reports sent; 0 when they were already. */
	int markSent(@Param("reportMonth") String reportMonth, @Param("sentBy") String sentBy, @Param("at") Instant at);

}
