package vn.luutru.schedule;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the retention schedule and file plans for the other features. */
@Service
@Transactional(readOnly = true)
public class ScheduleDirectory {

	private final RetentionRuleMapper rules;

	private final FilePlanMapper plans;

	ScheduleDirectory(RetentionRuleMapper rules, FilePlanMapper plans) {
		this.rules = rules;
		this.plans = plans;
	}

	public Optional<RetentionRule> findRule(long id) {
		return Optional.ofNullable(this.rules.findById(id));
	}

	public Optional<RetentionRule> findRuleByCode(String code) {
		return Optional.ofNullable(this.rules.findByCode(code));
	}

	public List<RetentionRule> rules() {
		return this.rules.findAll();
	}

	public Optional<FilePlanItem> findPlanItem(long id) {
		return Optional.ofNullable(this.plans.findById(id));
	}

	public List<FilePlanItem> planOf(long agencyId, int year) {
		return this.plans.findByAgencyAndYear(agencyId, year);
	}

}
