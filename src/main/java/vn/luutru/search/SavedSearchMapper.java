package vn.luutru.search;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Saved searches, always read and written by their owner's id. */
@Mapper
interface SavedSearchMapper {

	List<SavedSearch> findByOwner(String ownerId);

	SavedSearch findOwned(@Param("id") long id, @Param("ownerId") String ownerId);

	void insert(@Param("s") NewSavedSearch search);

	int update(@Param("id") long id, @Param("ownerId") String ownerId, @Param("s") NewSavedSearch search);

	int delete(@Param("id") long id, @Param("ownerId") String ownerId);

	/** The values written; {@code id} is set by the insert. */
	final class NewSavedSearch {

		Long id;

		String ownerId;

		String name;

		SearchFilters filters;

		Instant at;

		NewSavedSearch(String ownerId, String name, SearchFilters filters, Instant at) {
			this.ownerId = ownerId;
			this.name = name;
			this.filters = filters;
			this.at = at;
		}

	}

}
