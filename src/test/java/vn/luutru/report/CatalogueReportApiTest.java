package vn.luutru.report;

import vn.luutru.support.ApiTest;

@ApiTest
class CatalogueReportApiTest extends CatalogueReportScenarios {

}
