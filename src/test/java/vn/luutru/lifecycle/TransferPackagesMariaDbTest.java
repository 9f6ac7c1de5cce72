package vn.luutru.lifecycle;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class TransferPackagesMariaDbTest extends TransferPackagesScenarios {

}
