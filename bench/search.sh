#!/usr/bin/env bash
# LuuTru search benchmark (README "Tìm kiếm / Search", bench/README.md).
#
# Seeds N record files with the sweep's seeder (bench/src/sweep/SweepSeed), gives each a
# generated Vietnamese title and one file in --text-share a document (an lt_document row)
# with generated text (stored folded in lt_search_text, as the indexer stores text it
# extracted). The index is built by the bulk path (bench/src/search/SearchDirectIndex): the
# rows SearchIndexer would write (words, adjacent word pairs, folded metadata) computed
# from the database, sorted in key order and loaded with LOAD DATA; then a sample of files
# is sent back to the application's own indexer and its rows must come out identical (the
# run fails otherwise). Then 20 queries of different shapes run through HTTP
# (GET /api/v1/search) as a manager (every agency) and as an officer (one agency): each once
# to warm up, then each timed once. Prints the median and the worst; the target is under
# 1 s for both.
#
# Usage:
#   bench/search.sh [--files N] [--agencies A] [--text-share S] [--chunk C] [--xmx-mb M]
#                   [--skip-build] [--keep] [--reuse]
#   defaults: --files 1000000 --agencies 10 --text-share 10 --chunk 2000 --xmx-mb 2048
#   --reuse skips seeding and indexing and queries the database a --keep run left.
#
# Environment (all optional):
#   BENCH_BUILD_DIR   Maven output folder, relative to the repository or absolute (target-bench)
#   BENCH_TMP         parent of the work directory (${TMPDIR:-/tmp})
#   MARIADB_HOST/MARIADB_PORT/MARIADB_USER/MARIADB_PASSWORD   (127.0.0.1/3306/root/empty)
#   SEARCH_DB_NAME    the database created and dropped for the run (lt_search_bench)
#
# Needs: JDK 17, bc, the mariadb (or mysql) client. Non-zero exit if a step fails; a missed
# target is reported, not an error.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FILES=1000000 AGENCIES=10 TEXT_SHARE=10 CHUNK=2000 XMX_MB=2048 SKIP_BUILD=0 KEEP=0 REUSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --agencies) AGENCIES="$2"; shift 2 ;;
    --text-share) TEXT_SHARE="$2"; shift 2 ;;
    --chunk) CHUNK="$2"; shift 2 ;;
    --xmx-mb) XMX_MB="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    --reuse) REUSE=1; KEEP=1; shift ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
DB_HOST="${MARIADB_HOST:-127.0.0.1}" DB_PORT="${MARIADB_PORT:-3306}"
DB_USER="${MARIADB_USER:-root}" DB_PASSWORD="${MARIADB_PASSWORD:-}"
DB_NAME="${SEARCH_DB_NAME:-lt_search_bench}"
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true&useCursorFetch=true"
SEED_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true&allowLoadLocalInfile=true"
ADMIN=search.admin ADMIN_PW="search-admin-bench"
WORK="$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/luutru-search.XXXXXX")"
RESULTS="$WORK/results.properties"
APP_PID="" FAILED=1 DB_CREATED=0

LOG_TAG=search
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
trap cleanup EXIT

sweep() { java -Xmx512m -cp "$WORK/classes:$WORK/lib/*" SweepBench "$@"; }
client() { java -Xmx512m -cp "$WORK/classes:$WORK/lib/*" SearchBench "$@"; }
direct() { java -Xmx1g -cp "$WORK/classes:$WORK/lib/*" SearchDirectIndex "$@"; }

build_jar 'mysql-connector-j'
mkdir -p "$WORK/data" "$WORK/tmp"
javac -d "$WORK/classes" "$ROOT"/bench/src/{Args,Results,LuuTruClient}.java "$ROOT"/bench/src/sweep/*.java \
  "$ROOT"/bench/src/search/*.java
log_machine
log "database: $(sql "select concat(version(), ', buffer pool ', @@innodb_buffer_pool_size div 1048576, ' MB')" | tail -n 1)"

if [ "$REUSE" = 0 ]; then fresh_database; else DB_CREATED=1; fi
# The app creates the schema (Flyway); its background indexer stays off: the bulk path
# below builds the index, and the verify step runs the app's indexer on a sample.
APP_CLIENT=sweep start_app search mariadb "$XMX_MB" -- \
  "--luutru.search.index.enabled=false" "--luutru.search.index.chunk=$CHUNK"
BASE="http://127.0.0.1:$PORT"

if [ "$REUSE" = 0 ]; then
  log "seeding $FILES files of $AGENCIES agencies (the sweep's seeder)"
  sweep seed --jdbc-url "$SEED_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" --results "$RESULTS" \
    --files "$FILES" --agencies "$AGENCIES"
  log "generated titles; one file in $TEXT_SHARE gets a document with generated text"
  started=$(date +%s.%N)
  client text --jdbc-url "$SEED_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" --text-share "$TEXT_SHARE"
  echo "text.seconds=$(echo "$(date +%s.%N) - $started" | bc)" >>"$RESULTS"
  log "index, bulk path: rows written as the indexer writes them, sorted in key order, LOAD DATA"
  started=$(date +%s.%N)
  direct write --jdbc-url "$SEED_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" --dir "$WORK"
  for part in terms pairs; do
    LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k2,2n -S 1G -T "$WORK" "$WORK/$part.tsv" >"$WORK/$part.sorted.tsv"
    rm "$WORK/$part.tsv"
  done
  direct load --jdbc-url "$SEED_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" --dir "$WORK"
  rm -f "$WORK"/*.tsv
  echo "index.seconds=$(echo "$(date +%s.%N) - $started" | bc)" >>"$RESULTS"
  sql "use \`$DB_NAME\`; analyze table lt_search_term, lt_search_pair, lt_search_text, lt_record_file, lt_document" >/dev/null
  log "index: $(sql "use \`$DB_NAME\`; select concat((select count(*) from lt_search_term), ' (word, file) rows, ', (select count(*) from lt_search_pair), ' (pair, file) rows')" | tail -n 1)"
fi
log "proof: a sample of files re-indexed by the application's indexer must give the same rows"
direct verify --jdbc-url "$SEED_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" \
  --base "$BASE" --admin-user "$ADMIN" --admin-password "$ADMIN_PW"
AGENCY="$(sql "use \`$DB_NAME\`; select code from lt_agency where id = (select min(agency_id) from lt_record_file)" | tail -n 1)"
if [ "$REUSE" = 0 ]; then
  client users --base "$BASE" --admin-user "$ADMIN" --admin-password "$ADMIN_PW" --agency "$AGENCY"
fi
log "20 queries through HTTP (manager: every agency; officer: agency $AGENCY); load $(cut -d' ' -f1-3 /proc/loadavg)"
client query --base "$BASE" --agency "$AGENCY" --results "$RESULTS"
stop_app
log "done; load $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine skew every figure)"
FAILED=0
