package vn.luutru.agency;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class AgencyTreeMariaDbTest extends AgencyTreeScenarios {

}
