package vn.luutru.schedule;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RetentionRuleMapper {

	RetentionRule findById(long id);

	RetentionRule findByCode(String code);

	List<RetentionRule> findAll();

	/** Rules in schedule order; a null filter matches everything. */
	List<RetentionRule> findByFilter(@Param("heading") String heading, @Param("active") Boolean active);

	void insert(RetentionRuleRow row);

	int update(RetentionRuleRow row);

	int deactivate(long id);

}
