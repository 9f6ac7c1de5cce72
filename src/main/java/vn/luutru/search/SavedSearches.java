package vn.luutru.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.security.CurrentUsers;

/**
 * A user's saved searches. Every read and write is by the signed-in user's id: another
 * user's saved search is "not found", never shown or changed.
 */
@Service
class SavedSearches {

	static final int MAX_NAME = 200;

	private final SavedSearchMapper mapper;

	private final SearchService search;

	private final Clock clock;

	SavedSearches(SavedSearchMapper mapper, SearchService search, Clock clock) {
		this.mapper = mapper;
		this.search = search;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<SavedSearch> mine() {
		return this.mapper.findByOwner(owner());
	}

	@Transactional(readOnly = true)
	SavedSearch get(long id) {
		SavedSearch saved = this.mapper.findOwned(id, owner());
		if (saved == null) {
			throw new NotFoundException("saved_search", id);
		}
		return saved;
	}

	@Transactional
	SavedSearch create(SavedSearchRequest request) {
		SavedSearchMapper.NewSavedSearch row = checked(request);
		this.mapper.insert(row);
		return get(row.id);
	}

	@Transactional
	SavedSearch update(long id, SavedSearchRequest request) {
		SavedSearchMapper.NewSavedSearch row = checked(request);
		if (this.mapper.update(id, owner(), row) == 0) {
			throw new NotFoundException("saved_search", id);
		}
		return get(id);
	}

	@Transactional
	void delete(long id) {
		if (this.mapper.delete(id, owner()) == 0) {
			throw new NotFoundException("saved_search", id);
		}
	}

	/**
	 * The name given, and filters the search itself accepts (same messages as a search).
	 */
	private SavedSearchMapper.NewSavedSearch checked(SavedSearchRequest request) {
		Problems problems = new Problems();
		String name = (request != null) ? Text.line(request.name()) : null;
		if (name == null) {
			problems.add("name", "search.error.nameRequired");
		}
		else if (Text.tooLong(name, MAX_NAME)) {
			problems.add("name", "search.error.nameTooLong", MAX_NAME);
		}
		problems.throwIfAny();
		SearchFilters filters = request.filters();
		this.search.plan(filters, 0, 1);
		SearchFilters cleaned = new SearchFilters(Text.clean(filters.q()), Text.clean(filters.agencyCode()),
				filters.year(), Text.clean(filters.maintenanceCode()), Text.clean(filters.status()),
				Text.clean(filters.accessMode()), Text.clean(filters.documentType()), Text.clean(filters.sort()));
		return new SavedSearchMapper.NewSavedSearch(owner(), name, cleaned, Instant.now(this.clock));
	}

	private static String owner() {
		return CurrentUsers.require().userId();
	}

}
