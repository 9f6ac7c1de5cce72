package vn.luutru.batch;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.forms.DocumentNumbers;

/**
 * The number of a batch's minutes, "03/BB-SNV": the agency's next minutes of the year
 * (Vietnamese time), "BB", the agency's sign. Taken in the caller's transaction, so a
 * step that rolls back gives its number back; safe with several nodes (see V16).
 */
@Service
public class MinutesNumbers {

	private final MinutesNumberMapper mapper;

	private final BatchLetterhead names;

	private final Clock clock;

	MinutesNumbers(MinutesNumberMapper mapper, BatchLetterhead names, Clock clock) {
		this.mapper = mapper;
		this.names = names;
		this.clock = clock;
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
		try {
			this.mapper.insertSequence(agency.id(), year);
		}
		catch (DuplicateKeyException ex) {
			// another node opened the year's sequence first: take the next number from it
		}
		this.mapper.increment(agency.id(), year);
		int sequence = this.mapper.lastNumber(agency.id(), year);
		String number = DocumentNumbers.of(sequence, DocumentNumbers.MINUTES, this.names.abbreviation(agency));
		this.mapper.insertNumber(batch.id(), agency.id(), year, sequence, number);
		return number;
	}

}
