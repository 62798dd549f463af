#!/bin/bash
# Container health: the hub's readiness, over the loopback, with nothing but bash (no curl in the image).
exec 3<>/dev/tcp/127.0.0.1/8080 || exit 1
printf 'GET /health/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
read -r -t 5 status <&3 || exit 1
[[ "$status" == *" 200 "* ]]
