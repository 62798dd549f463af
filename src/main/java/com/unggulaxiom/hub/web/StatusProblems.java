package com.unggulaxiom.hub.web;

/**
 * The problems that only an HTTP status explains (no route, wrong method, server fault), shared by the
 * JAX-RS mappers and the container's error page so that the same status always reads the same.
 */
final class StatusProblems {

    private StatusProblems() {
    }

    /** The problem for {@code status}, with a detail that never echoes anything the caller sent. */
    static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Refusal.MALFORMED_REQUEST.problem("The request could not be understood.");
            case 401 -> Refusal.UNAUTHENTICATED.problem("Sign in with a passkey to use this resource.");
            case 403 -> Problem.of("forbidden", "Forbidden", 403,
                    "This request is not allowed.");
            case 404 -> Problem.of("not-found", "Not found", 404,
                    "There is nothing at this address.");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405,
                    "This address does not accept that method.");
            case 406 -> Problem.of("not-acceptable", "Not acceptable", 406,
                    "This address cannot answer in the media type asked for.");
            case 413 -> Refusal.BODY_TOO_LARGE.problem("The request body is larger than this address accepts.");
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "Send the request body as application/json.");
            case 503 -> Problem.of("unavailable", "Service unavailable", 503,
                    "The hub cannot serve this request right now; try again shortly.");
            default -> status >= 500
                    ? Problem.of("internal-error", "Internal error", status,
                            "The hub failed to answer this request. The failure has been logged.")
                    : Problem.of("http-" + status, "Request refused", status, null);
        };
    }
}
