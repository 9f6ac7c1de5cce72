package vn.luutru.report;

import vn.luutru.support.ApiTest;

@ApiTest
class DeadlineReportApiTest extends DeadlineReportScenarios {

}
