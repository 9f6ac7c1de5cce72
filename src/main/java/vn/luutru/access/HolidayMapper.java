package vn.luutru.access;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HolidayMapper {

	List<Holiday> between(@Param("from") LocalDate from, @Param("to") LocalDate to);

	int update(@Param("day") LocalDate day, @Param("name") String name);

	int insert(@Param("day") LocalDate day, @Param("name") String name);

	int delete(@Param("day") LocalDate day);

}
