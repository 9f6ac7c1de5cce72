/**
 * EXPLAIN of the sweep's statements (RecordFileMapper.xml findDueGroups, BatchMapper.xml
 * insertDueItems, SweepMapper.xml countUpcoming) and of a batch's claim (RecordFileMapper.xml
 * claimForBatch, BatchMapper.xml findUnclaimedItems) with the parameters of the first
 * agency, on the seeded data.
 */
final class SweepExplain {

	private SweepExplain() {
	}

	static void run(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		String today = "'" + results.strOrDash("seed.asOf") + "'";
		String horizon = "'" + results.strOrDash("seed.transferHorizon") + "'";
		try (SweepDb db = new SweepDb(a)) {
			long agency = db.count("select min(id) from lt_agency where historical_archive = false");
			long batch = db.count("select coalesce(max(id), 0) + 1 from lt_batch");
			String[][] statements = { { "findDueGroups",
					"select a.id as agency_id, 'TRANSFER' as action from lt_agency a where exists (select 1 "
							+ "from lt_record_file f where f.agency_id = a.id and f.status = 'DEPOSITED' and f.due_action = "
							+ "'TRANSFER' and f.due_on <= " + horizon + " and f.on_hold = false and f.batch_id is null) union all "
							+ "select a.id, 'DESTRUCTION_REVIEW' from lt_agency a where exists (select 1 from lt_record_file f "
							+ "where f.agency_id = a.id and f.status = 'DEPOSITED' and f.due_action = 'DESTRUCTION_REVIEW' "
							+ "and f.due_on <= " + today + " and f.on_hold = false and f.batch_id is null) "
							+ "order by agency_id, action" },
					{ "insertDueItems (DESTRUCTION_REVIEW)",
							"insert into lt_batch_item (batch_id, file_id, status, reason) select " + batch
									+ ", f.id, 'INCLUDED', 'EXPIRED' from lt_record_file f where f.agency_id = " + agency
									+ " and f.status = 'DEPOSITED' and f.due_action = 'DESTRUCTION_REVIEW' and f.due_on <= "
									+ today + " and f.on_hold = false and f.batch_id is null order by f.id" },
					{ "insertDueItems (TRANSFER)",
							"insert into lt_batch_item (batch_id, file_id, status, reason) select " + batch
									+ ", f.id, 'INCLUDED', null from lt_record_file f where f.agency_id = " + agency
									+ " and f.status = 'DEPOSITED' and f.due_action = 'TRANSFER' and f.due_on <= "
									+ horizon + " and f.on_hold = false and f.batch_id is null order by f.id" },
					{ "claimForBatch (DESTRUCTION_REVIEW)",
							"update lt_record_file set status = 'UNDER_DESTRUCTION_REVIEW', batch_id = " + batch
									+ " where agency_id = " + agency + " and status = 'DEPOSITED' and due_action = "
									+ "'DESTRUCTION_REVIEW' and due_on <= " + today + " and on_hold = false "
									+ "and batch_id is null and id in (select i.file_id from lt_batch_item i "
									+ "where i.batch_id = " + batch + " and i.status = 'INCLUDED')" },
					{ "findUnclaimedItems",
							"select i.file_id, f.on_hold from lt_batch_item i join lt_record_file f on f.id = i.file_id "
									+ "where i.batch_id = " + batch + " and i.status = 'INCLUDED' and (f.batch_id is null "
									+ "or f.batch_id <> " + batch + ") order by i.file_id" },
					{ "countUpcoming",
							"select f.agency_id, a.code as agency_code, sum(case when f.due_on >= " + today
									+ " then 1 else 0 end) as upcoming, sum(case when f.due_on < " + today
									+ " then 1 else 0 end) as overdue from lt_record_file f join lt_agency a "
									+ "on a.id = f.agency_id where f.due_on <= date_add(" + today
									+ ", interval 30 day) and f.due_action is not null and f.status in "
									+ "('CLOSED', 'RETAINED_BY_UNIT', 'DEPOSITED') group by f.agency_id, a.code "
									+ "order by f.agency_id" } };
			for (String[] s : statements) {
				System.out.println("[explain] " + s[0]);
				String plan = db.table("explain " + s[1]);
				for (String line : plan.split("\n")) {
					String[] c = line.split("\t");
					// id select_type table type possible_keys key key_len ref rows Extra
					System.out.printf("  %-8s %-10s %-12s %-70s %-28s %-10s %s%n", c[1], c[2], c[3], c[4], c[5],
							c[8], (c.length > 9) ? c[9] : "");
				}
			}
		}
	}

}
