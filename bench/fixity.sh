#!/usr/bin/env bash
# Fixity audit throughput against sha256sum over the same objects, side by side in one run.
# Writes N objects of SIZE_KB into both copies of a fresh content store (named by their
# SHA-256, as the store lays them out), reads them once so that both runs find them in the
# page cache, times `sha256sum` over both copies, then starts LuuTru on that store (H2),
# starts a fixity cycle through the API and reads the cycle's own figures (bytes checked,
# start and end). Target (issue 10): the audit at least 80% of sha256sum's bytes/s.
#
#   bench/fixity.sh [--objects N] [--size-kb KB] [--skip-build] [--keep]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OBJECTS=2000 SIZE_KB=512 SKIP_BUILD=0 KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --objects) OBJECTS="$2"; shift 2 ;;
    --size-kb) SIZE_KB="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
WORK="$(mktemp -d /tmp/luutru-fixity-bench.XXXXXX)"
DATA="$WORK/data" APP_PID=""
log() { echo "[fixity $(date +%H:%M:%S)] $*"; }
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ "$KEEP" = 1 ] && log "work directory kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

cd "$ROOT"
if [ "$SKIP_BUILD" = 0 ]; then
  log "building the jar"
  ./mvnw -q -B -o -DskipTests package
fi
JAR="$(ls "$ROOT"/target/luutru-*.jar | grep -v '\.original$' | head -n 1)"

log "writing $OBJECTS objects of $SIZE_KB KB into both copies"
python3 - "$DATA" "$OBJECTS" "$SIZE_KB" <<'PY'
import hashlib, os, sys
data, n, kb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for root in ("content", "content-replica"):
    os.makedirs(os.path.join(data, root), exist_ok=True)
for i in range(n):
    body = os.urandom(kb * 1024)
    sha = hashlib.sha256(body).hexdigest()
    for root in ("content", "content-replica"):
        d = os.path.join(data, root, sha[:2], sha[2:4])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, sha), "wb") as f:
            f.write(body)
# The second copies are all there: no background replication pass at start.
open(os.path.join(data, "content-replica", ".replicated"), "w").write("bench")
PY
FILES="$WORK/files.txt"
find "$DATA/content" "$DATA/content-replica" -type f -regextype posix-extended -regex '.*/[0-9a-f]{64}' | sort > "$FILES"
BYTES=$(xargs -a "$FILES" cat | wc -c)
log "warming the page cache ($BYTES bytes in $(wc -l < "$FILES") files)"
xargs -a "$FILES" cat > /dev/null

log "sha256sum over both copies"
START=$(date +%s.%N)
xargs -a "$FILES" sha256sum > /dev/null
END=$(date +%s.%N)
SUM_SECONDS=$(echo "$END - $START" | bc -l)

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ADMIN=bench.admin ADMIN_PW="bench-admin-$$"
log "starting LuuTru on port $PORT"
java -Xmx512m -jar "$JAR" --spring.profiles.default=default --server.port="$PORT" --luutru.data-dir="$DATA" \
  --camunda.bpm.admin-user.id=$ADMIN --camunda.bpm.admin-user.password="$ADMIN_PW" \
  --camunda.bpm.admin-user.first-name=Bench --camunda.bpm.admin-user.last-name=Admin \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null -u "$ADMIN:$ADMIN_PW" "http://127.0.0.1:$PORT/api/v1/users/me" && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log"; exit 1; }
  sleep 1
done
xargs -a "$FILES" cat > /dev/null
log "starting a fixity cycle"
curl -sf -u "$ADMIN:$ADMIN_PW" -X POST "http://127.0.0.1:$PORT/api/v1/fixity/cycles" > /dev/null
CYCLE=""
for _ in $(seq 1 3600); do
  CYCLE="$(curl -s -u "$ADMIN:$ADMIN_PW" "http://127.0.0.1:$PORT/api/v1/fixity/cycles/latest" || true)"
  case "$CYCLE" in *'"status":"FINISHED"'*) break ;; esac
  sleep 0.5
done
echo "$CYCLE"
python3 - "$CYCLE" "$BYTES" "$SUM_SECONDS" <<'PY'
import json, sys
from datetime import datetime
c = json.loads(sys.argv[1]); total = int(sys.argv[2]); sum_s = float(sys.argv[3])
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
audit_s = (t(c["finishedAt"]) - t(c["startedAt"])).total_seconds()
assert c["bytesChecked"] == total, (c["bytesChecked"], total)
a, b = total / audit_s / 1e6, total / sum_s / 1e6
print(f"objects {c['objectsChecked']}, bytes {total} (both copies)")
print(f"sha256sum  {sum_s:.2f} s  {b:.1f} MB/s")
print(f"fixity     {audit_s:.2f} s  {a:.1f} MB/s  ({c['objectsPerSecond']} objects/s)")
print(f"fixity / sha256sum = {a / b * 100:.0f}% (target >= 80%)")
PY
