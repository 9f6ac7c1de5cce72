package vn.luutru.receipt;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class ReceiptMariaDbTest extends ReceiptScenarios {

}
