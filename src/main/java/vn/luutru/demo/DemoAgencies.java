package vn.luutru.demo;

import java.util.List;

import vn.luutru.agency.AgencyRequest;

/** Agencies of Sơn La province for the demo (codes in the QCVN 102:2016 form). */
final class DemoAgencies {

	static final String UBND_TINH = "000.00.00.H53";

	static final String SO_NOI_VU = "000.00.12.H53";

	static final String SO_TAI_CHINH = "000.00.09.H53";

	static final String SO_GIAO_DUC = "000.00.10.H53";

	static final String UBND_MOC_CHAU = "000.00.31.H53";

	static final String LUU_TRU_LICH_SU = "000.12.12.H53";

	static final List<AgencyRequest> ALL = List.of(
			new AgencyRequest(UBND_TINH, "H53.01", "Ủy ban nhân dân tỉnh Sơn La", null, false, true),
			new AgencyRequest(SO_NOI_VU, "H53.12", "Sở Nội vụ tỉnh Sơn La", UBND_TINH, false, true),
			new AgencyRequest(SO_TAI_CHINH, "H53.09", "Sở Tài chính tỉnh Sơn La", UBND_TINH, false, true),
			new AgencyRequest(SO_GIAO_DUC, "H53.10", "Sở Giáo dục và Đào tạo tỉnh Sơn La", UBND_TINH, false, true),
			new AgencyRequest(UBND_MOC_CHAU, "H53.31", "Ủy ban nhân dân huyện Mộc Châu", UBND_TINH, false, true),
			new AgencyRequest(LUU_TRU_LICH_SU, "H53.LTLS", "Trung tâm Lưu trữ lịch sử tỉnh Sơn La", SO_NOI_VU, true,
					false));

	private DemoAgencies() {
	}

}
