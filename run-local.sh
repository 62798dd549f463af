#!/bin/sh
# Builds the hub and runs it on http://localhost:8080 with the local profile: relying party "localhost", an H2
# file database under ./data (kept across restarts), the data grid on loopback only. Ctrl-C stops it.
# Needs a JDK 21 or newer: JAVA_HOME, or java on the PATH.
set -eu
cd "$(dirname "$0")"

if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
release=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${release:-0}" -lt 21 ]; then
    echo "Axiom Hub needs Java 21 or newer; $JAVA is ${release:-unknown}. Set JAVA_HOME to a newer JDK." >&2
    exit 1
fi

./mvnw --batch-mode --quiet package -DskipTests
mkdir -p data
# A fresh runtime directory each start: Payara Micro would otherwise also redeploy the previous build.
rm -rf target/payara-runtime

exec "$JAVA" \
    -Dmp.config.profile=local \
    -Daxiom.http.address=127.0.0.1 \
    -Dhazelcast.socket.bind.any=false \
    -jar target/payara-micro.jar \
    --deploy target/axiom-hub.war \
    --port 8080 \
    --prebootcommandfile server-config/pre-boot-commands.asadmin \
    --rootdir target/payara-runtime \
    --clustermode tcpip:127.0.0.1:6900 \
    --interfaces 127.0.0.1 \
    --startport 6900 \
    --disablephonehome
