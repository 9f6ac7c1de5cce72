package vn.luutru.transfer;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** A transfer package built in chunks: its fixed creation time and its parts. */
@Mapper
interface PackageBuildMapper {

	PackageBuild findBuild(long batchId);

	/** Zero rows when a build of the batch was started already. */
	int insertBuild(@Param("batchId") long batchId, @Param("createdAt") Instant createdAt,
			@Param("filesTotal") int filesTotal);

	List<BuiltPart> findParts(long batchId);

	BuiltPart findPart(@Param("batchId") long batchId, @Param("fileId") long fileId);

	/**
	 * Zero rows when the file's part was recorded already (the first one stays) or the
	 * batch is no longer being packaged.
	 */
	int insertPart(BuiltPart part);

	int deleteParts(long batchId);

	/** When a batch's package build started, fixed for every part of it. */
	record PackageBuild(long batchId, Instant createdAt, int filesTotal) {

	}

	/** One record file's package, stored, waiting to be joined into the batch's zip. */
	record BuiltPart(long batchId, long fileId, String contentSha256, long contentSize, long entriesSize, int documents,
			Instant builtAt) {

	}

}
