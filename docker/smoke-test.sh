#!/bin/bash
# Builds the hub's image and checks it as an operator would run it: read-only root, a tmpfs /tmp, a data
# volume, no capabilities, no new privileges, and no network but its own loopback. Prints one line per check
# and exits non-zero when any fails.
#   CONTAINER_ENGINE   docker-compatible CLI (default: docker)
#   IMAGE              tag to build (default: axiom-hub:smoke-test)
set -uo pipefail
cd "$(dirname "$0")/.."

engine="${CONTAINER_ENGINE:-docker}"
image="${IMAGE:-axiom-hub:smoke-test}"
container="axiom-hub-smoke-$$"
volume="axiom-hub-smoke-data-$$"
failures=0

report() { # status name detail
    printf '%-4s %-22s %s\n' "$1" "$2" "$3"
    [ "$1" = PASS ] || failures=$((failures + 1))
}
check() { # name detail command...
    local name="$1" detail="$2"
    shift 2
    if "$@" >/dev/null 2>&1; then report PASS "$name" "$detail"; else report FAIL "$name" "$detail"; fi
}
in_container() {
    "$engine" exec "$container" "$@"
}
# An HTTP/1.0 GET inside the container, with bash alone: the image has no curl or wget.
http_get() {
    in_container bash -c "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET $1 HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && cat <&3"
}
cleanup() {
    "$engine" rm -f "$container" >/dev/null 2>&1
    "$engine" volume rm -f "$volume" >/dev/null 2>&1
    [ -n "${context:-}" ] && rm -rf "$context" "$context.secrets"
}
trap cleanup EXIT

# --- build: without the layer cache, then again after one Java file changed --------------------------------
context=$(mktemp -d)
tar --exclude=./target --exclude=./data --exclude=./.git -cf - . | tar -xf - -C "$context"
start=$(date +%s)
if "$engine" build --no-cache -f docker/Dockerfile -t "$image" "$context" >"$context.build.log" 2>&1; then
    report PASS "build" "without layer cache in $(( $(date +%s) - start )) s (Maven repository from the build cache mount)"
else
    report FAIL "build" "see $context.build.log"; tail -30 "$context.build.log"; exit 1
fi
echo "// changed by the smoke test at $(date +%s%N)" >> "$context/src/main/java/com/unggulaxiom/hub/web/HubApplication.java"
start=$(date +%s)
"$engine" build -f docker/Dockerfile -t "$image" "$context" >"$context.rebuild.log" 2>&1
rebuild=$(( $(date +%s) - start ))
if ! grep -q "BUILD SUCCESS" "$context.rebuild.log"; then
    report FAIL "rebuild" "one Java file changed, but the WAR was not rebuilt"
elif grep -qiE "Downloading|Downloaded from" "$context.rebuild.log"; then
    report FAIL "rebuild" "one Java file changed: $rebuild s, but Maven downloaded again"
else
    report PASS "rebuild" "one Java file changed: $rebuild s, dependency layer reused"
fi

size=$("$engine" image inspect --format '{{.Size}}' "$image")
size_mb=$(( size / 1000000 ))
if [ "$size_mb" -lt 250 ]; then report PASS "image size" "$size_mb MB uncompressed (target < 250 MB)"; else report FAIL "image size" "$size_mb MB uncompressed (target < 250 MB)"; fi

# --- run it locked down ---------------------------------------------------------------------------------------
"$engine" volume create "$volume" >/dev/null
# A configuration value from a mounted secret file, as compose and Kubernetes mount them.
secrets="$context.secrets"
mkdir -p "$secrets" && printf 'Axiom Hub (smoke test)\n' > "$secrets/axiom.rp.name" && chmod -R a+rX "$secrets"
start=$(date +%s)
"$engine" run -d --name "$container" --network none --read-only --tmpfs /tmp:rw,exec,size=512m \
    --cap-drop ALL --security-opt no-new-privileges -v "$volume:/var/lib/axiom-hub" -v "$secrets:/run/secrets:ro" \
    -e AXIOM_RP_ID=localhost -e AXIOM_ORIGINS=http://localhost:8080 "$image" >/dev/null
ready=""
for _ in $(seq 1 180); do
    if in_container /opt/axiom-hub/healthcheck.sh; then ready=$(( $(date +%s) - start )); break; fi
    sleep 1
done
if [ -n "$ready" ]; then
    report PASS "ready" "/health/ready answered 200 in $ready s (read-only root, no capabilities)"
else
    report FAIL "ready" "/health/ready did not answer 200 within 180 s"; "$engine" logs "$container" 2>&1 | tail -40
    exit 1
fi

uid=$(in_container sh -c 'awk "/^Uid:/ {print \$2}" /proc/1/status')
expected=$(in_container id -u axiom)
if [ -n "$uid" ] && [ "$uid" != 0 ] && [ "$uid" = "$expected" ]; then report PASS "process user" "uid $uid = axiom, not root"; else report FAIL "process user" "uid '$uid', axiom is '$expected'"; fi

headers=$(http_get /)
missing=""
for header in "X-Frame-Options: DENY" "X-Content-Type-Options: nosniff" "Content-Security-Policy: default-src 'self'" \
              "Strict-Transport-Security:" "Cross-Origin-Opener-Policy: same-origin" "Permissions-Policy: publickey-credentials-get=(self)" \
              "Referrer-Policy: no-referrer"; do
    grep -qiF "$header" <<<"$headers" || missing="$missing [$header]"
done
grep -qi '^Server:' <<<"$headers" && missing="$missing [Server banner present]"
if [ -z "$missing" ]; then report PASS "security headers" "all present, no Server banner"; else report FAIL "security headers" "missing:$missing"; fi

options=$(in_container bash -c "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'POST /api/webauthn/registration/options HTTP/1.0\r\nHost: localhost\r\nOrigin: http://localhost:8080\r\nContent-Type: application/json\r\nContent-Length: 22\r\n\r\n{\"username\":\"smoke-1\"}' >&3 && cat <&3")
if grep -qF '"name":"Axiom Hub (smoke test)"' <<<"$options"; then report PASS "secret files" "axiom.rp.name read from /run/secrets"; else report FAIL "secret files" "${options:0:200}"; fi

tools=$(in_container bash -c 'for t in javac jlink gcc cc curl wget; do command -v $t; done; echo checked')
if [ "$tools" = checked ]; then report PASS "no tools" "no compiler, no curl, no wget"; else report FAIL "no tools" "found or not checked: $tools"; fi
packages=$(in_container bash -c 'apt-get install -y --no-download curl >/dev/null 2>&1 && echo apt; dpkg --install /dev/null >/dev/null 2>&1 && echo dpkg; echo checked')
if [ "$packages" = checked ]; then
    report PASS "no package manager" "apt-get and dpkg refuse the user axiom"
else
    report FAIL "no package manager" "usable or not checked: $packages"
fi

start=$(date +%s)
"$engine" stop -t 30 "$container" >/dev/null
stopped=$(( $(date +%s) - start ))
status=$("$engine" inspect --format '{{.State.ExitCode}}' "$container")
# 143 = the JVM ran its shutdown hooks on SIGTERM (Payara Micro stops its server); 137 would be a SIGKILL.
if [ "$stopped" -le 15 ] && { [ "$status" = 143 ] || [ "$status" = 0 ]; }; then
    report PASS "SIGTERM" "stopped cleanly in $stopped s (exit $status: shutdown hooks ran)"
else
    report FAIL "SIGTERM" "took $stopped s, exit $status"
fi

echo "smoke test: $failures failed check(s)"
exit $(( failures > 0 ))
