package vn.luutru.fixity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.content.ContentCopy;
import vn.luutru.content.ContentStore;
import vn.luutru.content.CopyCheck;
import vn.luutru.content.FixityCheck;

/**
 * The work of a fixity cycle. A cycle walks the store in name order, one chunk per async
 * step: each chunk re-hashes at most {@code luutru.fixity.chunk-size} objects, both
 * copies, and stops early after {@code chunk-bytes}, so that a step ends far inside the
 * job lock. The object a cycle reached and its counts are advanced under the cycle row's
 * lock at the end of the chunk, once: a step that fails half way is taken up again from
 * the object before it and counts nothing twice. A damaged or missing copy is handled at
 * once in a transaction of its own: its finding recorded, then the copy replaced from the
 * other when that one still matches its checksum (an audit event per repair); with no
 * good copy, an incident is raised for the managers.
 */
@Component
public class FixityAudit {

	private static final Logger log = LoggerFactory.getLogger(FixityAudit.class);

	/** Who acts when the audit itself records something. */
	static final String SYSTEM = "system";

	private final FixityMapper mapper;

	private final ContentStore store;

	private final AuditService audit;

	private final FixitySettings settings;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final Incidents incidents;

	FixityAudit(FixityMapper mapper, ContentStore store, AuditService audit, FixitySettings settings, Clock clock,
			PlatformTransactionManager transactions, Incidents incidents) {
		this.mapper = mapper;
		this.incidents = incidents;
		this.store = store;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The cycle of this process, started now unless one runs already or the last one
	 * began less than {@code luutru.fixity.cycle} ago (unless {@code force}); null when
	 * none is started. A retried step finds the cycle it started.
	 */
	public Long startCycle(String processInstanceId, boolean force) {
		FixityCycle mine = this.mapper.findCycleByProcess(processInstanceId);
		if (mine != null) {
			return mine.id();
		}
		FixityCycle running = this.mapper.findRunning();
		if (running != null) {
			log.info("Chu kỳ kiểm tra toàn vẹn {} đang chạy / fixity cycle {} still running", running.id(),
					running.id());
			return null;
		}
		Instant now = Instant.now(this.clock);
		FixityCycle latest = this.mapper.findLatest();
		if (!force && latest != null && latest.startedAt().plus(this.settings.cycleDuration()).isAfter(now)) {
			return null;
		}
		FixityMapper.NewCycle cycle = new FixityMapper.NewCycle(now, processInstanceId);
		this.mapper.insertCycle(cycle);
		return cycle.getId();
	}

	/**
	 * Checks the next chunk of the cycle; returns true when objects remain after it.
	 */
	public boolean checkChunk(long cycleId) {
		FixityCycle cycle = this.mapper.findCycle(cycleId);
		if (cycle == null || cycle.status() != FixityCycleStatus.RUNNING) {
			return false;
		}
		List<String> names;
		try {
			names = this.store.objectsAfter(cycle.lastObject(), this.settings.chunkSize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (names.isEmpty()) {
			return false;
		}
		long byteLimit = this.settings.chunkBytes().toBytes();
		long bytes = 0;
		int objects = 0;
		String last = cycle.lastObject();
		for (String sha256 : names) {
			FixityCheck check = this.store.check(sha256);
			if (!check.allGood()) {
				handle(cycleId, check);
			}
			objects++;
			bytes += check.bytesRead();
			last = sha256;
			if (bytes >= byteLimit) {
				break;
			}
		}
		boolean more = objects < names.size() || names.size() >= this.settings.chunkSize();
		advance(cycleId, cycle.lastObject(), last, objects, bytes);
		return more;
	}

	/**
	 * Moves the cycle on under its lock, unless another run of the same step (a lock that
	 * ran out) moved it first.
	 */
	private void advance(long cycleId, String from, String to, int objects, long bytes) {
		this.ownTransaction.executeWithoutResult((tx) -> {
			FixityCycle locked = this.mapper.lockCycle(cycleId);
			if (locked.status() == FixityCycleStatus.RUNNING && Objects.equals(locked.lastObject(), from)) {
				this.mapper.advance(cycleId, to, objects, bytes);
			}
		});
	}

	/** Ends the cycle (the minutes are written by their own step). */
	public void finish(long cycleId) {
		this.mapper.finish(cycleId, Instant.now(this.clock));
	}

	public FixityCycle cycle(long cycleId) {
		return this.mapper.findCycle(cycleId);
	}

	/**
	 * The cycle as committed, read in a transaction of its own: a step's own session
	 * still holds the cycle as it was read when the step began.
	 */
	public FixityProgress progress(long cycleId) {
		return this.ownTransaction
			.execute((tx) -> FixityProgress.of(this.mapper.findCycle(cycleId), Instant.now(this.clock)));
	}

	/**
	 * Records the damaged or missing copies of one object and repairs them from a copy
	 * that still matches; raises an incident when none does. Its own transaction: what
	 * was repaired stays recorded when the step fails later.
	 */
	void handle(long cycleId, FixityCheck check) {
		this.ownTransaction.executeWithoutResult((tx) -> {
			Instant now = Instant.now(this.clock);
			String sha256 = check.sha256();
			List<CopyCheck> bad = check.copies().stream().filter((c) -> !c.good()).toList();
			for (CopyCheck copy : bad) {
				this.mapper.insertFinding(cycleId, sha256, copy.copy(), copy.state(), copy.actualSha256(),
						(copy.size() >= 0) ? copy.size() : null, now);
			}
			boolean goodCopy = bad.size() < check.copies().size();
			List<CopyCheck> unrepaired = new ArrayList<>();
			for (CopyCheck copy : bad) {
				if (goodCopy && this.store.repair(sha256, copy.copy())) {
					Instant at = Instant.now(this.clock);
					this.mapper.setOutcome(cycleId, sha256, copy.copy(), FindingOutcome.REPAIRED, at, null);
					Map<String, Object> details = new LinkedHashMap<>();
					details.put("cycle", cycleId);
					details.put("copy", copy.copy().name());
					details.put("finding", copy.state().name());
					details.put("expected", sha256);
					details.put("actual", copy.actualSha256());
					details.put("from", copy.copy().other().name());
					this.audit.record(AuditAction.FIXITY_COPY_REPAIRED, "content", sha256, null, details);
					log.warn("Đã sửa bản {} của {} từ bản {} / repaired copy {} of {} from copy {}", copy.copy(),
							sha256, copy.copy().other(), copy.copy(), sha256, copy.copy().other());
				}
				else {
					unrepaired.add(copy);
				}
			}
			if (!unrepaired.isEmpty()) {
				long incident = raiseIncident(cycleId, check, now);
				for (CopyCheck copy : unrepaired) {
					this.mapper.setOutcome(cycleId, sha256, copy.copy(), FindingOutcome.INCIDENT, null, incident);
				}
			}
		});
	}

	private long raiseIncident(long cycleId, FixityCheck check, Instant now) {
		String sha256 = check.sha256();
		Incident existing = this.mapper.findIncidentOf(IncidentKind.FIXITY, cycleId, sha256);
		if (existing != null) {
			return existing.id();
		}
		List<ObjectUse> uses = this.mapper.findUses(sha256);
		String subject = "Đối tượng " + sha256.substring(0, 12) + "… hỏng cả hai bản / object damaged in both copies";
		String details = "Đối tượng (SHA-256) / object: " + sha256 + "\n" + describe(check) + "\n" + describeUses(uses);
		long incident = this.incidents.raise(IncidentKind.FIXITY, subject, details, cycleId, sha256,
				AuditAction.FIXITY_INCIDENT_RAISED,
				Map.of("cycle", cycleId, "object", sha256, "found", describe(check)));
		log.error("Sự cố toàn vẹn {}: không còn bản nào của {} khớp mã kiểm tra / fixity incident {}: no copy of {}"
				+ " matches its checksum", incident, sha256, incident, sha256);
		return incident;
	}

	/** What each copy holds, in Vietnamese then English. */
	static String describe(FixityCheck check) {
		return check.copies().stream().map((c) -> copyLabel(c.copy()) + ": " + switch (c.state()) {
			case GOOD -> "khớp mã kiểm tra / matches";
			case MISMATCH -> "không khớp, mã hiện tại / mismatch, now " + c.actualSha256();
			case MISSING -> "bị mất / missing";
		}).collect(Collectors.joining("; "));
	}

	static String describeUses(List<ObjectUse> uses) {
		if (uses.isEmpty()) {
			return "Không văn bản nào dùng đối tượng này (danh mục, gói hoặc biên bản) / used by no document"
					+ " (a list, package or minutes)";
		}
		return "Văn bản dùng đối tượng / documents using it: " + uses.stream()
			.map((u) -> "văn bản " + u.documentId() + " «" + u.documentSubject() + "» trong hồ sơ " + u.fileCode())
			.collect(Collectors.joining("; "));
	}

	static String copyLabel(ContentCopy copy) {
		return (copy == ContentCopy.FIRST) ? "Bản 1 / copy 1" : "Bản 2 / copy 2";
	}

	public List<FixityFinding> findings(long cycleId) {
		return this.mapper.findFindings(cycleId);
	}

	public FixityCycle latest() {
		return this.mapper.findLatest();
	}

}
