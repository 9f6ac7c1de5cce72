package vn.luutru.document;

import vn.luutru.support.ApiTest;

@ApiTest
class FormatIdentificationApiTest extends FormatIdentificationScenarios {

}
