package vn.luutru.web;

import vn.luutru.support.ApiTest;

@ApiTest
class StrictBodyApiTest extends StrictBodyScenarios {

}
