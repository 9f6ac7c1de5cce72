package vn.luutru.file;

import vn.luutru.support.ApiTest;

@ApiTest
class FileApiTest extends FileApiScenarios {

}
