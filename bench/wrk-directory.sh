#!/usr/bin/env bash
# Load test of the directory and the request pipeline (docs/PERFORMANCE.md). Each page is measured beside a
# static copy of its own HTML served by the same portal after the same middleware, alternately over several
# rounds after a warm-up, in Production at the production log level, with the cookies a browser holds.
# Loopback only, bounded runs.
#   bench/wrk-directory.sh [profiles] [seconds per run] [connections] [rounds]
# PUBLISHED=DIR runs a portal published before (dotnet publish -c Release -o DIR) instead of publishing this
# checkout, so a "before" build can be measured beside an "after" one in the same session.
set -euo pipefail

PROFILES="${1:-5000}"
DURATION="${2:-10}"
CONNECTIONS="${3:-16}"
ROUNDS="${4:-3}"
WARMUP="${WARMUP:-36}"
PEOPLE="${PEOPLE:-300000}"
PORT="${PORT:-5310}"
BASE="https://127.0.0.1:${PORT}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="${ROOT}/bench/CoachRegister.Benchmarks/bin/Release/net10.0/CoachRegister.Benchmarks.dll"
CACHE="${TMPDIR:-/tmp}/coachregister-bench"
SEEDED="${CACHE}/directory-${PROFILES}-${PEOPLE}.db"
WORK="$(mktemp -d /tmp/coachregister-wrk.XXXXXX)"
PASSWORD="Copper kettle humming on the stove 42"
PUBLISHED="${PUBLISHED:-}"
PORTAL_PID=""

cleanup() {
  if [[ -n "${PORTAL_PID}" ]]; then kill "${PORTAL_PID}" 2>/dev/null || true; wait "${PORTAL_PID}" 2>/dev/null || true; fi
  rm -rf "${WORK}"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

echo "== uptime at start: $(uptime)"
echo "== build the seeder, publish the portal (Release: compressed, fingerprinted assets as in a deployment)"
dotnet build "${ROOT}/bench/CoachRegister.Benchmarks" -c Release -v q -nologo >/dev/null
if [[ -n "${PUBLISHED}" ]]; then
  echo "   the portal published in ${PUBLISHED}"
  cp -r "${PUBLISHED}" "${WORK}/publish"
else
  dotnet publish "${ROOT}/src/CoachRegister.Web" -c Release -v q -nologo -o "${WORK}/publish" >/dev/null
fi

# Seeding 300,000 people takes minutes, so a seeded file is kept (the seed is fixed) and copied for each run.
if [[ ! -f "${SEEDED}" ]]; then
  echo "== seed ${PROFILES} profiles among ${PEOPLE} people into ${SEEDED}"
  dotnet "${BENCH}" seed "${SEEDED}.tmp" "${PROFILES}" "${PEOPLE}"
  mv "${SEEDED}.tmp" "${SEEDED}"
fi
cp "${SEEDED}" "${WORK}/portal.db"

# The static copies are served by the portal itself from a copy of its web root, after routing,
# authentication and authorization (UseStaticFiles comes after them), so only the page's own work differs.
mkdir -p "${WORK}/publish/wwwroot/bench"

# The portal's cookies are Secure, so even loopback is HTTPS, with a throw-away self-signed certificate.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
  -keyout "${WORK}/key.pem" -out "${WORK}/cert.pem" >/dev/null 2>&1

echo "== start the portal on ${BASE} (Production, log level from appsettings.json)"
# Production needs a public address and an SMTP host; nothing is sent during the run. Two-factor set-up is
# off so the HR admin can sign in with a password (the queue is the page measured, not the sign-in).
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__Default="Data Source=${WORK}/portal.db" \
Portal__PublicBaseUrl="${BASE}" \
Email__Smtp__Host=127.0.0.1 \
Email__Smtp__Port=2525 \
Accounts__RequireTwoFactorForPrivilegedRoles=false \
Kestrel__Endpoints__Https__Url="${BASE}" \
Kestrel__Endpoints__Https__Certificate__Path="${WORK}/cert.pem" \
Kestrel__Endpoints__Https__Certificate__KeyPath="${WORK}/key.pem" \
Serilog__WriteTo__1__Args__path="${WORK}/logs/portal-.log" \
  dotnet "${WORK}/publish/CoachRegister.Web.dll" --contentRoot "${WORK}/publish" >"${WORK}/portal.out" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 1 120); do curl -kfs "${BASE}/health" >/dev/null && break; sleep 0.5; done
