package vn.luutru.agency;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AgencyMapper {

	Agency findById(long id);

	Agency findByCode(String code);

	List<Agency> findAll();

	Agency findHistoricalArchive();

	void insert(AgencyRow row);

	int update(AgencyRow row);

}
