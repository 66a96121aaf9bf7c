#!/usr/bin/env bash
# Init benchmark: entrypoint against tini, dumb-init and catatonit, measured side by side in one run.
#   start+exit time (hyperfine), idle RSS while supervising `sleep`, binary size and linkage.
# A report, not a test: slow numbers never fail it; only a missing tool that cannot be installed does.
#
# Usage (from anywhere):  bench/init/run.sh
# Environment:
#   ENTRYPOINT_BIN   binary under test (default dist/entrypoint; built if missing or older than its sources)
#   BENCH_RUNS       hyperfine runs per command per round (default 300)
#   BENCH_WARMUP     hyperfine warmup runs (default 20)
#   BENCH_ROUNDS     rounds, alternating command order to cancel drift on a shared machine (default 2)
#   BENCH_RSS_REPS   RSS samples per init; the median is reported (default 3)
#   BENCH_SETTLE     seconds to let an init settle before reading its RSS (default 1)
#   BENCH_OUT        raw output directory (default bench/out/init, git-ignored)
#   BENCH_RESULTS    markdown result file (default bench/init/RESULTS.md; empty to skip writing)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

BIN=${ENTRYPOINT_BIN:-dist/entrypoint}
RUNS=${BENCH_RUNS:-300}
WARMUP=${BENCH_WARMUP:-20}
ROUNDS=${BENCH_ROUNDS:-2}
RSS_REPS=${BENCH_RSS_REPS:-3}
SETTLE=${BENCH_SETTLE:-1}
OUT=${BENCH_OUT:-bench/out/init}
RESULTS=${BENCH_RESULTS-bench/init/RESULTS.md}

