package vn.luutru.dashboard;

import java.time.LocalDate;

/**
 * What the figures cover: one agency or all (null), one year of files or all (null), and
 * the day they are counted from.
 *
 * @param agencyId the agency whose files are counted; null for the province
 * @param agencyCode its code (the engine's tenant), null for the province
 * @param year the files' year (năm hình thành hồ sơ), null for every year
 */
public record DashboardScope(Long agencyId, String agencyCode, Integer year, LocalDate today) {

}
