package vn.luutru.report.monthly;

import vn.luutru.support.ApiTest;

@ApiTest
class MonthlyReportApiTest extends MonthlyReportScenarios {

}
