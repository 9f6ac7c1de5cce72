package vn.luutru.staff;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class StaffMariaDbTest extends StaffScenarios {

}
