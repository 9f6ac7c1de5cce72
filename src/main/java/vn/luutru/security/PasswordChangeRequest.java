package vn.luutru.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's new password, with the current one as proof. */
public record PasswordChangeRequest(@NotBlank String currentPassword, @NotBlank @Size(max = 128) String newPassword) {

}
