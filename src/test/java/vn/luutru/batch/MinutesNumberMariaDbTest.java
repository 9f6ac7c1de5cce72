package vn.luutru.batch;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class MinutesNumberMariaDbTest extends MinutesNumberScenarios {

}
