package vn.luutru.search;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class SearchMariaDbTest extends SearchScenarios {

}
