package vn.luutru.security;

import vn.luutru.support.MariaDbApiTest;

/** The login lock on MariaDB, where every node of a cluster reads it. */
@MariaDbApiTest
class LoginLockMariaDbTest extends LoginLockScenarios {

}
