package vn.luutru.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.ibatis.cursor.Cursor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.forms.ReportTitle;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/** Streams the files behind a figure into .xlsx, straight from a database cursor. */
@Service
class FileListExport {

	private final DashboardMapper mapper;

	private final MessageSource messages;

	private final AgencyDirectory agencies;

	private final BatchLetterhead letterheads;

	private final Clock clock;

	FileListExport(DashboardMapper mapper, MessageSource messages, AgencyDirectory agencies,
			BatchLetterhead letterheads, Clock clock) {
		this.mapper = mapper;
		this.agencies = agencies;
		this.letterheads = letterheads;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public void write(FileListQuery query, OutputStream out, Locale locale) throws IOException {
		CurrentUser user = CurrentUsers.require();
		// The listed agency heads the sheet; a province-wide list is headed by its
		// maker's agency.
		Agency agency = this.agencies
			.require((query.scope().agencyId() != null) ? query.scope().agencyId() : user.agencyId());
		ReportTitle title = new ReportTitle(this.letterheads.letterhead(agency), text("web.list.heading", locale),
				describe(query, locale), LocalDateTime.now(this.clock), user.printedName());
		try (Cursor<FileRow> rows = this.mapper.streamFiles(query)) {
			FileListWorkbook.write(out, title, rows, query.scope().today(), (code) -> text(code, locale));
		}
	}

	/** What the list holds, as the list page says it. */
	private String describe(FileListQuery q, Locale locale) {
		StringBuilder s = new StringBuilder(
				(q.scope().agencyCode() == null) ? text("web.dashboard.scope.province", locale) : this.messages
					.getMessage("web.dashboard.scope.agency", new Object[] { q.scope().agencyCode() }, locale));
		if (q.scope().year() != null) {
			s.append(", ").append(text("web.filter.year", locale)).append(' ').append(q.scope().year());
		}
		if (q.status() != null) {
			s.append(" · ").append(text("web.status." + q.status().name(), locale));
		}
		if (q.action() != null) {
			s.append(" · ").append(text("web.action." + q.action().name(), locale));
		}
		if (q.window() != null) {
			s.append(" · ").append(text("web.window." + q.window().name(), locale));
		}
		if (q.month() != null) {
			s.append(" · ").append(text("web.col.month", locale)).append(' ').append(q.month());
		}
		return s.toString();
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
