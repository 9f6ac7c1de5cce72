package vn.luutru.web;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IdempotencyMapper {

	/** A request's first answer, or its request still being served. */
	record StoredAnswer(String requestSha256, String status, Integer responseStatus, String responseType,
			String responseBody, Instant createdAt) {

	}

	int insert(@Param("userId") String userId, @Param("route") String route, @Param("key") String key,
			@Param("sha256") String sha256, @Param("at") Instant at);

	StoredAnswer find(@Param("userId") String userId, @Param("route") String route, @Param("key") String key);

	int finish(@Param("userId") String userId, @Param("route") String route, @Param("key") String key,
			@Param("responseStatus") int responseStatus, @Param("responseType") String responseType,
			@Param("responseBody") String responseBody);

	int forget(@Param("userId") String userId, @Param("route") String route, @Param("key") String key);

	/** Takes over a request left in progress since before {@code staleBefore}. */
	int takeOver(@Param("userId") String userId, @Param("route") String route, @Param("key") String key,
			@Param("sha256") String sha256, @Param("staleBefore") Instant staleBefore, @Param("at") Instant at);

}
