package vn.luutru.report.kpi;

import java.time.Instant;
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
	 * Indicator 3: public files in a historical archive's custody by {@code to}, those
	 * with their metadata and content, askable online, among them.
	 */
	List<KpiCount> onlineWithMetadata(@Param("to") LocalDate to, @Param("agencyId") Long agencyId);

	/**
	 * Indicator 6: files a historical archive received by {@code to} with electronic
	 * content, counted for it; those exported to the national archive database by then
	 * among them.
	 */
	List<KpiCount> nationalDatabase(@Param("to") LocalDate to, @Param("agencyId") Long agencyId);

	/**
	 * Indicator 4: one per agency archive; 1 in the numerator when it answered a reader's
	 * request online in [from, to).
	 */
	List<KpiCount> accessOnline(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("agencyId") Long agencyId);

	/**
	 * Indicator 7: permanent files with stored content at {@code at}, counted for their
	 * keeper; those whose every document passed a fixity check in a cycle begun since
	 * {@code checkedSince} and is in a finished backup set, among them.
	 */
	List<KpiCount> safePreservation(@Param("at") Instant at, @Param("checkedSince") Instant checkedSince,
			@Param("agencyId") Long agencyId);

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
