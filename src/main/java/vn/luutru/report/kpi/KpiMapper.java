package vn.luutru.report.kpi;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The counts behind the measured indicators, per agency; the formulas are in the XML and
 * the README. {@code agencyId} null counts every agency.
 */
@Mapper
interface KpiMapper {

	/** Indicator 1: documents issued in [from, to), born-digital among them. */
	List<KpiCount> bornDigital(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("agencyId") Long agencyId);

	/**
	 * Indicator 2: permanent files of transfer-source agencies created in
	 * {@code cohortYear}, transferred by the end of the third year after.
	 */
	List<KpiCount> transferredWithin3Years(@Param("cohortYear") int cohortYear, @Param("agencyId") Long agencyId);

	/**
	 * Indicator 5: documents with a paper original in a historical archive's custody by
	 * {@code to}, digitised among them; counted for the custody agency.
	 */
	List<KpiCount> paperDigitised(@Param("to") LocalDate to, @Param("agencyId") Long agencyId);

	/** Indicator 8: an agency's archive staff, trained before {@code to} among them. */
	List<KpiCount> staffTrained(@Param("to") LocalDate to, @Param("agencyId") Long agencyId);

	List<KpiTarget> targets();

	int insertTarget(KpiTarget target);

	int updateTarget(KpiTarget target);

}
