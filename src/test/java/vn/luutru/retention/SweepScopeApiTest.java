package vn.luutru.retention;

import vn.luutru.support.ApiTest;

@ApiTest
class SweepScopeApiTest extends SweepScopeScenarios {

}
