package vn.luutru.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.NotFoundException;

/** Read access to agencies for every other feature. */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

	private final AgencyMapper mapper;

	AgencyDirectory(AgencyMapper mapper) {
		this.mapper = mapper;
	}

	public Optional<Agency> findByCode(String code) {
		return Optional.ofNullable(this.mapper.findByCode(code));
	}

	public Optional<Agency> findById(long id) {
		return Optional.ofNullable(this.mapper.findById(id));
	}

	public Agency require(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("agency", id));
	}

	/** The provincial historical archive (Lưu trữ lịch sử), which receives transfers. */
	public Optional<Agency> historicalArchive() {
		return Optional.ofNullable(this.mapper.findHistoricalArchive());
	}

	public List<Agency> findAll() {
		return this.mapper.findAll();
	}

}
