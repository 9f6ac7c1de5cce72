package vn.luutru.transfer.pkg;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * PREMIS events and agents. Event types come from the Library of Congress vocabulary
 * (capture, message digest calculation, fixity check, validation, information package
 * creation); an event id is the package's OBJID, the event and the document, unique in
 * the repository as the circular asks.
 */
final class PremisEvents {

	/** The identifier type of an agency code (mã định danh, QCVN 102:2016). */
	static final String AGENCY_CODE = "QCVN 102:2016";

	private final PackageRequest request;

	PremisEvents(PackageRequest request) {
		this.request = request;
	}

	Link software(String role) {
		return new Link("local", this.request.softwareName(), role);
	}

	Link submitter(String role) {
		return new Link(AGENCY_CODE, this.request.submittingAgency().code(), role);
	}

	/** The ids of the events {@link #documentEvents} writes for the document. */
	List<String> idsFor(String objectId, PackageDocument doc) {
		List<String> ids = new ArrayList<>();
		ids.add(id(objectId, "capture", doc));
		ids.add(id(objectId, "message-digest-calculation", doc));
		ids.add(id(objectId, "fixity-check", doc));
		if (doc.content().pdfaFlavour() != null) {
			ids.add(id(objectId, "validation", doc));
		}
		return ids;
	}

	/** The capture is the agency's, through its user, run by the software. */
	void documentEvents(XmlWriter xml, String objectId, DataFile data, Agency agency) {
		PackageDocument doc = data.doc();
		DocumentContent content = doc.content();
		Link source = new Link("Doc", doc.docCode(), "source");
		List<Link> capturers = new ArrayList<>();
		if (content.capturedBy() != null) {
			capturers.add(new Link("local", content.capturedBy(), "implementer"));
		}
		capturers.add(new Link(AGENCY_CODE, agency.code(), "implementer"));
		capturers.add(software("executing program"));
		String schema = (doc.schemaVersion() != null) ? "; siêu dữ liệu theo " + doc.schemaVersion() : "";
		event(xml, id(objectId, "capture", doc), "capture", content.capturedAt(),
				"Tiếp nhận vào hệ thống " + this.request.softwareName() + schema, null, capturers,
				new Link("Doc", doc.docCode(), "outcome"));
		event(xml, id(objectId, "message-digest-calculation", doc), "message digest calculation",
				this.request.createdAt(), "SHA-256, tính khi đóng gói", Sha256.declared(data.sha256()),
				List.of(software("executing program")), source);
		event(xml, id(objectId, "fixity-check", doc), "fixity check", this.request.createdAt(),
				"So khớp SHA-256 khi đóng gói với giá trị ghi nhận khi tiếp nhận", null, List.of(software("validator")),
				source);
		if (content.pdfaFlavour() != null) {
			event(xml, id(objectId, "validation", doc), "validation", content.capturedAt(),
					"Kiểm tra định dạng " + Formats.pdfaName(content.pdfaFlavour()) + " khi tiếp nhận", null,
					List.of(software("validator")), source);
		}
	}

	void event(XmlWriter xml, String id, String type, Instant when, String detail, String outcomeNote,
			List<Link> agents, Link object) {
		xml.start("event");
		PremisXml.identifier(xml, "event", "local", id);
		xml.leaf("eventType", type)
			.leaf("eventDateTime", Times.iso(when))
			.start("eventDetailInformation")
			.leaf("eventDetail", detail)
			.end()
			.start("eventOutcomeInformation")
			.leaf("eventOutcome", "success");
		if (outcomeNote != null) {
			xml.start("eventOutcomeDetail").leaf("eventOutcomeDetailNote", outcomeNote).end();
		}
		xml.end();
		for (Link agent : agents) {
			link(xml, "linkingAgent", agent);
		}
		link(xml, "linkingObject", object);
		xml.end();
	}

	void softwareAgent(XmlWriter xml) {
		xml.start("agent");
		PremisXml.identifier(xml, "agent", "local", this.request.softwareName());
		xml.leaf("agentName", this.request.softwareName())
			.leaf("agentType", "software")
			.leaf("agentVersion", this.request.softwareVersion())
			.end();
	}

	void agencyAgent(XmlWriter xml, Agency agency) {
		xml.start("agent");
		PremisXml.identifier(xml, "agent", AGENCY_CODE, agency.code());
		xml.leaf("agentName", agency.name()).leaf("agentType", "organization").end();
	}

	private static void link(XmlWriter xml, String kind, Link link) {
		xml.start(kind + "Identifier")
			.leaf(kind + "IdentifierType", link.type())
			.leaf(kind + "IdentifierValue", link.value())
			.leaf(kind + "Role", link.role())
			.end();
	}

	private static String id(String objectId, String event, PackageDocument doc) {
		return objectId + "/" + event + "/" + doc.docCode();
	}

	/**
	 * A linking agent or object: identifier type and value, and its role in the event.
	 */
	record Link(String type, String value, String role) {

	}

}
