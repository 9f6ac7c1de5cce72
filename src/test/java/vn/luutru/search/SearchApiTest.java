package vn.luutru.search;

import vn.luutru.support.ApiTest;

@ApiTest
class SearchApiTest extends SearchScenarios {

}
