package vn.luutru.staff;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StaffMapper {

	List<Staff> findByAgency(long agencyId);

	Staff findById(long id);

	void insert(StaffRow row);

	int update(@Param("id") long id, @Param("s") Staff staff);

	int delete(long id);

	int deleteByAgency(long agencyId);

}
