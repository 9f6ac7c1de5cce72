package vn.luutru.hold;

import jakarta.validation.constraints.Size;

/** Lifting a hold needs a reason too. */
public record LiftRequest(@Size(max = 2000) String reason) {

}
