package vn.luutru.dashboard;

import vn.luutru.support.ApiTest;

@ApiTest
class DashboardApiTest extends DashboardScenarios {

}
