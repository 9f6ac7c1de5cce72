package vn.luutru.file;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class FileClosingMariaDbTest extends FileClosingScenarios {

}
