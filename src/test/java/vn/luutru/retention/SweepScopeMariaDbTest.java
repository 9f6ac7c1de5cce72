package vn.luutru.retention;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class SweepScopeMariaDbTest extends SweepScopeScenarios {

}
