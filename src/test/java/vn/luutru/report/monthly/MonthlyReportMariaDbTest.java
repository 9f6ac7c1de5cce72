package vn.luutru.report.monthly;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class MonthlyReportMariaDbTest extends MonthlyReportScenarios {

}
