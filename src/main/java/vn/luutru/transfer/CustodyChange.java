package vn.luutru.transfer;

/**
 * What the change of custody did to a batch: files now in the historical archive's
 * custody, and files of the accepted package kept back by a hold placed after packaging.
 */
public record CustodyChange(int transferred, int heldBack) {

	/** Nothing was handed over: the batch ends without minutes. */
	public boolean nothingTransferred() {
		return this.transferred == 0;
	}

}
