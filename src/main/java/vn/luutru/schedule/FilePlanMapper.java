package vn.luutru.schedule;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FilePlanMapper {

	FilePlanItem findById(long id);

	List<FilePlanItem> findByAgencyAndYear(@Param("agencyId") long agencyId, @Param("planYear") int planYear);

	FilePlanItem findByNotation(@Param("agencyId") long agencyId, @Param("planYear") int planYear,
			@Param("fileNotation") String fileNotation);

	FilePlanItemView findView(long id);

	List<FilePlanItemView> findViews(@Param("agencyId") long agencyId, @Param("planYear") int planYear);

	/** Record files opened from the item; such an item cannot be deleted. */
	int countRecordFiles(long id);

	void insert(FilePlanItemRow row);

	int update(FilePlanItemRow row);

	int delete(long id);

}
