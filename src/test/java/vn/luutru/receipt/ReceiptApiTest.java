package vn.luutru.receipt;

import vn.luutru.support.ApiTest;

@ApiTest
class ReceiptApiTest extends ReceiptScenarios {

}
