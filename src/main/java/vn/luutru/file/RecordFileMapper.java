package vn.luutru.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RecordFileMapper {

	void insert(NewRecordFile file);

	boolean existsByCode(String fileCode);

	/** The file if the given agency may see it (null = every agency). */
	RecordFile findVisible(@Param("id") long id, @Param("visibleAgencyId") Long visibleAgencyId);

	/** Locks the file row until the transaction ends. */
	RecordFile lock(long id);

	List<RecordFile> search(FileQuery query);

	long count(FileQuery query);

	int close(@Param("id") long id, @Param("endDate") LocalDate endDate, @Param("closedAt") Instant closedAt);

	/** Earliest and latest issuing dates of the file's documents. */
	DateRange documentDates(long id);

	int addDocument(@Param("id") long id, @Param("sheets") int sheets, @Param("pages") int pages);

}
