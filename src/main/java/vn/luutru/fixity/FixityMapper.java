package vn.luutru.fixity;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.luutru.content.ContentCopy;
import vn.luutru.content.CopyCheck.CopyState;

@Mapper
interface FixityMapper {

	void insertCycle(NewCycle cycle);

	FixityCycle findCycle(long id);

	FixityCycle findCycleByProcess(String processInstanceId);

	/**
	 * The cycle row locked until the transaction ends: one chunk of a cycle at a time.
	 */
	FixityCycle lockCycle(long id);

	FixityCycle findLatest();

	FixityCycle findRunning();

	int advance(@Param("id") long id, @Param("lastObject") String lastObject, @Param("objects") long objects,
			@Param("bytes") long bytes);

	int finish(@Param("id") long id, @Param("at") Instant at);

	int setMinutes(@Param("id") long id, @Param("sha256") String sha256, @Param("number") String number);

	/** Inserts the finding unless this cycle has one for the copy already. */
	int insertFinding(@Param("cycleId") long cycleId, @Param("sha256") String sha256, @Param("copy") ContentCopy copy,
			@Param("finding") CopyState finding, @Param("actual") String actual, @Param("size") Long size,
			@Param("at") Instant at);

	int setOutcome(@Param("cycleId") long cycleId, @Param("sha256") String sha256, @Param("copy") ContentCopy copy,
			@Param("outcome") FindingOutcome outcome, @Param("repairedAt") Instant repairedAt,
			@Param("incidentId") Long incidentId);

	List<FixityFinding> findFindings(long cycleId);

	List<FixityFinding> findFindingsOf(@Param("cycleId") long cycleId, @Param("sha256") String sha256);

	void insertIncident(NewIncident incident);

	Incident findIncident(long id);

	Incident findIncidentOf(@Param("kind") IncidentKind kind, @Param("cycleId") long cycleId,
			@Param("sha256") String sha256);

	List<Incident> findIncidentsWithoutTask(@Param("kind") IncidentKind kind, @Param("cycleId") long cycleId);

	int setIncidentProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int handleIncident(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

	int insertIncidentAction(@Param("incidentId") long incidentId, @Param("at") Instant at, @Param("by") String by,
			@Param("action") String action, @Param("note") String note);

	List<IncidentAction> findIncidentActions(long incidentId);

	/** Documents and record files that use the object: "file notation / document id". */
	List<ObjectUse> findUses(String sha256);

	/** A cycle to insert; {@code id} set by the insert. */
	final class NewCycle {

		Long id;

		final Instant startedAt;

		final String processInstanceId;

		NewCycle(Instant startedAt, String processInstanceId) {
			this.startedAt = startedAt;
			this.processInstanceId = processInstanceId;
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public Instant getStartedAt() {
			return this.startedAt;
		}

		public String getProcessInstanceId() {
			return this.processInstanceId;
		}

	}

	/** An incident to insert; {@code id} set by the insert. */
	final class NewIncident {

		Long id;

		final IncidentKind kind;

		final String subject;

		final String details;

		final Instant raisedAt;

		final Long cycleId;

		final String contentSha256;

		NewIncident(IncidentKind kind, String subject, String details, Instant raisedAt, Long cycleId,
				String contentSha256) {
			this.kind = kind;
			this.subject = subject;
			this.details = details;
			this.raisedAt = raisedAt;
			this.cycleId = cycleId;
			this.contentSha256 = contentSha256;
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public IncidentKind getKind() {
			return this.kind;
		}

		public String getSubject() {
			return this.subject;
		}

		public String getDetails() {
			return this.details;
		}

		public Instant getRaisedAt() {
			return this.raisedAt;
		}

		public Long getCycleId() {
			return this.cycleId;
		}

		public String getContentSha256() {
			return this.contentSha256;
		}

	}

}
