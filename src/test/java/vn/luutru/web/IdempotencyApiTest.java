package vn.luutru.web;

import vn.luutru.support.ApiTest;

@ApiTest
class IdempotencyApiTest extends IdempotencyScenarios {

}
