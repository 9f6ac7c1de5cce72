package vn.luutru.audit;

import vn.luutru.support.ApiTest;

@ApiTest
class AuditCheckpointApiTest extends AuditCheckpointScenarios {

}
