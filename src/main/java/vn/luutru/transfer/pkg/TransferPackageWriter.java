package vn.luutru.transfer.pkg;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the record files of a transfer batch as E-ARK CSIP 2.0.4 information packages in
 * the layout of Circular 05/2025/TT-BNV, zipped.
 *
 * <p>
 * <b>One package per record file.</b> The circular packs one hồ sơ per SIP_hoso/AIP_hoso
 * package, so each record file becomes its own CSIP package, in its own root folder named
 * by its OBJID (CSIPSTR2), and the zip holds one such folder per file of the batch. The
 * OBJID is {@code uuid-<UUID>}, a name-based UUID of the batch's package id and the file
 * code ({@link #packageIdOf}): packaging the same batch again gives the same ids. A batch
 * of one file gives a zip that unpacks to a single package folder, as CSIPSTR1 asks of a
 * zipped package; with several files the zip is a container of packages.
 *
 * <pre>
 * uuid-…/                                   one per record file
 *   METS.xml                                package METS
 *   metadata/descriptive/EAD.xml            the file's 18 fields (simpledc)
 *   metadata/preservation/PREMIS.xml        AIP: the file as intellectual entity, package creation
 *   representations/rep1/METS.xml           representation METS
 *   representations/rep1/data/&lt;docCode&gt;.&lt;ext&gt;              the documents' content
 *   representations/rep1/metadata/descriptive/EAD_doc_&lt;docCode&gt;.xml   each document's fields
 *   representations/rep1/metadata/preservation/PREMIS_rep1.xml  AIP: fixity, formats, events
 *   schemas/mets.xsd, xlink.xsd, DILCISExtensionMETS.xsd, premis-v3-0.xsd (AIP), ead.xsd, ead_doc.xsd
 *   documentation/                          empty
 * </pre>
 *
 * <p>
 * Every file in the package is listed with its SHA-256 (CHECKSUMTYPE "SHA-256") and size
 * by the METS of its level: content in the representation METS, metadata and schemas in
 * the package METS, which also lists the representation METS. Content is streamed from
 * its {@link ContentSource} into the zip through a fixed buffer while its SHA-256 is
 * computed; content whose SHA-256 or size differs from what was recorded at capture stops
 * the writer with a {@link ContentFixityException}. Only the XML files are built in
 * memory.
 */
public class TransferPackageWriter {

	private final SchemaFiles schemas;

	/**
	 * @param schemas where the published XSDs copied into each package are found
	 * @throws IllegalStateException when one of them is missing
	 */
	public TransferPackageWriter(SchemaFiles schemas) {
		schemas.requireAll();
		this.schemas = schemas;
	}

	/**
	 * The OBJID of a record file's package in a batch.
	 */
	public static String packageIdOf(String batchPackageId, String fileCode) {
		return Layout.objectId(batchPackageId, fileCode);
	}

	/**
	 * Writes the zip to {@code zipOut}, which stays open.
	 * @throws ContentFixityException when a document's content is not what was captured;
	 * the zip is then incomplete
	 */
	public PackageManifest write(PackageRequest request, OutputStream zipOut) throws IOException {
		return writeZip(request, zipOut).manifest();
	}

	/**
	 * Writes the request (usually one record file of the batch) as a part that
	 * {@link ZipJoin} joins with the others into the batch's zip, without copying the
	 * content again through a compressor.
	 * @throws ContentFixityException as {@link #write}
	 */
	public PackagePart writePart(PackageRequest request, OutputStream zipOut) throws IOException {
		return writeZip(request, zipOut);
	}

	private PackagePart writeZip(PackageRequest request, OutputStream zipOut) throws IOException {
		ZipSink zip = new ZipSink(zipOut, Times.local(request.createdAt()));
		Map<String, String> packages = new LinkedHashMap<>();
		Map<String, String> digests = new LinkedHashMap<>();
		for (PackageFile file : request.files()) {
			String objectId = packageIdOf(request.packageId(), file.fileCode());
			for (DataFile data : new RecordFilePackage(request, file, objectId, zip, this.schemas).write()) {
				digests.put(data.doc().docCode(), data.sha256());
			}
			packages.put(file.fileCode(), objectId);
		}
		zip.finish();
		return new PackagePart(
				new PackageManifest(request.packageId(), packages, zip.entries(), digests, zip.size(), zip.sha256()),
				zip.entriesSize());
	}

}
