package vn.luutru.access;

import vn.luutru.support.ApiTest;

@ApiTest
class DisseminationApiTest extends DisseminationScenarios {

}
