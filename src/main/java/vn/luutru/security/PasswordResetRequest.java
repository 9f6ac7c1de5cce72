package vn.luutru.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new password an administrator sets for another user (who forgot his). */
public record PasswordResetRequest(@NotBlank @Size(max = 128) String newPassword) {

}
