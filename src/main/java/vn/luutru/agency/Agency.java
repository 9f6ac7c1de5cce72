package vn.luutru.agency;

import java.time.Instant;

/**
 * An agency (cơ quan) with its QCVN 102:2016 identification code and fonds code (mã
 * phông). The provincial historical archive is an agency with a flag.
 */
public record Agency(Long id, String code, String fondsCode, String name, Long parentId, boolean historicalArchive,
		boolean transferSource, Instant createdAt) {

}
