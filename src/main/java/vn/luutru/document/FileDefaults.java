package vn.luutru.document;

import vn.luutru.file.RecordFile;

/**
 * What a document takes from its file when its own metadata leaves it out: the access
 * mode, the confidence level and the paper original's code. A file being imported is not
 * stored yet, so the intake passes its values from the sheet.
 */
public record FileDefaults(String accessMode, String confidenceLevel, String paperFileCode) {

	static FileDefaults of(RecordFile file) {
		return new FileDefaults(file.accessMode(), file.confidenceLevel(), file.paperFileCode());
	}

}
