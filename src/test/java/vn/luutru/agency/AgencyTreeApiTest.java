package vn.luutru.agency;

import vn.luutru.support.ApiTest;

@ApiTest
class AgencyTreeApiTest extends AgencyTreeScenarios {

}
