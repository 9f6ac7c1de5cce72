package vn.luutru.access;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class DisseminationMariaDbTest extends DisseminationScenarios {

}
