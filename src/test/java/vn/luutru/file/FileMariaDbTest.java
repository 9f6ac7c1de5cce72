package vn.luutru.file;

import vn.luutru.support.MariaDbApiTest;

@MariaDbApiTest
class FileMariaDbTest extends FileApiScenarios {

}
