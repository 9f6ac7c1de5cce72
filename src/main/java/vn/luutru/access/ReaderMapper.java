package vn.luutru.access;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReaderMapper {

	void insert(Reader reader);

	Reader find(String userId);

	boolean identityTaken(String identityNumber);

	List<Reader> byStatus(ReaderStatus status);

	/** Zero rows when the reader was decided already. */
	int decide(@Param("userId") String userId, @Param("status") ReaderStatus status, @Param("by") String by,
			@Param("at") Instant at, @Param("reason") String reason);

}
