package vn.luutru.staff;

import vn.luutru.support.ApiTest;

@ApiTest
class StaffApiTest extends StaffScenarios {

}
