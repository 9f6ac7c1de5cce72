package vn.luutru.hostile;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class HostileOfficerMariaDbTest extends HostileOfficerScenarios {

}
