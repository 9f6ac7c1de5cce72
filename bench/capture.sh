#!/usr/bin/env bash
# LuuTru capture benchmark.
#
# Uploads N distinct PDFs of K KB through the REST API (C concurrent clients, HTTP Basic,
# multipart) into LuuTru on H2 and/or MySQL/MariaDB, and prints documents/s, MB/s,
# latency and the server's peak heap. In the same run it measures the ceiling on the same
# database: the same documents hashed, written and fsynced plus one JDBC transaction per
# document with a document row and an audit row; LuuTru's rate is printed as a share of
# it. Finally one G GB document is streamed from disk to a server started with -Xmx256m.
#
# Usage:
#   bench/capture.sh [--db h2|mariadb|both] [--docs N] [--size-kb K] [--clients C]
#                    [--big-gb G] [--warmup W] [--skip-build] [--keep] [--profile]
#   defaults: --db both --docs 2000 --size-kb 100 --clients 4 --big-gb 1 --warmup 1000
#   (the warm-up lets the JIT finish compiling the request path: after only 200 uploads
#   the timed round still pays for compilation, about 20% of the server's CPU)
#   --big-gb 0 skips the big upload; --skip-build reuses the jar; --keep keeps the work
#   directory (logs, GC logs, content store) and the bench database; --profile records
#   the API runs with Java Flight Recorder and prints where the server's time goes (costs
#   about 10%: take the headline figures from a run without it).
#
# Environment (all optional):
#   BENCH_BUILD_DIR   Maven output folder, relative to the repository or absolute (target-bench)
#   BENCH_TMP         parent of the work directory (${TMPDIR:-/tmp}); use a real disk,
#                     not tmpfs, or fsync costs nothing
#   MARIADB_HOST/MARIADB_PORT/MARIADB_USER/MARIADB_PASSWORD   (127.0.0.1/3306/root/empty)
#   BENCH_DB_NAME     the database created and dropped for the run (luutru_bench)
#   BENCH_JDBC_PARAMS Connector/J options added to the URL (a=b&c=d); one that
#                     application-mysql.yaml also sets keeps the yaml's value on the server
#
# Needs: JDK 17 (java, javac, jar, jstat) and, for MariaDB, the mariadb (or mysql) client
# with a login that may create and drop BENCH_DB_NAME. Exit status is non-zero if an
# upload fails or the server does not start; a missed target is reported, not an error.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DB=both DOCS=2000 SIZE_KB=100 CLIENTS=4 BIG_GB=1 WARMUP=1000 SKIP_BUILD=0 KEEP=0 PROFILE=0
XMX_MB=1024 BIG_XMX_MB=256
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --docs) DOCS="$2"; shift 2 ;;
    --size-kb) SIZE_KB="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --big-gb) BIG_GB="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    --profile) PROFILE=1; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$DB" in
  h2) DBS="h2" ;; mariadb|mysql) DBS="mariadb" ;; both) DBS="h2 mariadb" ;;
  *) echo "--db must be h2, mariadb or both" >&2; exit 2 ;;
esac

BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
DB_HOST="${MARIADB_HOST:-127.0.0.1}" DB_PORT="${MARIADB_PORT:-3306}"
DB_USER="${MARIADB_USER:-root}" DB_PASSWORD="${MARIADB_PASSWORD:-}"
DB_NAME="${BENCH_DB_NAME:-luutru_bench}"
# The server takes its driver options from application-mysql.yaml (Hikari data-source
# properties), so the URL names only the bench database. BENCH_JDBC_PARAMS adds options to
# the URL, for the server and the ceiling alike, to try driver settings without a rebuild.
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME${BENCH_JDBC_PARAMS:+?$BENCH_JDBC_PARAMS}"
RUN_ID="$(date +%s)"
ADMIN=bench.admin ADMIN_PW="bench-admin-$RUN_ID"
WORK="$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/luutru-bench.XXXXXX")"
RESULTS="$WORK/results.properties"
APP_PID="" FAILED=1 DB_CREATED=0

LOG_TAG=bench
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
trap cleanup EXIT

client() { java -Xmx1g -cp "$WORK/classes:$WORK/lib/*" CaptureBench "$@"; }

