// The hub's JSON API, as the pages call it: same origin, JSON bodies, problems thrown as ApiError.

/** A refusal of the hub: `type` is the problem type's last segment (e.g. "username-taken"). */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || problem?.title || `The hub answered ${status}.`);
        this.status = status;
        this.type = problem?.type ? problem.type.substring(problem.type.lastIndexOf("/") + 1) : `http-${status}`;
    }
}

/** Calls `method path` with an optional JSON body; answers the parsed JSON (or null for 204). */
export async function api(method, path, body) {
    const options = { method, headers: { Accept: "application/json" }, credentials: "same-origin" };
    if (body !== undefined) {
        options.headers["Content-Type"] = "application/json";
        options.body = typeof body === "string" ? body : JSON.stringify(body);
    }
    const answer = await fetch(path, options);
    if (answer.status === 204) {
        return null;
    }
    const json = await answer.json().catch(() => null);
    if (!answer.ok) {
        throw new ApiError(answer.status, json);
    }
    return json;
}
