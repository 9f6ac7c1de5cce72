package vn.luutru.file;

import vn.luutru.support.ApiTest;

@ApiTest
class FileClosingApiTest extends FileClosingScenarios {

}