curl -kfs "${BASE}/health" >/dev/null || { cat "${WORK}/portal.out"; exit 1; }

cookie() { grep -i "^set-cookie: $1=" "$2" | tail -1 | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r' || true; }

# Signs in as $1 as a browser does: the sign-in form gives the antiforgery cookie and token, the POST gives the
# authentication cookie. Prints "auth-cookie; antiforgery-cookie", the Cookie header a browser would send.
sign_in() {
  curl -ks -D "${WORK}/h1" -o "${WORK}/signin.html" "${BASE}/account/sign-in"
  local token antiforgery auth
  token="$(grep -o '<input[^>]*__RequestVerificationToken[^>]*>' "${WORK}/signin.html" | head -1 | grep -o 'value="[^"]*"' | sed 's/value="//; s/"$//')"
  antiforgery="$(cookie __Host-Antiforgery "${WORK}/h1")"
  curl -ks -D "${WORK}/h2" -o /dev/null -H "Cookie: ${antiforgery}" \
    --data-urlencode "Email=$1" --data-urlencode "Password=${PASSWORD}" --data-urlencode "__RequestVerificationToken=${token}" \
    "${BASE}/account/sign-in"
  auth="$(cookie __Host-CoachRegister "${WORK}/h2")"
  [[ -n "${auth}" ]] || { echo "Sign-in of $1 failed" >&2; cat "${WORK}/h2" >&2; exit 1; }
  echo "${auth}; ${antiforgery}"
}

# Takes whatever the portal renews (the sign-in cookie after its interval), as a browser would before the next run.
refresh() {
  local jar="$1" name="$2" renewed
  curl -ks -D "${WORK}/hr" -o /dev/null -H "Cookie: ${!jar}" "${BASE}/cookies"
  renewed="$(cookie __Host-CoachRegister "${WORK}/hr")"
  if [[ -n "${renewed}" ]]; then
    printf -v "${jar}" '%s' "${renewed}; ${!jar#*; }"
  fi
}

STAFF="$(sign_in bench.staff@example.org)"
HR="$(sign_in bench.hr@example.org)"
PROFILE="$(curl -ks -H "Cookie: ${STAFF}" "${BASE}/coaches" | grep -o 'href="/coaches/[0-9a-f-]\{36\}' | head -1 | sed 's/href="//')"
[[ -n "${PROFILE}" ]] || { echo "The directory listed no profile"; exit 1; }

# name | address | who | static copy
TARGETS=(
  "directory|/coaches|STAFF|directory"
  "directory-text|/coaches?q=leadership&format=Video|STAFF|directory-text"
  "directory-deep|/coaches?page=150&availability=all|STAFF|directory-deep"
  "profile|${PROFILE}|STAFF|profile"
  "hr-queue|/hr/applications|HR|hr-queue"
  "no-database|/cookies|STAFF|no-database"
)
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name url who copy <<<"${t}"
  curl -ksf -H "Cookie: ${!who}" "${BASE}${url}" -o "${WORK}/publish/wwwroot/bench/${copy}.html" || { echo "${url} failed"; exit 1; }
  echo "== ${name}: ${url}, $(wc -c <"${WORK}/publish/wwwroot/bench/${copy}.html") bytes"
done
grep -q 'id="results"' "${WORK}/publish/wwwroot/bench/directory.html" || { echo "The directory page did not render"; exit 1; }

# What a first visit downloads: the page's style sheets and script, as sent (Brotli) and unpacked.
ASSETS="$(grep -o '\(href\|src\)="/\(css\|js\|brand\)[^"]*"' "${WORK}/publish/wwwroot/bench/directory.html" | sed 's/^[a-z]*="//; s/"$//')"
wire=0; plain=0
for asset in ${ASSETS}; do
  w="$(curl -ks -H 'Accept-Encoding: br, gzip' -H "Cookie: ${STAFF}" -o /dev/null -w '%{size_download}' "${BASE}${asset}")"
  p="$(curl -ks --compressed -H "Cookie: ${STAFF}" "${BASE}${asset}" | wc -c)"
  echo "   ${asset}: ${p} bytes, ${w} on the wire"
  wire=$((wire + w)); plain=$((plain + p))
done
echo "== CSS and JS of a page: ${plain} bytes, ${wire} on the wire"

# The portal's own CPU time (user and system, from /proc) over a run, per request: on shared cores, where requests a
# second swing with the neighbours' load, the page's cost against its static copy's is the steadier comparison.
TICKS="$(getconf CLK_TCK)"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${PORTAL_PID}/stat"; }
run() { # who url seconds: requests a second, p50, p95, p99, non-2xx, requests, portal CPU microseconds a request
  local before after result
  before="$(cpu_ticks)"
  result="$(wrk -t2 -c"${CONNECTIONS}" -d"$3s" -s "${ROOT}/bench/wrk-report.lua" -H "Cookie: ${!1}" "${BASE}$2" | grep '^RESULT' | cut -d' ' -f2-)"
  after="$(cpu_ticks)"
  local requests; requests="$(echo "${result}" | cut -d' ' -f6)"
  echo "${result} $(( (after - before) * 1000000 / TICKS / (requests > 0 ? requests : 1) ))"
}

echo "== warm-up, ${WARMUP} s across every target"
per=$(( (WARMUP + ${#TARGETS[@]} - 1) / ${#TARGETS[@]} ))
for t in "${TARGETS[@]}"; do IFS='|' read -r _ url who _ <<<"${t}"; run "${who}" "${url}" "${per}" >/dev/null; done

declare -A RESULTS
for round in $(seq 1 "${ROUNDS}"); do
  echo "== round ${round}: $(uptime)"
  for t in "${TARGETS[@]}"; do
    IFS='|' read -r name url who copy <<<"${t}"
    refresh "${who}" "${name}"
    RESULTS["${name}|${round}"]="$(run "${who}" "${url}" "${DURATION}")"
    RESULTS["${name}-static|${round}"]="$(run "${who}" "/bench/${copy}.html" "${DURATION}")"
    echo "   ${name}: ${RESULTS["${name}|${round}"]}   static copy: ${RESULTS["${name}-static|${round}"]}"
  done
done
echo "== uptime at end: $(uptime)"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
field() { for r in $(seq 1 "${ROUNDS}"); do echo "${RESULTS["$1|${r}"]}" | cut -d' ' -f"$2"; done | median; }
STATIC="$(field directory-static 1)"
echo
echo "${PROFILES} profiles, ${PEOPLE} people, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s, medians"
printf '| %-15s | %9s | %8s | %8s | %12s | %9s | %14s | %9s | %10s | %11s |\n' target "req/s" "p50 ms" "p95 ms" "static req/s" "of copy" "of dir. static" "non-2xx" "CPU us/req" "CPU of copy"
printf '|%s|\n' "-----------------|----------:|---------:|---------:|-------------:|----------:|---------------:|----------:|-----------:|------------:"
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name _ _ _ <<<"${t}"
  rps="$(field "${name}" 1)"; p50="$(field "${name}" 2)"; p95="$(field "${name}" 3)"; bad="$(field "${name}" 5)"
  copy="$(field "${name}-static" 1)"; cpu="$(field "${name}" 7)"; copy_cpu="$(field "${name}-static" 7)"
  printf '| %-15s | %9.0f | %8.2f | %8.2f | %12.0f | %8.1f%% | %13.1f%% | %9s | %10.0f | %10.1f%% |\n' "${name}" "${rps}" "${p50}" "${p95}" "${copy}" \
    "$(echo "100 * ${rps} / ${copy}" | bc -l)" "$(echo "100 * ${rps} / ${STATIC}" | bc -l)" "${bad}" "${cpu}" "$(echo "100 * ${copy_cpu} / ${cpu}" | bc -l)"
done
