package vn.luutru.transfer.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one record file as one CSIP package under {@code <OBJID>/}. Files go in the
 * order their checksums are needed: content, document metadata, representation PREMIS and
 * METS, schemas, file metadata, package PREMIS, and the package METS last.
 */
final class RecordFilePackage {

	private final PackageRequest request;

	private final PackageFile file;

	private final String objectId;

	private final ZipSink zip;

	private final SchemaFiles schemas;

	private final List<DataFile> data = new ArrayList<>();

	RecordFilePackage(PackageRequest request, PackageFile file, String objectId, ZipSink zip, SchemaFiles schemas) {
		this.request = request;
		this.file = file;
		this.objectId = objectId;
		this.zip = zip;
		this.schemas = schemas;
	}

	List<DataFile> write() throws IOException {
		boolean aip = this.request.type() == PackageType.AIP;
		String root = this.objectId + "/";
		String representation = root + Layout.REPRESENTATION_DIR;
		this.zip.folder(root);
		for (String folder : Layout.FOLDERS) {
			this.zip.folder(root + folder);
		}
		if (aip) {
			for (String folder : Layout.PRESERVATION_FOLDERS) {
				this.zip.folder(root + folder);
			}
		}

		List<Written> metadata = new ArrayList<>();
		for (PackageDocument doc : this.file.documents()) {
			this.data.add(content(representation, doc));
		}
		for (PackageDocument doc : this.file.documents()) {
			metadata.add(put(representation, Layout.documentMetadata(doc),
					DescriptiveXml.documentRecord(this.request, this.file, doc)));
		}
		Written representationPremis = aip ? put(representation, Layout.REPRESENTATION_PREMIS,
				PremisXml.representation(this.request, this.file, this.objectId, this.data)) : null;
		Written representationMets = put(root, Layout.REPRESENTATION_DIR + Layout.METS,
				RepresentationMets.write(this.request, this.file, this.data, metadata, representationPremis));

		List<Written> schemaFiles = new ArrayList<>();
		for (String name : List.of(SchemaFiles.METS, SchemaFiles.XLINK, SchemaFiles.CSIP_EXTENSION)) {
			schemaFiles.add(copySchema(root, name));
		}
		if (aip) {
			schemaFiles.add(copySchema(root, SchemaFiles.PREMIS));
		}
		schemaFiles.add(put(root, Layout.SCHEMAS + Layout.FILE_SCHEMA, DescriptiveXml.fileSchema(this.request.type())));
		schemaFiles.add(
				put(root, Layout.SCHEMAS + Layout.DOCUMENT_SCHEMA, DescriptiveXml.documentSchema(this.request.type())));

		Written ead = put(root, Layout.EAD, DescriptiveXml.fileRecord(this.request, this.file));
		Written premis = aip ? put(root, Layout.PREMIS, PremisXml.packageLevel(this.request, this.file, this.objectId))
				: null;
		put(root, Layout.METS, PackageMets.write(this.request, this.file, this.objectId, ead, premis, schemaFiles,
				representationMets));
		return this.data;
	}

	/** Streams the content in, and refuses it when it is not what was captured. */
	private DataFile content(String representation, PackageDocument doc) throws IOException {
		String path = Layout.dataFile(doc);
		DocumentContent content = doc.content();
		ZipSink.Stored stored;
		try (InputStream in = content.source().open()) {
			stored = this.zip.copy(representation + path, in);
		}
		if (!stored.sha256().equals(content.sha256())) {
			throw new ContentFixityException(doc.docCode(), "SHA-256 " + content.sha256(), stored.sha256());
		}
		if (stored.size() != content.size()) {
			throw new ContentFixityException(doc.docCode(), content.size() + " bytes", stored.size() + " bytes");
		}
		return new DataFile(doc, path, stored.sha256(), stored.size());
	}

	private Written copySchema(String root, String name) throws IOException {
		try (InputStream in = this.schemas.open(name)) {
			ZipSink.Stored stored = this.zip.copy(root + Layout.SCHEMAS + name, in);
			return new Written(Layout.SCHEMAS + name, stored.sha256(), stored.size());
		}
	}

	/**
	 * @param base the folder of the METS that will list the file
	 */
	private Written put(String base, String href, byte[] bytes) throws IOException {
		ZipSink.Stored stored = this.zip.put(base + href, bytes);
		return new Written(href, stored.sha256(), stored.size());
	}

}
