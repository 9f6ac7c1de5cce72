package vn.luutru.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** The files due in a period, streamed, and their counts per agency and action. */
@Mapper
interface DeadlineReportMapper {

	Cursor<DeadlineRow> rows(@Param("visibleAgencyId") Long visibleAgencyId, @Param("agencyId") Long agencyId,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	List<DeadlineGroup> groups(@Param("visibleAgencyId") Long visibleAgencyId, @Param("agencyId") Long agencyId,
			@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("today") LocalDate today);

}
