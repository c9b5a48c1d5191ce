#!/usr/bin/env bash
# Build the Linux one-folder bundle and the portable archive from a clean checkout, then prove
# them: the bundle's --self-test, its size, and its start-up time (median of 5 runs, process
# start to first shown window, QT_QPA_PLATFORM=offscreen).
#
#   bash packaging/build-linux.sh            # output in dist/
#
# Needs: python3.11+ with venv, binutils (strip, objdump; PyInstaller reads and strips the
# libraries with them; objcopy and ld relink Qt's ICU data), icu-devtools (icupkg trims that
# data: packaging/icu_data.py) and the Qt runtime libraries of /work/shared/toolchain.md for the
# offscreen start. Never touches the user's profile: every run uses a throw-away one.
# The last line is exactly: RESULT bundle_mb=<n> self_test=<pass|fail> cold_start_ms=<median>
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PYTHON=${PYTHON:-python3}
VENV=${KASSATSIYA_BUILD_VENV:-$ROOT/build/linux-venv}
DIST=$ROOT/dist
WORK=$ROOT/build/pyinstaller
BUNDLE=$DIST/kassatsiya
RUNS=5
started=$(date +%s)

echo "--- venv and dependencies ($VENV)"
"$PYTHON" -m venv --clear "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
# A regular (not editable) install: the bundle must be built from what a user would install.
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.10,<7"
VERSION=$("$VENV/bin/python" -c "import assistant; print(assistant.__version__)")
echo "kassatsiya $VERSION, $("$VENV/bin/pyinstaller" --version | sed 's/^/PyInstaller /')"

echo "--- PyInstaller"
rm -rf "$BUNDLE"
# The spec reads the data files (locales, templates, examples) from this checkout; the
# dependencies come from the venv, so nothing from the machine's own Python gets in.
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/kassatsiya.spec

PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
export KASSATSIYA_PROFILE_DIR=$PROFILE QT_QPA_PLATFORM=offscreen

echo "--- libraries the bundle's Qt plugins need but the system lacks (needed only on a desktop)"
for plugin in "$BUNDLE"/_internal/PySide6/Qt/plugins/platforms/*.so; do
  LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$plugin" | grep "not found" | sed "s|^|$(basename "$plugin"): |" || true
done

echo "--- self-test"
self_test=fail
if "$BUNDLE/kassatsiya" --self-test; then self_test=pass; fi

echo "--- protected case file round trip (cryptography and hashlib inside the bundle)"
round_trip=fail
cp examples/ready-ru.kassatsiya "$PROFILE/round-trip.kassatsiya"
if KASSATSIYA_PASSPHRASE=build-check "$BUNDLE/kassatsiya" protect --yes --lang en "$PROFILE/round-trip.kassatsiya" \
  && KASSATSIYA_PASSPHRASE=build-check "$BUNDLE/kassatsiya" unprotect --lang en "$PROFILE/round-trip.kassatsiya"; then
  round_trip=pass
fi
echo "round trip: $round_trip"

echo "--- start-up ($RUNS runs, ms from process start to the shown window)"
times=()
for _ in $(seq "$RUNS"); do
  ms=$(KASSATSIYA_EXIT_AFTER_SHOW=1 KASSATSIYA_LAUNCH_TIME=$(date +%s.%N) \
    "$BUNDLE/kassatsiya" 2>/dev/null | sed -n 's/^STARTUP_MS //p')
  echo "${ms:-no STARTUP_MS line}"
  if [ -n "$ms" ]; then times+=("$ms"); fi
done
cold_start=na
if [ "${#times[@]}" -eq "$RUNS" ]; then
  cold_start=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p" | cut -d. -f1)
fi

echo "--- portable archive"
# portable.txt beside the programs: settings, recovery files and logs stay in data/ beside them.
cat > "$BUNDLE/portable.txt" <<'EOF'
Kassatsiya portable copy. While this file is here, the program keeps its settings, recovery
copies and logs in the "data" folder beside it, and nothing on this computer's user profile.
Delete this file (and the data folder) to use the normal per-user folders instead.
EOF
ARCHIVE=$DIST/kassatsiya-$VERSION-linux-x86_64-portable.tar.gz
tar -C "$DIST" -czf "$ARCHIVE" kassatsiya
rm "$BUNDLE/portable.txt"

bundle_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "--- sizes"
echo "bundle folder: ${bundle_mb} MB; portable archive: $(du -m "$ARCHIVE" | cut -f1) MB ($ARCHIVE)"
echo "largest parts:"
du -sm "$BUNDLE"/_internal/* | sort -rn | sed -n 1,8p  # not head: its early exit is a SIGPIPE under pipefail
echo "wall time: $(($(date +%s) - started)) s"
echo "RESULT bundle_mb=$bundle_mb self_test=$self_test cold_start_ms=$cold_start"
[ "$self_test" = pass ] && [ "$round_trip" = pass ] && [ "$cold_start" != na ]
