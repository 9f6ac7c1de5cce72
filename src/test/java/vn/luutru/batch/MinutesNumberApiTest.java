package vn.luutru.batch;

import vn.luutru.support.ApiTest;

@ApiTest
class MinutesNumberApiTest extends MinutesNumberScenarios {

}
