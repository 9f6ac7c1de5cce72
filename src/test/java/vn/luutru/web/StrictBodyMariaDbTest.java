package vn.luutru.web;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class StrictBodyMariaDbTest extends StrictBodyScenarios {

}
