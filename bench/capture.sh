#!/usr/bin/env bash
# LuuTru capture benchmark.
#
# Uploads N distinct PDFs of K KB through the REST API (C concurrent clients, HTTP Basic,
# multipart) into LuuTru on H2 and/or MySQL/MariaDB, and prints documents/s, MB/s,
# latency, the server's CPU per document and its peak heap. In the same run, with the same
# client and the same multipart requests, it measures:
#   - the ceiling: a bare endpoint on the JDK's HTTP server (bench/src/capture/BareCapture)
#     that takes the multipart body apart, hashes, writes and fsyncs the content in two
#     copies (as LuuTru keeps it) and inserts a document row and an audit row in one
#     transaction, answering with TCP_NODELAY as Tomcat does; LuuTru's rate is printed as
#     a share of it;
#   - the base: the application jar of an earlier commit (--base, 2405c1e by default) on a
#     fresh database, for its server CPU per document (from /proc/PID/stat, utime + stime,
#     over the timed round). Its jar is built once from `git archive` of that commit and
#     cached (BENCH_BASE_CACHE).
# Finally one G GB document is streamed from disk to a server started with -Xmx256m; the
# heap's growth over idle (live heap after a full GC before the upload) is printed.
#
# Usage:
#   bench/capture.sh [--db h2|mariadb|both] [--docs N] [--size-kb K] [--clients C]
#                    [--big-gb G] [--warmup W] [--base COMMIT|none] [--skip-build] [--keep]
#                    [--profile]
#   defaults: --db both --docs 2000 --size-kb 100 --clients 4 --big-gb 1 --warmup 1000
#   --base 2405c1e
#   (the warm-up lets the JIT finish compiling the request path: after only 200 uploads
#   the timed round still pays for compilation, about 20% of the server's CPU)
#   --big-gb 0 skips the big upload; --base none skips the base jar; --skip-build reuses
#   the jar; --keep keeps the work directory (logs, GC logs, content store) and the bench
#   database; --profile records the API runs with Java Flight Recorder and prints where the
#   server's time goes (costs about 10%: take the headline figures from a run without it).
#
# Environment (all optional):
#   BENCH_BUILD_DIR   Maven output folder, relative to the repository or absolute (target-bench)
#   BENCH_BASE_CACHE  where the base commit's sources and jar are kept between runs
#                     (${XDG_CACHE_HOME:-$HOME/.cache}/luutru-bench)
#   BENCH_TMP         parent of the work directory (${TMPDIR:-/tmp}); use a real disk,
#                     not tmpfs, or fsync costs nothing
#   MARIADB_HOST/MARIADB_PORT/MARIADB_USER/MARIADB_PASSWORD   (127.0.0.1/3306/root/empty)
#   BENCH_DB_NAME     the database created and dropped for the run (luutru_bench)
#   BENCH_JDBC_PARAMS Connector/J options added to the URL (a=b&c=d); one that
#                     application-mysql.yaml also sets keeps the yaml's value on the server
#
# Needs: JDK 17 (java, javac, jar, jstat, jcmd), git and, for MariaDB, the mariadb (or
# mysql) client with a login that may create and drop BENCH_DB_NAME. Exit status is
# non-zero if an upload fails or a server does not start; a missed target is reported,
# not an error.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DB=both DOCS=2000 SIZE_KB=100 CLIENTS=4 BIG_GB=1 WARMUP=1000 SKIP_BUILD=0 KEEP=0 PROFILE=0 BASE=2405c1e
XMX_MB=1024 BIG_XMX_MB=256
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --docs) DOCS="$2"; shift 2 ;;
    --size-kb) SIZE_KB="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --big-gb) BIG_GB="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --base) BASE="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    --profile) PROFILE=1; shift ;;
    -h|--help) sed -n '2,47p' "$0"; exit 0 ;;
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

# start_luutru <label> <h2|mariadb> <xmx MB> <max upload> [jfr file]
start_luutru() {
  local jfr="${5:-}" java_args=()
  # Spring's request stacks run deeper than Flight Recorder's default of 64 frames; a cut
  # stack would be charged to "rest of the request" instead of its capture step.
  [ -z "$jfr" ] || java_args+=("-XX:FlightRecorderOptions:stackdepth=256"
    "-XX:StartFlightRecording=settings=$WORK/bench.jfc,filename=$jfr,dumponexit=true")
  start_app "$1" "$2" "$3" ${java_args[@]+"${java_args[@]}"} -- "--luutru.content.max-upload-size=$4"
}

