package vn.luutru.lifecycle;

import vn.luutru.support.ApiTest;

@ApiTest
class LongStepsApiTest extends LongStepsScenarios {

}
