package vn.luutru.schedule;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RetentionRuleMapper {

	RetentionRule findById(long id);

	RetentionRule findByCode(String code);

	List<RetentionRule> findAll();

}
