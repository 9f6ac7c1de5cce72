package vn.luutru.schedule;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class ImportRowLimitMariaDbTest extends ImportRowLimitScenarios {

}
