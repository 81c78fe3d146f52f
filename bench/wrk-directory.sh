#!/usr/bin/env bash
# Load test of the directory search page against a static file of the same HTML (bench/README in
# docs/PERFORMANCE.md). Loopback only, bounded runs. Usage: bench/wrk-directory.sh [seconds] [connections]
set -euo pipefail

DURATION="${1:-15}"
CONNECTIONS="${2:-16}"
PORT="${PORT:-5310}"
BASE="https://127.0.0.1:${PORT}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/coachregister-wrk.XXXXXX)"
DB="${WORK}/portal.db"
EMAIL="bench.staff@example.org"
PASSWORD="Copper kettle humming on the stove 42"
PORTAL_PID=""

cleanup() {
  if [[ -n "${PORTAL_PID}" ]]; then kill "${PORTAL_PID}" 2>/dev/null || true; wait "${PORTAL_PID}" 2>/dev/null || true; fi
  rm -rf "${WORK}"
}
trap cleanup EXIT

echo "== build (Release)"
dotnet build "${ROOT}/bench/CoachRegister.Benchmarks" -c Release -v q -nologo >/dev/null

echo "== seed 5,000 profiles into ${DB}"
dotnet "${ROOT}/bench/CoachRegister.Benchmarks/bin/Release/net10.0/CoachRegister.Benchmarks.dll" seed "${DB}" 5000

# The static comparison is served by the portal itself from a copy of its web root, so both runs go
# through the same Kestrel, middleware and security headers; only the page work differs.
cp -r "${ROOT}/src/CoachRegister.Web/wwwroot" "${WORK}/wwwroot"

# The portal only serves its forms over HTTPS (Secure cookies), so Kestrel gets a throw-away self-signed
# certificate for 127.0.0.1; curl and wrk do not verify it.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
  -keyout "${WORK}/key.pem" -out "${WORK}/cert.pem" >/dev/null 2>&1

echo "== start the portal on ${BASE}"
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__Default="Data Source=${DB}" \
Kestrel__Endpoints__Https__Url="${BASE}" \
Kestrel__Endpoints__Https__Certificate__Path="${WORK}/cert.pem" \
Kestrel__Endpoints__Https__Certificate__KeyPath="${WORK}/key.pem" \
Serilog__MinimumLevel__Default=Warning \
Serilog__WriteTo__1__Args__path="${WORK}/logs/portal-.log" \
  dotnet "${ROOT}/src/CoachRegister.Web/bin/Release/net10.0/CoachRegister.Web.dll" \
  --contentRoot "${ROOT}/src/CoachRegister.Web" --webroot "${WORK}/wwwroot" >"${WORK}/portal.out" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 1 60); do curl -kfs "${BASE}/health" >/dev/null && break; sleep 0.5; done
curl -kfs "${BASE}/health" >/dev/null || { cat "${WORK}/portal.out"; exit 1; }

# Signing in: fetch the sign-in form (antiforgery cookie and token), post the seeded staff member's e-mail
# and password, and keep the authentication cookie from Set-Cookie for wrk's Cookie header.
curl -ks -D "${WORK}/h1" -o "${WORK}/signin.html" "${BASE}/account/sign-in"
TOKEN="$(grep -o '<input[^>]*__RequestVerificationToken[^>]*>' "${WORK}/signin.html" | head -1 | grep -o 'value="[^"]*"' | sed 's/value="//; s/"$//' || true)"
[[ -n "${TOKEN}" ]] || { echo "No antiforgery token on the sign-in page"; exit 1; }
ANTIFORGERY="$(grep -i '^set-cookie: __Host-Antiforgery' "${WORK}/h1" | head -1 | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r' || true)"
curl -ks -D "${WORK}/h2" -o /dev/null -H "Cookie: ${ANTIFORGERY}" \
  --data-urlencode "Email=${EMAIL}" --data-urlencode "Password=${PASSWORD}" --data-urlencode "__RequestVerificationToken=${TOKEN}" \
  "${BASE}/account/sign-in"
AUTH="$(grep -i '^set-cookie: __Host-CoachRegister=' "${WORK}/h2" | head -1 | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r' || true)"
[[ -n "${AUTH}" ]] || { echo "Sign-in failed"; cat "${WORK}/h2"; exit 1; }

SEARCH="/coaches?q=leadership&format=Video"
curl -kfs -H "Cookie: ${AUTH}" "${BASE}/coaches" -o "${WORK}/wwwroot/directory.html"
grep -q 'id="results"' "${WORK}/wwwroot/directory.html" || { echo "The directory page did not render"; exit 1; }
echo "== page size: $(wc -c <"${WORK}/wwwroot/directory.html") bytes"

# Warm up JIT, EF query cache and connection pool before measuring.
wrk -t2 -c4 -d3s -H "Cookie: ${AUTH}" "${BASE}/coaches" >/dev/null

for target in "/coaches" "${SEARCH}" "/coaches?page=150&availability=all" "/directory.html"; do
  echo "== wrk -t2 -c${CONNECTIONS} -d${DURATION}s ${target}"
  wrk -t2 -c"${CONNECTIONS}" -d"${DURATION}s" --latency -H "Cookie: ${AUTH}" "${BASE}${target}" | grep -E "Latency|Req/Sec|Requests/sec|requests in|50%|99%|Non-2xx"
done