# base_jar <commit>: the application jar of that commit, built once from `git archive` into
# the cache (no worktree: the repository's git folder stays as it is) and reused.
base_jar() {
  local commit cache src
  commit="$(git -C "$ROOT" rev-parse --short "$1^{commit}")"
  cache="${BENCH_BASE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/luutru-bench}"
  src="$cache/src-$commit"
  BASE_JAR="$cache/luutru-$commit.jar" BASE_COMMIT="$commit"
  [ -f "$BASE_JAR" ] && { log "base $commit: cached jar $BASE_JAR"; return 0; }
  log "base $commit: building its jar once (cached in $cache)"
  rm -rf "$src" && mkdir -p "$src"
  git -C "$ROOT" archive "$commit" | tar -x -C "$src"
  (cd "$src" && ./mvnw -q -B -DskipTests -Dluutru.build.dir="$src/target" package)
  cp "$(ls "$src"/target/luutru-*.jar | grep -v '\.original$' | head -n 1)" "$BASE_JAR"
  rm -rf "$src"
}

# The bare endpoint (the ceiling) on a free port, writing into <dir> and <jdbc url>.
start_bare() {
  local label="$1" url="$2" user="$3" password="$4"
  PORT="$(client free-port)"
  java "-Xmx${XMX_MB}m" -cp "$WORK/classes:$WORK/lib/*" BareCapture --port "$PORT" --jdbc-url "$url" \
    --jdbc-user "$user" --jdbc-password "$password" --dir "$WORK/ceiling-$label" \
    --login "bench.clerk:bench-clerk-2025" >"$WORK/bare-$label.log" 2>&1 &
  APP_PID=$!
  log "$label: bare endpoint pid $APP_PID on port $PORT"
  client wait --base "http://127.0.0.1:$PORT" --pid "$APP_PID" --timeout 60 || { cat "$WORK/bare-$label.log" >&2; exit 1; }
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
javac -d "$WORK/classes" "$ROOT"/bench/src/*.java "$ROOT"/bench/src/capture/*.java
BASE_JAR="" BASE_COMMIT=""
[ "$BASE" = none ] || base_jar "$BASE"
echo "base.commit=${BASE_COMMIT:-none}" >>"$RESULTS"
[ "$PROFILE" = 0 ] || client jfc --out "$WORK/bench.jfc"
log_machine

# --- per database: LuuTru, the bare endpoint, the base commit's jar ------------------
for db in $DBS; do
  if [ "$db" = mariadb ]; then fresh_database; fi
  jfr=""; [ "$PROFILE" = 0 ] || jfr="$WORK/$db.jfr"
  start_luutru "$db" "$db" "$XMX_MB" 2GB "$jfr"
  status=()
  [ "$db" = h2 ] || status=(--status-url "$DB_URL" --status-user "$DB_USER" --status-password "$DB_PASSWORD")
  client upload --label "$db" --part api --base "http://127.0.0.1:$PORT" --admin-user "$ADMIN" \
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
  rm -rf "$DATA/content" "$DATA/content-replica"
  log "$db: ceiling (the bare endpoint, the same client and uploads)"
  start_bare "$db" "$url" "$user" "$password"
  client upload --label "$db" --part ceiling --bare true --base "http://127.0.0.1:$PORT" --server-pid "$APP_PID" \
    $(common_args) $(db_pid_args "$db")
  stop_app
  rm -rf "$WORK/ceiling-$db"
  if [ -n "$BASE_JAR" ]; then
    if [ "$db" = mariadb ]; then fresh_database; fi
    log "$db: base $BASE_COMMIT (the same uploads)"
    APP_JAR="$BASE_JAR" start_luutru "base-$db" "$db" "$XMX_MB" 2GB
    client upload --label "$db" --part base --base "http://127.0.0.1:$PORT" --admin-user "$ADMIN" \
      --admin-password "$ADMIN_PW" --server-pid "$APP_PID" --gc-log "$GC_LOG" $(common_args) $(db_pid_args "$db")
    stop_app
    rm -rf "$DATA/content" "$DATA/content-replica"
  fi
done

# --- one big document with a small heap ------------------------------------------------
if [ "$BIG_GB" != 0 ]; then
  db="${DBS%% *}"
  [ "$db" = mariadb ] && fresh_database
  max_upload="$(awk -v g="$BIG_GB" 'BEGIN { printf "%dGB", int(g) + 2 }')"
  start_luutru "big-$db" "$db" "$BIG_XMX_MB" "$max_upload"
  client big --label "$db" --gb "$BIG_GB" --base "http://127.0.0.1:$PORT" --admin-user "$ADMIN" \
    --admin-password "$ADMIN_PW" --server-pid "$APP_PID" --gc-log "$GC_LOG" --xmx-mb "$BIG_XMX_MB" \
    --dir "$WORK/big" --run-id "$RUN_ID" --results "$RESULTS"
  stop_app
fi

log "done; load $(cut -d' ' -f1-3 /proc/loadavg) (another busy process on the machine skews every figure)"
client summary --dbs "${DBS// /,}" --xmx-mb "$XMX_MB" $(common_args) | tee "$WORK/summary.txt"
for db in $DBS; do [ ! -f "$WORK/profile-$db.txt" ] || cat "$WORK/profile-$db.txt"; done
FAILED=0
