package vn.luutru.hostile;

import vn.luutru.support.ApiTest;

@ApiTest
class HostileOfficerApiTest extends HostileOfficerScenarios {

}
