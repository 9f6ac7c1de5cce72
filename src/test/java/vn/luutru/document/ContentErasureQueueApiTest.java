package vn.luutru.document;

import vn.luutru.support.ApiTest;

@ApiTest
class ContentErasureQueueApiTest extends ContentErasureQueueScenarios {

}
