package vn.luutru.document;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class FormatIdentificationMariaDbTest extends FormatIdentificationScenarios {

}
