package vn.luutru.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/**
 * Receives intakes and shows them, within the uploader's agency: an officer of another
 * agency is answered 404, as for any record he may not see; managers see all.
 */
@Service
public class IntakeService {

	private static final int INSERT_BATCH = 500;

	private final IntakeUpload upload;

	private final IntakeMapper mapper;

	private final IntakeProcessStarter starter;

	private final AuditService audit;

	private final ObjectMapper json;

	private final Clock clock;

	IntakeService(IntakeUpload upload, IntakeMapper mapper, IntakeProcessStarter starter, AuditService audit,
			ObjectMapper json, Clock clock) {
		this.upload = upload;
		this.mapper = mapper;
		this.starter = starter;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public long receive(MultipartFile zip) {
		CurrentUser user = CurrentUsers.require();
		if (user.agencyId() == null) {
			throw InvalidInputException.of("agencyCode", "error.userWithoutAgency");
		}
		IntakeUpload.Accepted accepted = this.upload.accept(zip);
		try {
			NewIntake intake = new NewIntake();
			intake.agencyId = user.agencyId();
			intake.status = IntakeStatus.VALIDATING;
			intake.schemaVersion = accepted.sheet().schema().code;
			intake.zipName = zip.getOriginalFilename();
			intake.zipSize = zip.getSize();
			intake.spoolPath = accepted.dir().toString();
			intake.uploadedBy = user.userId();
			intake.uploadedAt = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
			intake.totalRows = accepted.sheet().rows().size();
			this.mapper.insert(intake);
			List<StoredRow> rows = new ArrayList<>();
			for (IntakeRow row : accepted.sheet().rows()) {
				rows.add(new StoredRow(intake.id, row.number(), IntakeRowStatus.READ, row.fileNotation(),
						row.contentName(), write(row.values()), null, null, null, null));
				if (rows.size() == INSERT_BATCH) {
					this.mapper.insertRows(rows);
					rows.clear();
				}
			}
			if (!rows.isEmpty()) {
				this.mapper.insertRows(rows);
			}
			this.mapper.linkProcess(intake.id, this.starter.start(intake.id, user.agencyCode()));
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("zipName", intake.zipName);
			details.put("rows", intake.totalRows);
			details.put("schemaVersion", intake.schemaVersion);
			this.audit.record(AuditAction.INTAKE_RECEIVED, "intake", String.valueOf(intake.id), user.agencyId(),
					details);
			return intake.id;
		}
		catch (RuntimeException ex) {
			IntakeUpload.discard(accepted.dir());
			throw ex;
		}
	}

	@Transactional(readOnly = true)
	public IntakeView view(long id) {
		Intake intake = visible(id);
		Map<IntakeRowStatus, Integer> counts = new EnumMap<>(IntakeRowStatus.class);
		for (IntakeRowStatus s : IntakeRowStatus.values()) {
			counts.put(s, 0);
		}
		this.mapper.countRows(id).forEach((c) -> counts.put(c.status(), c.count()));
		int captured = counts.get(IntakeRowStatus.CAPTURED);
		int failed = counts.get(IntakeRowStatus.FAILED);
		int waiting = counts.get(IntakeRowStatus.VALID);
		int valid = captured + failed + waiting;
		int percent = (valid == 0) ? ((intake.status() == IntakeStatus.CAPTURED) ? 100 : 0)
				: (int) ((captured + failed) * 100L / valid);
		Double rate = null;
		if (intake.captureStartedAt() != null && captured > 0) {
			Instant end = (intake.finishedAt() != null) ? intake.finishedAt() : Instant.now(this.clock);
			long millis = Math.max(1, Duration.between(intake.captureStartedAt(), end).toMillis());
			rate = Math.round(captured * 10_000.0 / millis) / 10.0;
		}
		int invalid = counts.get(IntakeRowStatus.INVALID);
		return new IntakeView(intake.id(), intake.agencyCode(), intake.status(), intake.schemaVersion(),
				intake.zipName(), intake.uploadedBy(), intake.uploadedAt(), intake.totalRows(), invalid, valid,
				captured, failed, waiting, this.mapper.countDuplicates(id), this.mapper.findDuplicateRows(id, 100),
				percent, rate, intake.captureStartedAt(), intake.finishedAt(),
				(invalid + failed > 0) ? "/api/v1/intakes/" + id + "/errors.xlsx" : null);
	}

	/** The latest intakes the user may see, newest first, with their progress. */
	@Transactional(readOnly = true)
	public List<IntakeView> latest(int limit) {
		return this.mapper.findLatest(CurrentUsers.require().visibleAgencyId(), limit)
			.stream()
			.map((id) -> view(id))
			.toList();
	}

	/** The rows refused, in the sheet's layout with the error column. */
	@Transactional(readOnly = true)
	public byte[] errorSheet(long id) {
		visible(id);
		List<IntakeWorkbook.RejectedRow> rows = new ArrayList<>();
		for (IntakeRowStatus status : List.of(IntakeRowStatus.INVALID, IntakeRowStatus.FAILED)) {
			for (StoredRow row : this.mapper.findRows(id, status, 0, Integer.MAX_VALUE)) {
				rows.add(new IntakeWorkbook.RejectedRow(read(row.rowValues()), row.errors()));
			}
		}
		return IntakeWorkbook.errors(rows);
	}

	private Intake visible(long id) {
		Intake intake = this.mapper.findVisible(id, CurrentUsers.require().visibleAgencyId());
		if (intake == null) {
			throw new NotFoundException("intake", id);
		}
		return intake;
	}

	String write(Map<IntakeColumn, String> values) {
		try {
			return this.json.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Map<IntakeColumn, String> read(String values) {
		try {
			Map<IntakeColumn, String> map = new EnumMap<>(IntakeColumn.class);
			map.putAll(this.json.readValue(values, new TypeReference<Map<IntakeColumn, String>>() {
			}));
			return map;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
