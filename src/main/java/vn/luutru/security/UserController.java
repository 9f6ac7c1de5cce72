package vn.luutru.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Người dùng / Users")
class UserController {

	private final UserService users;

	private final OwnAccount own;

	private final LoginLocks locks;

	private final AccountStatus status;

	UserController(UserService users, OwnAccount own, LoginLocks locks, AccountStatus status) {
		this.users = users;
		this.own = own;
		this.locks = locks;
		this.status = status;
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

	@PutMapping("/me")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Sửa họ tên, thư điện tử của mình / Change one's own name and e-mail")
	void changeProfile(@RequestBody ProfileRequest request) {
		this.own.changeProfile(request);
	}

	@PutMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Đổi mật khẩu của mình / Change one's own password")
	void changePassword(@RequestBody PasswordChangeRequest request) {
		this.own.changePassword(request);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm người dùng / Create a user")
	UserView create(@RequestBody UserRequest request) {
		return this.users.create(request);
	}

	@PutMapping("/{userId}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Đặt lại mật khẩu cho người dùng khác / Reset another user's password")
	void resetPassword(@PathVariable String userId, @RequestBody PasswordResetRequest request) {
		this.users.resetPassword(userId, request);
	}

	@PostMapping("/{userId}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mở khoá đăng nhập sau nhiều lần sai mật khẩu / Unlock a login locked by wrong passwords")
	void unlock(@PathVariable String userId) {
		this.locks.unlock(userId);
	}

	@PostMapping("/{userId}/disable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Vô hiệu hoá đăng nhập / Disable a login")
	void disable(@PathVariable String userId) {
		this.status.disable(userId);
	}

	@PostMapping("/{userId}/enable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Cho đăng nhập lại / Enable a login again")
	void enable(@PathVariable String userId) {
		this.status.enable(userId);
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Xoá người dùng khác / Delete another user")
	void delete(@PathVariable String userId) {
		this.users.delete(userId);
	}

}
