package vn.luutru.batch;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.agency.Agency;
import vn.luutru.forms.DocumentNumbers;

/**
 * The number of a batch's minutes, "03/BB-SNV": the agency's next minutes of the year
 * (Vietnamese time), "BB", the agency's sign. Taken in the caller's transaction, so a
 * step that rolls back gives its number back. Safe with several nodes: the year's row is
 * opened in a transaction of its own, then each number is taken by one update, which
 * locks the row until the step commits. Opening the row in the step itself made InnoDB
 * deadlock two nodes (the shared locks of an insert that finds a duplicate, then both
 * updating).
 */
@Service
public class MinutesNumbers {

	private final MinutesNumberMapper mapper;

	private final BatchLetterhead names;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	MinutesNumbers(MinutesNumberMapper mapper, BatchLetterhead names, Clock clock,
			PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.names = names;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The batch's minutes number, the same on every call for one batch. */
	@Transactional
	public String of(Batch batch) {
		String kept = this.mapper.findNumber(batch.id());
		if (kept != null) {
			return kept;
		}
		Agency agency = this.names.agency(batch);
		int year = LocalDate.now(this.clock).getYear();
		if (this.mapper.increment(agency.id(), year) == 0) {
			openYear(agency.id(), year);
			this.mapper.increment(agency.id(), year);
		}
		int sequence = this.mapper.lastNumber(agency.id(), year);
		String number = DocumentNumbers.of(sequence, DocumentNumbers.MINUTES, this.names.abbreviation(agency));
		this.mapper.insertNumber(batch.id(), agency.id(), year, sequence, number);
		return number;
	}

	private void openYear(long agencyId, int year) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.mapper.insertSequence(agencyId, year));
		}
		catch (DuplicateKeyException ex) {
			// another node opened the year first: its row is there to count on
		}
	}

}
