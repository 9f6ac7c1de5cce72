package vn.luutru.intake;

import vn.luutru.support.ApiTest;

@ApiTest
class IntakeApiTest extends IntakeScenarios {

}
