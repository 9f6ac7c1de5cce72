package vn.luutru.lifecycle;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class LongStepsMariaDbTest extends LongStepsScenarios {

}
