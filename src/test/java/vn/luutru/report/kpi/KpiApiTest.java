package vn.luutru.report.kpi;

import vn.luutru.support.ApiTest;

@ApiTest
class KpiApiTest extends KpiScenarios {

}
