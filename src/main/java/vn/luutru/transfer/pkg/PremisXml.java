package vn.luutru.transfer.pkg;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PREMIS 3.0 for an AIP: {@code PREMIS.xml} for the record file (the intellectual entity
 * and the package's creation) and {@code PREMIS_rep1.xml} for the representation (every
 * file's fixity, size, format and original name, and its capture, digest, fixity-check
 * and validation events). Identifier types follow the circular: {@code File} for a record
 * file, {@code Doc} for a document.
 */
final class PremisXml {

	static final String NS = "http://www.loc.gov/premis/v3";

	private static final String XSI = DescriptiveXml.XSI;

	private PremisXml() {
	}

	static byte[] packageLevel(PackageRequest request, PackageFile file, String objectId) {
		PremisEvents events = new PremisEvents(request);
		XmlWriter xml = root("../../");
		xml.start("object").attr("xsi", XSI, "type", "intellectualEntity");
		identifier(xml, "object", "File", file.fileCode());
		identifier(xml, "object", "local", objectId);
		xml.start("relationship").leaf("relationshipType", "structural").leaf("relationshipSubType", "includes");
		identifier(xml, "relatedObject", "local", objectId + "/" + Layout.REPRESENTATION);
		xml.end();
		String creation = objectId + "/information-package-creation";
		identifier(xml, "linkingEvent", "local", creation);
		for (PreservationEvent event : request.events()) {
			identifier(xml, "linkingEvent", "local", eventId(objectId, event));
		}
		xml.end();
		events.event(xml, creation, "information package creation", request.createdAt(),
				"Đóng gói " + request.type() + " theo E-ARK CSIP 2.0.4 và Thông tư 05/2025/TT-BNV, lô "
						+ request.batchCode(),
				null, List.of(events.software("executing program"), events.submitter("implementer")),
				new PremisEvents.Link("local", objectId, "outcome"));
		for (PreservationEvent event : request.events()) {
			events.event(xml, eventId(objectId, event), event.type(), event.at(), event.detail(), event.outcomeNote(),
					List.of(events.software("executing program"),
							new PremisEvents.Link(PremisEvents.AGENCY_CODE, request.archive().code(), "implementer")),
					new PremisEvents.Link("local", objectId, "source"));
		}
		events.softwareAgent(xml);
		events.agencyAgent(xml, request.submittingAgency());
		if (!request.events().isEmpty() && !request.archive().code().equals(request.submittingAgency().code())) {
			events.agencyAgent(xml, request.archive());
		}
		return xml.end().toBytes();
	}

	private static String eventId(String objectId, PreservationEvent event) {
		return objectId + "/" + event.type().replace(' ', '-');
	}

	static byte[] representation(PackageRequest request, PackageFile file, String objectId, List<DataFile> files) {
		PremisEvents events = new PremisEvents(request);
		XmlWriter xml = root("../../../../");
		xml.start("object").attr("xsi", XSI, "type", "representation");
		identifier(xml, "object", "local", objectId + "/" + Layout.REPRESENTATION);
		xml.start("relationship").leaf("relationshipType", "structural").leaf("relationshipSubType", "includes");
		for (DataFile data : files) {
			xml.start("relatedObjectIdentifier")
				.leaf("relatedObjectIdentifierType", "Doc")
				.leaf("relatedObjectIdentifierValue", data.doc().docCode())
				.leaf("relatedObjectSequence", data.doc().position())
				.end();
		}
		xml.end().end();
		for (DataFile data : files) {
			fileObject(xml, objectId, data, events.idsFor(objectId, data.doc()));
		}
		Set<String> users = new LinkedHashSet<>();
		for (DataFile data : files) {
			events.documentEvents(xml, objectId, data, file.agency());
			if (data.doc().content().capturedBy() != null) {
				users.add(data.doc().content().capturedBy());
			}
		}
		events.softwareAgent(xml);
		events.agencyAgent(xml, file.agency());
		for (String user : users) {
			xml.start("agent");
			identifier(xml, "agent", "local", user);
			xml.leaf("agentName", user).leaf("agentType", "person").end();
		}
		return xml.end().toBytes();
	}

	private static void fileObject(XmlWriter xml, String objectId, DataFile data, List<String> eventIds) {
		PackageDocument doc = data.doc();
		DocumentContent content = doc.content();
		xml.start("object").attr("xsi", XSI, "type", "file");
		identifier(xml, "object", "Doc", doc.docCode());
		if (doc.signer() != null) {
			xml.start("significantProperties")
				.leaf("significantPropertiesType", "signer")
				.leaf("significantPropertiesValue", doc.signer())
				.end();
		}
		xml.start("objectCharacteristics")
			.leaf("compositionLevel", 0)
			.start("fixity")
			.leaf("messageDigestAlgorithm", Sha256.METS_TYPE)
			.leaf("messageDigest", Sha256.declared(data.sha256()))
			.leaf("messageDigestOriginator", "LuuTru")
			.end()
			.leaf("size", data.size())
			.start("format")
			.start("formatDesignation")
			.leaf("formatName", content.mediaType());
		if (content.pdfaFlavour() != null) {
			xml.leaf("formatVersion", Formats.pdfaName(content.pdfaFlavour()));
		}
		xml.end();
		String puid = Formats.puid(content);
		if (puid != null) {
			xml.start("formatRegistry")
				.leaf("formatRegistryName", "PRONOM")
				.leaf("formatRegistryKey", puid)
				.leaf("formatRegistryRole", "specification")
				.end();
		}
		xml.end().end();
		if (content.originalName() != null) {
			xml.leaf("originalName", content.originalName());
		}
		xml.start("storage")
			.start("contentLocation")
			.leaf("contentLocationType", "relative path in package")
			.leaf("contentLocationValue", Layout.REPRESENTATION_DIR + data.path())
			.end()
			.end();
		for (String eventId : eventIds) {
			identifier(xml, "linkingEvent", "local", eventId);
		}
		xml.end();
	}

	private static XmlWriter root(String toPackageRoot) {
		return new XmlWriter(NS).start("premis")
			.declare("xsi", XSI)
			.attr("version", "3.0")
			.attr("xsi", XSI, "schemaLocation", NS + " " + toPackageRoot + Layout.SCHEMAS + SchemaFiles.PREMIS);
	}

	/**
	 * {@code <kindIdentifier><kindIdentifierType/><kindIdentifierValue/></kindIdentifier>}.
	 */
	static void identifier(XmlWriter xml, String kind, String type, String value) {
		xml.start(kind + "Identifier").leaf(kind + "IdentifierType", type).leaf(kind + "IdentifierValue", value).end();
	}

}
