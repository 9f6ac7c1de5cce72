package vn.luutru.schedule;

import vn.luutru.support.ApiTest;

@ApiTest
class ImportRowLimitApiTest extends ImportRowLimitScenarios {

}
