package vn.luutru.intake;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class IntakeMariaDbTest extends IntakeScenarios {

}
