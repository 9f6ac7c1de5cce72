package vn.luutru.audit;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class AuditCheckpointMariaDbTest extends AuditCheckpointScenarios {

}
