package vn.luutru.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

import vn.luutru.file.DueAction;

/** The files due in a period, streamed agency by agency and action by action. */
@Mapper
interface DeadlineReportMapper {

	/** The agencies a report goes through, by name: every one, or the one chosen. */
	List<AgencyName> agencies(@Param("agencyId") Long agencyId);

	/** One agency's files due for one action in the period, by due date and file code. */
	Cursor<DeadlineRow> rows(@Param("visibleAgencyId") Long visibleAgencyId, @Param("agencyId") long agencyId,
			@Param("action") DueAction action, @Param("from") LocalDate from, @Param("to") LocalDate to);

}
