package vn.luutru.access;

/** An approver's answer: APPROVE or REJECT, and the reason of a rejection. */
public record DecisionRequest(String decision, String reason) {

}
