#!/usr/bin/env bash
# LuuTru retention sweep benchmark.
#
# Seeds N record files (10 agencies, mixed retention, years 1990-2025) straight into a
# fresh MariaDB/MySQL database with multi-row INSERTs, then runs the retention sweep
# through the REST API (POST /api/v1/retention/sweeps as an admin) and prints the seed
# time, the sweep time, what it batched (checked against what the seed made due) and the
# row counts of Camunda's runtime tables before and after; then waits for the batches'
# list jobs (the first async step of every transfer/destruction process) and times them.
#
# Two sweeps are timed: "backlog", the first sweep over the seeded archive (every file whose
# deadline passed in 36 years, ~59% of them), and "daily", a second sweep after --daily
# more files fell due (a busy day, such as 1 January), the steady state; it starts once
# every list of the backlog is built (at most 7 minutes later), on a quiet server.
#
# Usage:
#   bench/sweep.sh [--files N] [--agencies A] [--daily D] [--indexes current|proposed]
#                  [--xmx-mb M] [--lists-timeout S] [--skip-build] [--keep]
#                  [--no-explain] [--no-profile]
#   defaults: --files 1000000 --agencies 10 --daily 20000 --indexes current --xmx-mb 2048
#             --lists-timeout 300
#   --daily 0 skips the daily sweep; --indexes proposed replaces the sweep's indexes of
#   lt_record_file with those proposed in bench/SWEEP.md before the sweep (on the bench
#   database only); --skip-build reuses the jar; --keep keeps the work directory (app log)
#   and the database; --no-explain skips the EXPLAIN of the sweep's statements;
#   --no-profile skips the timed replay of one agency's statements (rolled back).
#
# Environment (all optional):
#   BENCH_BUILD_DIR   Maven output folder, relative to the repository (target-bench)
#   BENCH_TMP         parent of the work directory (${TMPDIR:-/tmp})
#   MARIADB_HOST/MARIADB_PORT/MARIADB_USER/MARIADB_PASSWORD   (127.0.0.1/3306/root/empty)
#   SWEEP_DB_NAME     the database created and dropped for the run (luutru_sweep)
#
# Needs: JDK 17 (java, javac, jar), bc, and the mariadb (or mysql) client with a login
# that may create and drop SWEEP_DB_NAME. Exit status is non-zero if a step fails or the
# server does not start; a missed target is reported, not an error.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FILES=1000000 AGENCIES=10 DAILY=20000 INDEXES=current XMX_MB=2048 LISTS_TIMEOUT=300 SKIP_BUILD=0 KEEP=0
EXPLAIN=1 PROFILE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --agencies) AGENCIES="$2"; shift 2 ;;
    --daily) DAILY="$2"; shift 2 ;;
    --indexes) INDEXES="$2"; shift 2 ;;
    --xmx-mb) XMX_MB="$2"; shift 2 ;;
    --lists-timeout) LISTS_TIMEOUT="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    --no-explain) EXPLAIN=0; shift ;;
    --no-profile) PROFILE=0; shift ;;
    -h|--help) sed -n '2,36p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$INDEXES" in current|proposed) ;; *) echo "--indexes must be current or proposed" >&2; exit 2 ;; esac

BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
DB_HOST="${MARIADB_HOST:-127.0.0.1}" DB_PORT="${MARIADB_PORT:-3306}"
DB_USER="${MARIADB_USER:-root}" DB_PASSWORD="${MARIADB_PASSWORD:-}"
DB_NAME="${SWEEP_DB_NAME:-luutru_sweep}"
# The same connection options as application-mysql.yaml's default, on the bench database.
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true&useCursorFetch=true"
# The seed: client-side statements, so Connector/J rewrites each batch into one multi-row INSERT.
SEED_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true"
RUN_ID="$(date +%s)"
ADMIN=sweep.admin ADMIN_PW="sweep-admin-$RUN_ID"
WORK="$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/luutru-sweep.XXXXXX")"
RESULTS="$WORK/results.properties"
APP_PID="" FAILED=1 DB_CREATED=0

