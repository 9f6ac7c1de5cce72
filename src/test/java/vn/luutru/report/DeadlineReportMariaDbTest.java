package vn.luutru.report;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class DeadlineReportMariaDbTest extends DeadlineReportScenarios {

}
