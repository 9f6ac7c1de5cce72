package vn.luutru.report.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.InvalidInputException;
import vn.luutru.fixity.FixitySettings;

/**
 * The plan's eight indicators for a year, per agency or for the province: actual
 * (numerator / denominator), target, gap and status. The province's actual is the sum of
 * the agencies' numerators over the sum of their denominators. Formulas: KpiMapper.xml
 * and the README. Who may see which agency: {@link KpiAccess}.
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

	private final KpiMapper mapper;

	private final KpiTargets targets;

	private final KpiSettings settings;

	private final AgencyDirectory agencies;

	private final KpiAccess access;

	private final FixitySettings fixity;

	private final Clock clock;

	KpiService(KpiMapper mapper, KpiTargets targets, KpiSettings settings, AgencyDirectory agencies, KpiAccess access,
			FixitySettings fixity, Clock clock) {
		this.fixity = fixity;
		this.clock = clock;
		this.mapper = mapper;
		this.targets = targets;
		this.settings = settings;
		this.agencies = agencies;
		this.access = access;
	}

	/** The eight indicators of one agency (404 for an agency the user may not see). */
	public List<KpiValue> forAgency(int year, long agencyId) {
		Agency agency = this.access.readable(agencyId);
		Map<KpiIndicator, Map<Long, KpiCount>> counts = counts(year, agency.id());
		Map<KpiIndicator, KpiTarget> t = this.targets.forYear(year);
		List<KpiValue> values = new ArrayList<>();
		for (KpiIndicator indicator : KpiIndicator.values()) {
			KpiCount c = counts.get(indicator).get(agency.id());
			values.add(value(indicator, agency, (c != null) ? c.numerator() : 0, (c != null) ? c.denominator() : 0,
					t.get(indicator)));
		}
		return values;
	}

	/** The eight indicators of the province (managers and administrators). */
	public List<KpiValue> forProvince(int year) {
		this.access.requireProvince();
		Map<KpiIndicator, Map<Long, KpiCount>> counts = counts(year, null);
		Map<KpiIndicator, KpiTarget> t = this.targets.forYear(year);
		List<KpiValue> values = new ArrayList<>();
		for (KpiIndicator indicator : KpiIndicator.values()) {
			long numerator = 0;
			long denominator = 0;
			for (KpiCount c : counts.get(indicator).values()) {
				numerator += c.numerator();
				denominator += c.denominator();
			}
			values.add(value(indicator, null, numerator, denominator, t.get(indicator)));
		}
		return values;
	}

	/**
	 * Every indicator of every agency the user sees, indicator by indicator, agencies by
	 * name: the rows of the KPI report's sheets.
	 */
	public Map<KpiIndicator, List<KpiValue>> forEveryAgency(int year) {
		List<Agency> visible = this.access.visibleAgencies();
		Long only = (visible.size() == 1) ? visible.get(0).id() : null;
		Map<KpiIndicator, Map<Long, KpiCount>> counts = counts(year, only);
		Map<KpiIndicator, KpiTarget> t = this.targets.forYear(year);
		Map<KpiIndicator, List<KpiValue>> result = new EnumMap<>(KpiIndicator.class);
		for (KpiIndicator indicator : KpiIndicator.values()) {
			List<KpiValue> rows = new ArrayList<>();
			for (Agency agency : visible) {
				KpiCount c = counts.get(indicator).get(agency.id());
				rows.add(value(indicator, agency, (c != null) ? c.numerator() : 0, (c != null) ? c.denominator() : 0,
						t.get(indicator)));
			}
			result.put(indicator, rows);
		}
		return result;
	}

	private Map<KpiIndicator, Map<Long, KpiCount>> counts(int year, Long agencyId) {
		if (year < KpiTargets.MIN_YEAR || year > KpiTargets.MAX_YEAR) {
			throw InvalidInputException.of("year", "kpi.error.year", KpiTargets.MIN_YEAR, KpiTargets.MAX_YEAR);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		Map<KpiIndicator, Map<Long, KpiCount>> counts = new EnumMap<>(KpiIndicator.class);
		for (KpiIndicator indicator : KpiIndicator.values()) {
			List<KpiCount> rows = switch (indicator) {
				case DOCUMENTS_BORN_DIGITAL -> this.mapper.bornDigital(from, to, agencyId);
				case TRANSFERRED_WITHIN_3_YEARS -> this.mapper.transferredWithin3Years(year - 3, agencyId);
				case ONLINE_WITH_METADATA -> this.mapper.onlineWithMetadata(to, agencyId);
				case ACCESS_ONLINE -> this.mapper.accessOnline(from, to, agencyId);
				case PAPER_DIGITISED -> this.mapper.paperDigitised(to, agencyId);
				case NATIONAL_DATABASE -> this.mapper.nationalDatabase(to, agencyId);
				case SAFE_PRESERVATION -> safePreservation(to, agencyId);
				case STAFF_TRAINED -> this.mapper.staffTrained(to, agencyId);
				default -> List.of();
			};
			counts.put(indicator, rows.stream().collect(Collectors.toMap(KpiCount::agencyId, (c) -> c)));
		}
		return counts;
	}

	/**
	 * Indicator 7 as it stands at the end of the year, or now for the current year: a
	 * fixity check counts if its cycle began within one configured cycle before then.
	 */
	private List<KpiCount> safePreservation(LocalDate to, Long agencyId) {
		Instant endOfYear = to.atStartOfDay(KpiYears.VIETNAM).toInstant();
		Instant now = this.clock.instant();
		Instant at = now.isBefore(endOfYear) ? now : endOfYear;
		Instant checkedSince = at.atZone(KpiYears.VIETNAM).minus(this.fixity.cycle()).toInstant();
		return this.mapper.safePreservation(at, checkedSince, agencyId);
	}

	private KpiValue value(KpiIndicator indicator, Agency agency, long numerator, long denominator, KpiTarget target) {
		BigDecimal targetPercent = (target != null) ? target.targetPercent() : null;
		Long id = (agency != null) ? agency.id() : null;
		String code = (agency != null) ? agency.code() : null;
		String name = (agency != null) ? agency.name() : null;
		if (!indicator.measured()) {
			return new KpiValue(indicator.number(), indicator.label(), indicator.labelEn(), id, code, name, 0, 0, null,
					targetPercent, null, KpiStatus.NOT_MEASURED, indicator.notMeasured(), indicator.notMeasuredEn());
		}
		if (denominator == 0) {
			return new KpiValue(indicator.number(), indicator.label(), indicator.labelEn(), id, code, name, 0, 0, null,
					targetPercent, null, KpiStatus.NO_DATA, null, null);
		}
		BigDecimal actual = BigDecimal.valueOf(numerator * 100)
			.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
		BigDecimal gap = (targetPercent != null) ? actual.subtract(targetPercent) : null;
		return new KpiValue(indicator.number(), indicator.label(), indicator.labelEn(), id, code, name, numerator,
				denominator, actual, targetPercent, gap, status(gap), null, null);
	}

	private KpiStatus status(BigDecimal gap) {
		if (gap == null || gap.signum() >= 0) {
			return KpiStatus.MET;
		}
		return (gap.negate().compareTo(this.settings.closeMargin()) <= 0) ? KpiStatus.CLOSE : KpiStatus.MISSED;
	}

}
