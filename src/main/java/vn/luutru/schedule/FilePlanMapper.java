package vn.luutru.schedule;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FilePlanMapper {

	FilePlanItem findById(long id);

	List<FilePlanItem> findByAgencyAndYear(@Param("agencyId") long agencyId, @Param("planYear") int planYear);

}