# start_app <label> <h2|mariadb> <xmx MB> <max upload> [jfr file]: starts the jar on a free port.
start_app() {
  local label="$1" db="$2" xmx="$3" max_upload="$4" jfr="${5:-}"
  PORT="$(client free-port)"
  DATA="$WORK/data-$label" GC_LOG="$WORK/gc-$label.log" APP_LOG="$WORK/app-$label.log"
  mkdir -p "$DATA" "$WORK/tmp-$label"
  local args=("-Xmx${xmx}m" "-Xlog:gc:file=$GC_LOG" "-Djava.io.tmpdir=$WORK/tmp-$label")
  # Spring's request stacks run deeper than Flight Recorder's default of 64 frames; a cut
  # stack would be charged to "rest of the request" instead of its capture step.
  [ -z "$jfr" ] || args+=("-XX:FlightRecorderOptions:stackdepth=256"
    "-XX:StartFlightRecording=settings=$WORK/bench.jfc,filename=$jfr,dumponexit=true")
  args+=(-jar "$JAR"
    "--server.port=$PORT" "--luutru.data-dir=$DATA" "--luutru.content.max-upload-size=$max_upload"
    "--camunda.bpm.admin-user.id=$ADMIN" "--camunda.bpm.admin-user.password=$ADMIN_PW"
    "--camunda.bpm.admin-user.first-name=Bench" "--camunda.bpm.admin-user.last-name=Admin")
  if [ "$db" = h2 ]; then
    # No demo data: the default profile instead of application.yaml's "demo".
    java "${args[@]}" --spring.profiles.default=default >"$APP_LOG" 2>&1 &
  else
    LUUTRU_DB_URL="$DB_URL" LUUTRU_DB_USER="$DB_USER" LUUTRU_DB_PASSWORD="$DB_PASSWORD" \
      java "${args[@]}" --spring.profiles.active=mysql >"$APP_LOG" 2>&1 &
  fi
  APP_PID=$!
  log "$label: server pid $APP_PID on port $PORT (-Xmx${xmx}m), log $APP_LOG"
  if ! client wait --base "http://127.0.0.1:$PORT" --pid "$APP_PID" --timeout 300; then
    tail -n 60 "$APP_LOG" >&2
    exit 1
  fi
  log "$label: server answers"
}

common_args() {
  echo --run-id "$RUN_ID" --docs "$DOCS" --warmup "$WARMUP" --clients "$CLIENTS" --size-kb "$SIZE_KB" \
    --results "$RESULTS"
}

# The MariaDB server's pid, to charge its CPU time per document (local server only).
db_pid_args() {
  local pid=""
  [ "$1" = mariadb ] || return 0
  case "$DB_HOST" in 127.0.0.1|localhost) pid="$(pgrep -x mariadbd || pgrep -x mysqld || true)" ;; esac
  pid="${pid%%$'\n'*}"
  [ -n "$pid" ] && echo --db-pid "$pid" || true
}

# --- build -----------------------------------------------------------------------------
# The JDBC drivers for the ceiling come out of the application jar: the same versions.
build_jar 'h2|mysql-connector-j'
javac -d "$WORK/classes" "$ROOT"/bench/src/*.java
[ "$PROFILE" = 0 ] || client jfc --out "$WORK/bench.jfc"
log_machine

# --- capture through the API, then the ceiling, per database ----------------------------
for db in $DBS; do
  if [ "$db" = mariadb ]; then fresh_database; fi
  jfr=""; [ "$PROFILE" = 0 ] || jfr="$WORK/$db.jfr"
  start_app "$db" "$db" "$XMX_MB" 2GB "$jfr"
  status=()
  [ "$db" = h2 ] || status=(--status-url "$DB_URL" --status-user "$DB_USER" --status-password "$DB_PASSWORD")
  client upload --label "$db" --base "http://127.0.0.1:$PORT" --admin-user "$ADMIN" \
    --admin-password "$ADMIN_PW" --server-pid "$APP_PID" --gc-log "$GC_LOG" $(common_args) $(db_pid_args "$db") \
    ${status[@]+"${status[@]}"}
  stop_app
  [ -z "$jfr" ] || client profile --label "$db" --jfr "$jfr" --results "$RESULTS" | tee "$WORK/profile-$db.txt"
  if [ "$db" = h2 ]; then
    # The server's own H2 file, now that the server has closed it.
    url="jdbc:h2:file:$DATA/db/luutru;MODE=MySQL" user=sa password=""
  else
    url="$DB_URL" user="$DB_USER" password="$DB_PASSWORD"
  fi
  log "$db: ceiling (JDBC + fsync, $CLIENTS threads)"
  client ceiling --label "$db" --jdbc-url "$url" --jdbc-user "$user" --jdbc-password "$password" \
    --dir "$WORK/ceiling-$db" $(common_args) $(db_pid_args "$db")
  rm -rf "$WORK/ceiling-$db" "$DATA/content"
done

# --- one big document with a small heap ------------------------------------------------
if [ "$BIG_GB" != 0 ]; then
  db="${DBS%% *}"
  [ "$db" = mariadb ] && fresh_database
  max_upload="$(awk -v g="$BIG_GB" 'BEGIN { printf "%dGB", int(g) + 2 }')"
  start_app "big-$db" "$db" "$BIG_XMX_MB" "$max_upload"
  client big --label "$db" --gb "$BIG_GB" --base "http://127.0.0.1:$PORT" --admin-user "$ADMIN" \
    --admin-password "$ADMIN_PW" --server-pid "$APP_PID" --gc-log "$GC_LOG" --xmx-mb "$BIG_XMX_MB" \
    --dir "$WORK/big" --run-id "$RUN_ID" --results "$RESULTS"
  stop_app
fi

log "done; load $(cut -d' ' -f1-3 /proc/loadavg) (another busy process on the machine skews every figure)"
client summary --dbs "${DBS// /,}" --xmx-mb "$XMX_MB" $(common_args) | tee "$WORK/summary.txt"
for db in $DBS; do [ ! -f "$WORK/profile-$db.txt" ] || cat "$WORK/profile-$db.txt"; done
FAILED=0
