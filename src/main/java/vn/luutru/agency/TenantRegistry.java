package vn.luutru.agency;

/**
 * Keeps the process engine's tenants in step with agencies, so that tasks and filters can
 * be scoped by agency. Implemented next to the engine configuration.
 */
public interface TenantRegistry {

	void saveTenant(String agencyCode, String name);

}
