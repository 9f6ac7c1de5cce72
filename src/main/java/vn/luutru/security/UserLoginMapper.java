package vn.luutru.security;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * A user's login state (lt_user_login) beside the stored password hash in Camunda's
 * ACT_ID_USER: what a login must know before and after the password is checked.
 */
@Mapper
interface UserLoginMapper {

	/** The stored hash, lock and disabling of a user, or null for an unknown user. */
	StoredLogin find(String userId);

	/** Counts one more consecutive failure; zero rows when the user has no row yet. */
	int countFailure(@Param("userId") String userId, @Param("now") Instant now);

	void insertFailure(@Param("userId") String userId, @Param("now") Instant now);

	void lockUntil(@Param("userId") String userId, @Param("until") Instant until, @Param("now") Instant now);

	/** Forgets failures and lock; zero rows when there was nothing to forget. */
	int clearFailures(@Param("userId") String userId, @Param("now") Instant now);

	int disable(@Param("userId") String userId, @Param("now") Instant now);

	void insertDisabled(@Param("userId") String userId, @Param("now") Instant now);

	int enable(@Param("userId") String userId, @Param("now") Instant now);

	void delete(String userId);

	/**
	 * Replaces an outdated hash (and its salt) at a successful login; zero rows when a
	 * concurrent login or a password change got there first.
	 */
	int upgradeHash(@Param("userId") String userId, @Param("oldHash") String oldHash, @Param("newHash") String newHash,
			@Param("salt") String salt);

}
