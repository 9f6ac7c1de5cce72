package vn.luutru.report;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** The files and documents of a mục lục, streamed. */
@Mapper
interface CatalogueMapper {

	Long batchAgency(@Param("id") long id);

	Cursor<CatalogueFile> files(@Param("scope") CatalogueScope scope, @Param("visibleAgencyId") Long visibleAgencyId,
			@Param("agencyId") Long agencyId);

	Cursor<CatalogueDocument> documents(@Param("scope") CatalogueScope scope,
			@Param("visibleAgencyId") Long visibleAgencyId, @Param("agencyId") Long agencyId);

}