log() { printf 'bench/init: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------- tools
# command -> Debian package
declare -A pkg_of=([tini]=tini [tini-static]=tini [dumb-init]=dumb-init [catatonit]=catatonit
                   [hyperfine]=hyperfine [jq]=jq)
missing=()
for cmd in tini tini-static dumb-init catatonit hyperfine jq; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("${pkg_of[$cmd]}")
done
if ((${#missing[@]})); then
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    sudo=()
    ((EUID == 0)) || { command -v sudo >/dev/null 2>&1 && sudo=(sudo); }
    command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them"
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt_install() { "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; }
    apt_install || { "${sudo[@]}" apt-get update -qq >&2 && apt_install; } ||
        die "could not install ${missing[*]}"
fi
for cmd in tini tini-static dumb-init catatonit hyperfine jq awk; do
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd is still missing after install"
done

# ---------------------------------------------------------------- binary under test
if [[ $BIN == dist/entrypoint ]]; then
    stale=""
    if [[ -x $BIN ]]; then
        stale=$(find src/Entrypoint Directory.Build.props \( -name bin -o -name obj \) -prune -o \
                     -type f -newer "$BIN" -print -quit 2>/dev/null || true)
    fi
    if [[ ! -x $BIN || -n $stale ]]; then
        log "building $BIN (${stale:+newer source: $stale}${stale:-missing})"
        if ! dotnet publish src/Entrypoint -c Release -o dist >&2; then
            [[ -x $BIN ]] || die "build failed and there is no $BIN to measure"
            log "warning: build failed; measuring the existing (older) $BIN"
        fi
    fi
fi
[[ -x $BIN ]] || die "$BIN not found or not executable (set ENTRYPOINT_BIN)"
BIN=$(readlink -f "$BIN")

mkdir -p "$OUT"
rm -f "$OUT"/start-*.json

# ---------------------------------------------------------------- the contenders
# Each contender is an argv prefix placed before the supervised command (empty for the floor).
# tini and tini-static get -s (subreaper): entrypoint registers as a subreaper when it is not PID 1, so this
# is like for like, and it silences tini's "not running as PID 1" warning.
names=(floor entrypoint tini tini-static dumb-init catatonit)
pre_floor=()
pre_entrypoint=("$BIN" --)
pre_tini=("$(command -v tini)" -s --)
pre_tini_static=("$(command -v tini-static)" -s --)
pre_dumb_init=("$(command -v dumb-init)")
pre_catatonit=("$(command -v catatonit)" --)
# Sets the global array argv to the contender's prefix followed by "$@".
argv_of() { local -n pre="pre_${1//-/_}"; shift; argv=("${pre[@]}" "$@"); }
argv=()
declare -A label=(
    [floor]='`/bin/true` (floor)'
    [entrypoint]='**entrypoint** `-- /bin/true`'
    [tini]='tini `-s -- /bin/true`'
    [tini-static]='tini-static `-s -- /bin/true`'
    [dumb-init]='dumb-init `/bin/true`'
    [catatonit]='catatonit `-- /bin/true`'
)
declare -A exe=(
    [entrypoint]="$BIN"
    [tini]="$(readlink -f "$(command -v tini)")"
    [tini-static]="$(readlink -f "$(command -v tini-static)")"
    [dumb-init]="$(readlink -f "$(command -v dumb-init)")"
    [catatonit]="$(readlink -f "$(command -v catatonit)")"
)
# hyperfine -N splits its command line shell-style, so quote each word.
cmdline() { argv_of "$1" /bin/true; printf '%q ' "${argv[@]}"; }

# ---------------------------------------------------------------- 1. start+exit time
load_before=$(cut -d' ' -f1 /proc/loadavg)
for ((round = 1; round <= ROUNDS; round++)); do
    order=("${names[@]}")
    if ((round % 2 == 0)); then   # reverse the order every other round
        order=(); for ((i = ${#names[@]} - 1; i >= 0; i--)); do order+=("${names[i]}"); done
    fi
    args=()
    for n in "${order[@]}"; do args+=(-n "$n" "$(cmdline "$n")"); done
    log "start time, round $round/$ROUNDS: hyperfine -N --warmup $WARMUP --runs $RUNS"
    hyperfine -N -i --style basic --warmup "$WARMUP" --runs "$RUNS" \
        --export-json "$OUT/start-$round.json" "${args[@]}" >&2
done

# Per command, over all rounds: mean, sample stddev, median, min (ms), and the number of failed runs.
jq -s '
  [ .[].results[] ] | group_by(.command) | map({
      key: .[0].command,
      value: ( [ .[].times[] ] as $t | ($t | length) as $n | ($t | add / $n) as $m | ($t | sort) as $s | {
          n: $n,
          mean: ($m * 1000),
          sd: ( if $n > 1 then ((($t | map(. - $m | . * .) | add) / ($n - 1)) | sqrt) * 1000 else 0 end ),
          median: ( (if $n % 2 == 1 then $s[($n - 1) / 2] else ($s[$n / 2 - 1] + $s[$n / 2]) / 2 end) * 1000 ),
          min: ($s[0] * 1000),
          cpu: (map(.user + .system) | add / length * 1000),
          failed: ([ .[].exit_codes[]? | select(. != 0) ] | length) } ) })
  | from_entries' "$OUT"/start-*.json >"$OUT/start.json"

declare -A t_mean t_sd t_med t_min t_cpu t_fail
for n in "${names[@]}"; do
    read -r t_mean[$n] t_sd[$n] t_med[$n] t_min[$n] t_cpu[$n] t_fail[$n] < <(
        jq -r --arg n "$n" '.[$n] | "\(.mean) \(.sd) \(.median) \(.min) \(.cpu) \(.failed)"' "$OUT/start.json")
done

# ---------------------------------------------------------------- 2. idle RSS while supervising sleep
status_kb() { awk -v k="$2:" '$1 == k { print $2; f = 1 } END { if (!f) print 0 }' "/proc/$1/status" 2>/dev/null || echo 0; }
children_of() { cat /proc/"$1"/task/*/children 2>/dev/null || true; }
bg_pid=""
cleanup() {
    if [[ -n $bg_pid ]]; then
        local kids; kids=$(children_of "$bg_pid")
        kill -KILL "$bg_pid" $kids 2>/dev/null || true
        wait "$bg_pid" 2>/dev/null || true
        bg_pid=""
    fi
}
trap cleanup EXIT INT TERM

# Sets $sample to: init VmRSS kB, init RssAnon kB, init RssFile kB, init Pss kB, init threads, children VmRSS kB
# (a global, not stdout: a command substitution would run it in a subshell that the EXIT trap cannot clean up).
measure_rss() {
    local name=$1 kids k init rss_kids=0 pss
    argv_of "$name" sleep 30
    "${argv[@]}" </dev/null >>"$OUT/rss.log" 2>&1 &
    bg_pid=$!
    sleep "$SETTLE"
    init=$bg_pid
    kids=$(children_of "$init")
    for k in $kids; do rss_kids=$((rss_kids + $(status_kb "$k" VmRSS))); done
    pss=$(awk '$1 == "Pss:" { print $2 }' "/proc/$init/smaps_rollup" 2>/dev/null || echo 0)
    sample="$(status_kb "$init" VmRSS) $(status_kb "$init" RssAnon) $(status_kb "$init" RssFile) ${pss:-0}"
    sample+=" $(status_kb "$init" Threads) $rss_kids"
    # Clean stop: SIGTERM the init, which forwards it to sleep; SIGKILL whatever is left after 3 s.
    kill -TERM "$init" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$init" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$init" 2>/dev/null && { log "warning: $name ignored SIGTERM; killing it"; cleanup; }
    wait "$init" 2>/dev/null || true
    for k in $kids; do kill -KILL "$k" 2>/dev/null || true; done
    bg_pid=""
}

: >"$OUT/rss.log"
rm -f "$OUT/rss.txt.tmp"
sample=""
declare -A r_init r_anon r_file r_pss r_thr r_kids
for n in "${names[@]}"; do
    [[ $n == floor ]] && continue
    log "idle RSS: $n (median of $RSS_REPS)"
    samples=()
    for ((i = 0; i < RSS_REPS; i++)); do measure_rss "$n"; samples+=("$sample"); done
    # median sample by init VmRSS
    med=$(printf '%s\n' "${samples[@]}" | sort -n -k1,1 | sed -n "$(((RSS_REPS + 1) / 2))p")
    read -r r_init[$n] r_anon[$n] r_file[$n] r_pss[$n] r_thr[$n] r_kids[$n] <<<"$med"
    printf '%s %s\n' "$n" "$med" >>"$OUT/rss.txt.tmp"
done
mv -f "$OUT/rss.txt.tmp" "$OUT/rss.txt"

# ---------------------------------------------------------------- 3. size and linkage
declare -A size linkage
for n in "${names[@]}"; do
    [[ $n == floor ]] && continue
    size[$n]=$(stat -L -c %s "${exe[$n]}")
    if command -v file >/dev/null 2>&1; then
        f=$(file -bL "${exe[$n]}")
    else
        f=$(ldd "${exe[$n]}" 2>&1 || true)
    fi
    case $f in
        *static-pie*)                          linkage[$n]="static-pie" ;;
        *"statically linked"*|*"not a dynamic"*) linkage[$n]="static" ;;
        *)                                     linkage[$n]="dynamic" ;;
    esac
done

# ---------------------------------------------------------------- report
fmt() { awk -v v="$1" -v d="${2:-2}" 'BEGIN { printf "%.*f", d, v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else printf "—" }'; }
mb_kb() { awk -v k="$1" 'BEGIN { printf "%.2f", k * 1024 / 1e6 }'; }   # /proc kB are KiB
mb_b()  { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1e6 }'; }
le()    { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
verdict() { if le "$1" "$2"; then echo "✅ meets"; else echo "❌ misses"; fi; }

ref=tini
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain -- src/Entrypoint Directory.Build.props 2>/dev/null | head -1)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)

load1=$load_before
report() {
    echo "# Init benchmark"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) CPU ($cpu) · Linux $(uname -r) · load $load1 before / $(cut -d' ' -f1 /proc/loadavg) after"
    echo "$("$BIN" --version 2>/dev/null | head -1 || echo entrypoint) (tree @ $commit${dirty:+, src/Entrypoint modified}) · $(hyperfine --version)" \
         "· tini $(tini --version | awk '{ print $3 }') · dumb-init $(dumb-init --version 2>&1 | awk '{ print $2 }')" \
         "· catatonit $(catatonit --version 2>&1 | awk '{ print $3 }')"
    echo
    echo "Command: \`bench/init/run.sh\` (hyperfine -N --warmup $WARMUP --runs $RUNS, $ROUNDS rounds in alternating order;" \
         "RSS median of $RSS_REPS samples, ${SETTLE}s after start). 1 MB = 10⁶ bytes. Ratios are against tini."
    echo
    echo "| init | start mean ± σ (ms) | median (ms) | start × tini | CPU user+sys (ms) | CPU × tini | idle RSS, init only (MB) | RSS × tini | + child \`sleep\` (MB) | binary (MB) | size × tini | linkage |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    for n in "${names[@]}"; do
        local row="| ${label[$n]} | $(fmt "${t_mean[$n]}") ± $(fmt "${t_sd[$n]}") | $(fmt "${t_med[$n]}") | $(ratio "${t_mean[$n]}" "${t_mean[$ref]}")"
        row+=" | $(fmt "${t_cpu[$n]}") | $(ratio "${t_cpu[$n]}" "${t_cpu[$ref]}")"
        if [[ $n == floor ]]; then
            row+=" | — | — | — | — | — | — |"
        else
            row+=" | $(mb_kb "${r_init[$n]}") | $(ratio "${r_init[$n]}" "${r_init[$ref]}")"
            row+=" | $(mb_kb "$((r_init[$n] + r_kids[$n]))")"
            row+=" | $(mb_b "${size[$n]}") | $(ratio "${size[$n]}" "${size[$ref]}") | ${linkage[$n]} |"
        fi
        echo "$row"
    done
    echo
    local tr rss sz
    # The verdict uses medians: on a shared machine a few preempted runs move the means (both are shown).
    tr=$(awk -v a="${t_med[entrypoint]}" -v b="${t_med[$ref]}" 'BEGIN { printf "%.2f", a / b }')
    rss=$(mb_kb "${r_init[entrypoint]}")
    sz=$(mb_b "${size[entrypoint]}")
    echo "**Verdict for entrypoint** (targets from issue #2, §5):"
    echo
    echo "| measure | entrypoint | target | |"
    echo "|---|---:|---:|---|"
    echo "| start time (median) | ${tr}× tini ($(fmt "${t_med[entrypoint]}") vs $(fmt "${t_med[$ref]}") ms; means $(ratio "${t_mean[entrypoint]}" "${t_mean[$ref]}")) | ≤ 1.3× tini | $(verdict "$tr" 1.3) |"
    echo "| idle RSS (init only) | $rss MB | ≤ 2.5 MB | $(verdict "$rss" 2.5) |"
    echo "| binary size | $sz MB | ≤ 3 MB | $(verdict "$sz" 3) |"
    echo
    echo "Notes"
    echo
    if awk -v l="$load1" -v c="$(nproc)" 'BEGIN { exit !(l > c) }'; then
        echo "- ⚠ The machine was busy (load $load1 on $(nproc) CPUs at the start): wall-clock start times are" \
             "dominated by scheduling and their ratios are unreliable; the CPU user+sys column (hyperfine's" \
             "rusage of the init and its child) is the steadier comparison. Re-run on a quiet machine."
    fi
    echo "- tini runs with \`-s\` (child subreaper) because entrypoint registers as a subreaper when it is not PID 1;" \
         "this is like for like and silences tini's not-PID-1 warning. No init here runs as PID 1."
    echo "- Start time is the whole fork+exec+supervise+reap+exit of \`init … /bin/true\`;" \
         "the floor row is \`/bin/true\` alone, so init overhead ≈ row − floor" \
         "(medians: entrypoint $(fmt "$(awk -v a="${t_med[entrypoint]}" -v f="${t_med[floor]}" 'BEGIN { print a - f }')") ms," \
         "tini $(fmt "$(awk -v a="${t_med[$ref]}" -v f="${t_med[floor]}" 'BEGIN { print a - f }')") ms)."
    echo "- Idle RSS is VmRSS of the init process after it settles while supervising \`sleep 30\`." \
         "entrypoint: RssAnon $(mb_kb "${r_anon[entrypoint]}") MB + RssFile $(mb_kb "${r_file[entrypoint]}") MB," \
         "${r_thr[entrypoint]} threads, Pss $(mb_kb "${r_pss[entrypoint]}") MB." \
         "Dynamic peers share libc pages, so their RSS counts shared libc pages but their Pss is smaller" \
         "(tini Pss $(mb_kb "${r_pss[tini]}") MB)."
    echo "- Static peers for size: tini-static $(mb_b "${size[tini-static]}") MB" \
         "(entrypoint $(ratio "${size[entrypoint]}" "${size[tini-static]}")), catatonit $(mb_b "${size[catatonit]}") MB" \
         "(entrypoint $(ratio "${size[entrypoint]}" "${size[catatonit]}"))."
    local fails=""
    for n in "${names[@]}"; do ((t_fail[$n] == 0)) || fails+=" $n(${t_fail[$n]})"; done
    [[ -z $fails ]] || echo "- ⚠ runs that exited non-zero:$fails"
    echo "- Raw data: \`$OUT/\` (hyperfine JSON per round, rss.txt)."
}

report | tee "$OUT/RESULTS.md"
if [[ -n $RESULTS ]]; then
    cp "$OUT/RESULTS.md" "$RESULTS"
    log "wrote $RESULTS"
fi
