package vn.luutru.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** Grouped counts over record files: one statement per figure, never one per row. */
@Mapper
interface DashboardMapper {

	List<StateCount> countByState(@Param("scope") DashboardScope scope);

	List<DueCount> countDue(@Param("scope") DashboardScope scope, @Param("d30") LocalDate d30,
			@Param("d90") LocalDate d90, @Param("d365") LocalDate d365);

	List<MonthCount> countByMonth(@Param("scope") DashboardScope scope, @Param("from") LocalDate from,
			@Param("until") LocalDate until);

	/** How many files the query finds, counted up to {@code cap}. */
	long countFiles(@Param("q") FileListQuery query, @Param("cap") long cap);

	List<FileRow> findFiles(@Param("q") FileListQuery query, @Param("limit") int limit);

	Cursor<FileRow> streamFiles(@Param("q") FileListQuery query);

	List<AgencyOption> findAgencies();

	AgencyOption findAgency(@Param("id") long id);

}
