package vn.luutru.security;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface UserAgencyMapper {

	@Insert("insert into lt_user_agency (user_id, agency_id) values (#{userId}, #{agencyId})")
	void insert(@Param("userId") String userId, @Param("agencyId") long agencyId);

	@Delete("delete from lt_user_agency where user_id = #{userId}")
	void delete(String userId);

	@Select("select agency_id from lt_user_agency where user_id = #{userId}")
	Long findAgencyId(String userId);

}
