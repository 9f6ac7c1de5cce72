package vn.luutru.dashboard;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class DashboardMariaDbTest extends DashboardScenarios {

}
