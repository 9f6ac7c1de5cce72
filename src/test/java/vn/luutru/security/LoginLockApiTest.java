package vn.luutru.security;

import vn.luutru.support.ApiTest;

/** The login lock on H2. */
@ApiTest
class LoginLockApiTest extends LoginLockScenarios {

}
