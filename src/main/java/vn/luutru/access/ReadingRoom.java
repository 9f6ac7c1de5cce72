package vn.luutru.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.document.Document;
import vn.luutru.document.DocumentQueries;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * Reading inside a grant: a reader sees his own grants; a page of a granted file's
 * document is shown only while the grant is valid (not expired, not revoked), rendered as
 * a marked image, and every page shown is logged. Another reader's grant is as if it did
 * not exist.
 */
@Service
public class ReadingRoom {

	private final AccessMapper mapper;

	private final DocumentQueries documents;

	private final PageRenderer renderer;

	private final AuditService audit;

	private final Clock clock;

	ReadingRoom(AccessMapper mapper, DocumentQueries documents, PageRenderer renderer, AuditService audit,
			Clock clock) {
		this.mapper = mapper;
		this.documents = documents;
		this.renderer = renderer;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AccessGrant> myGrants() {
		return this.mapper.grants(null, CurrentUsers.require().userId());
	}

	/** One's own grant, usable now, with the documents it opens. */
	@Transactional(readOnly = true)
	public GrantView open(long grantId) {
		AccessGrant grant = usable(grantId);
		return new GrantView(grant, readable(grant).stream().map(GrantView.Page::of).toList());
	}

	/** A page as a marked PNG; the view is logged with it. */
	@Transactional
	public byte[] page(long grantId, long documentId, int page) {
		AccessGrant grant = usable(grantId);
		Document doc = readable(grant).stream()
			.filter((d) -> d.id() == documentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("document", documentId));
		if (page < 1 || page > Math.max(1, doc.pageCount())) {
			throw new NotFoundException("page", page);
		}
		CurrentUser reader = CurrentUsers.require();
		Instant now = this.clock.instant();
		CopyMark mark = CopyMark.ofGrant(reader.displayName(), reader.printedName(),
				LocalDateTime.ofInstant(now, this.clock.getZone()), grantId);
		byte[] png;
		try (InputStream in = this.documents.open(doc.contentSha256())) {
			png = this.renderer.render(in, page, mark.top(), mark.bottom(doc.docCode(), page));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("page", page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.mapper.insertView(grantId, reader.userId(), grant.fileId(), documentId, page, now);
		return png;
	}

	/** The archive takes a grant back before it ends, with a reason. */
	@Transactional
	public AccessGrant revoke(long grantId, String reason) {
		CurrentUser user = CustodyArchive.officer();
		AccessGrant grant = this.mapper.findGrant(grantId);
		ArchivedFile file = (grant != null) ? this.mapper.fileById(grant.fileId()) : null;
		CustodyArchive.requireKeeps(user, (file != null) ? file.custodyAgencyId() : null, "grant", grantId);
		String clean = Text.clean(reason);
		if (clean == null) {
			new Problems().add("reason", "error.required").throwIfAny();
		}
		if (this.mapper.revokeGrant(grantId, user.userId(), this.clock.instant(), clean) == 1) {
			this.audit.record(AuditAction.GRANT_REVOKED, "access_grant", grantId, file.custodyAgencyId(),
					Map.of("reason", clean, "reader", grant.readerId()));
		}
		return this.mapper.findGrant(grantId);
	}

	/** The documents a grant lets its reader see ({@link GrantedDocuments}). */
	private List<Document> readable(AccessGrant grant) {
		ArchivedFile file = this.mapper.fileById(grant.fileId());
		return GrantedDocuments.readable(this.documents.ofFile(grant.fileId()),
				(file != null) ? file.accessMode() : null);
	}

	private AccessGrant usable(long grantId) {
		CurrentUser user = CurrentUsers.require();
		AccessGrant grant = this.mapper.findGrant(grantId);
		if (grant == null || !user.has(Role.READER) || !grant.readerId().equals(user.userId())) {
			throw new NotFoundException("grant", grantId);
		}
		if (!grant.usableAt(this.clock.instant())) {
			throw new GrantNotUsableException(grant);
		}
		return grant;
	}

}
