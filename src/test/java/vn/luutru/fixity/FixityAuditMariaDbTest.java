package vn.luutru.fixity;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class FixityAuditMariaDbTest extends FixityAuditScenarios {

}
