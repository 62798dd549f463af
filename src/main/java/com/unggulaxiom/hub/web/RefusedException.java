package com.unggulaxiom.hub.web;

/** The hub refuses a request for {@link #refusal()}; the message is safe to show to the caller. */
public class RefusedException extends RuntimeException {

    private final Refusal refusal;

    public RefusedException(Refusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public RefusedException(Refusal refusal, String detail, Throwable cause) {
        super(detail, cause);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
