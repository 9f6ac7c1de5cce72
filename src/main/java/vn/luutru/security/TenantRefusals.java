package vn.luutru.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} answers 403, not 500, when a user acts on another agency's task or
 * process: the engine's tenant check refuses it (ENGINE-13034, "belongs to no
 * authenticated tenant") as a plain engine error.
 */
@Component
class TenantRefusals implements ResourceConfigCustomizer {

	static final String TENANT_REFUSED = "ENGINE-13034";

	@Override
	public void customize(ResourceConfig config) {
		config.register(new StatusFilter());
	}

	static final class StatusFilter implements ContainerResponseFilter {

		@Override
		public void filter(ContainerRequestContext request, ContainerResponseContext response) {
			if (response.getStatus() == Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
					&& response.getEntity() instanceof ExceptionDto error && error.getMessage() != null
					&& error.getMessage().contains(TENANT_REFUSED)) {
				response.setStatus(Response.Status.FORBIDDEN.getStatusCode());
			}
		}

	}

}