LOG_TAG=sweep
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
trap cleanup EXIT

client() { java -Xmx512m -cp "$WORK/classes:$WORK/lib/*" SweepBench "$@"; }
JDBC_ARGS=(--jdbc-url "$DB_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" --results "$RESULTS")

# --- build -----------------------------------------------------------------------------
build_jar 'mysql-connector-j'
# The capture client's Args, Results and LuuTruClient, and the sweep's own classes.
javac -d "$WORK/classes" "$ROOT"/bench/src/{Args,Results,LuuTruClient}.java "$ROOT"/bench/src/sweep/*.java
log_machine
log "database: $(sql "select concat(version(), ', buffer pool ', @@innodb_buffer_pool_size div 1048576, ' MB, flush_log_at_trx_commit ', @@innodb_flush_log_at_trx_commit)" | tail -n 1)"

# --- a fresh database; Flyway creates the schema when the server starts ----------------
fresh_database
start_app sweep mariadb "$XMX_MB"
log "server answers; schema created by Flyway"

# --- seed, explain, profile, sweeps ------------------------------------------------------
log "seeding $FILES files of $AGENCIES agencies"
client seed --jdbc-url "$SEED_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" --results "$RESULTS" \
  --files "$FILES" --agencies "$AGENCIES"
echo "indexes=$INDEXES" >>"$RESULTS"
if [ "$INDEXES" = proposed ]; then
  # The change proposed in bench/SWEEP.md: the sweep's queries read one index range each.
  log "indexes: replacing idx_record_file_status and idx_record_file_sweep with the proposed ones"
  started=$(date +%s.%N)
  sql "use \`$DB_NAME\`; alter table lt_record_file drop index idx_record_file_status, drop index idx_record_file_sweep,
       add index idx_record_file_sweep (status, due_action, due_on, agency_id, on_hold, batch_id),
       add index idx_record_file_agency_due (agency_id, status, due_action, due_on); analyze table lt_record_file" >/dev/null
  echo "indexes.seconds=$(echo "$(date +%s.%N) - $started" | bc)" >>"$RESULTS"
fi
[ "$EXPLAIN" = 0 ] || client explain "${JDBC_ARGS[@]}"
[ "$PROFILE" = 0 ] || client profile "${JDBC_ARGS[@]}"
API_ARGS=(--base "http://127.0.0.1:$PORT" --admin-user "$ADMIN" --admin-password "$ADMIN_PW" --lists-timeout "$LISTS_TIMEOUT")
log "backlog sweep through the API"
client sweep "${JDBC_ARGS[@]}" "${API_ARGS[@]}" --label backlog
if [ "$DAILY" != 0 ]; then
  client daily "${JDBC_ARGS[@]}" --files "$DAILY" --quiet-timeout 420
  log "daily sweep through the API"
  client sweep "${JDBC_ARGS[@]}" "${API_ARGS[@]}" --label daily
fi
log "the sweeps' batches, from the server log:"
grep -E 'sweep [0-9]+: batch ' "$APP_LOG" | sed -E 's/^([0-9T:.-]+).* (sweep [0-9]+: batch .*)$/  \1 \2/' | head -n 60 || true
if grep -qE 'OutOfMemoryError|Exception' "$APP_LOG"; then
  log "exceptions in the server log: $(grep -cE '^[0-9-]+T.* (ERROR|WARN) ' "$APP_LOG") ERROR/WARN lines; the first 5 exception lines:"
  grep -E 'OutOfMemoryError|Exception' "$APP_LOG" | head -n 5 | cut -c1-300
fi
stop_app
log "done; load $(cut -d' ' -f1-3 /proc/loadavg) (another busy process on the machine skews every figure)"
client summary --results "$RESULTS" | tee "$WORK/summary.txt"
FAILED=0
