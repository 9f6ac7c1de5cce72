package vn.luutru.lifecycle;

import vn.luutru.support.ApiTest;

@ApiTest
class TaskAnswersApiTest extends TaskAnswersScenarios {

}
