package vn.luutru.backup;

/**
 * A restore or a backup that cannot go on, with why in Vietnamese and English: the target
 * is not empty, a file of the set does not match its manifest, a set of the chain is
 * missing.
 */
public class BackupRefusedException extends RuntimeException {

	private final String messageVi;

	private final String messageEn;

	public BackupRefusedException(String messageVi, String messageEn) {
		super(messageVi + " / " + messageEn);
		this.messageVi = messageVi;
		this.messageEn = messageEn;
	}

	public String messageVi() {
		return this.messageVi;
	}

	public String messageEn() {
		return this.messageEn;
	}

}
