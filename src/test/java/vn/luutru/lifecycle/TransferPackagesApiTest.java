package vn.luutru.lifecycle;

import vn.luutru.support.ApiTest;

@ApiTest
class TransferPackagesApiTest extends TransferPackagesScenarios {

}
