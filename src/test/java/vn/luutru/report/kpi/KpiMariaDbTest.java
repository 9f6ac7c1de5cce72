package vn.luutru.report.kpi;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class KpiMariaDbTest extends KpiScenarios {

}
