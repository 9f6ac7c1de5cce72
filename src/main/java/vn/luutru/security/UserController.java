package vn.luutru.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Người dùng / Users")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Danh sách người dùng / List users")
	List<UserView> list() {
		return this.users.list();
	}

	@GetMapping("/me")
	@Operation(summary = "Người dùng hiện tại / The signed-in user")
	CurrentUser me() {
		return CurrentUsers.require();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm người dùng / Create a user")
	UserView create(@RequestBody UserRequest request) {
		return this.users.create(request);
	}

}
