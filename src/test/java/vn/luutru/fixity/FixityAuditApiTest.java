package vn.luutru.fixity;

import vn.luutru.support.ApiTest;

@ApiTest
class FixityAuditApiTest extends FixityAuditScenarios {

}
