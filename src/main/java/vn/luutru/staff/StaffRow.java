package vn.luutru.staff;

/** A member of staff being inserted; MyBatis fills in the generated id. */
class StaffRow {

	Long id;

	final Staff staff;

	StaffRow(Staff staff) {
		this.staff = staff;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Staff getStaff() {
		return this.staff;
	}

}
