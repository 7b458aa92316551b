# Shared by scripts/test and scripts/demo: the Debian packages Wharf needs, installed when missing,
# and the configure + build step. Sourced, not run.

WHARF_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# WHARF_SANITIZE=address|thread builds with that sanitizer, by default in a folder of its own
# (build-address, build-thread): a sanitized build never mixes with the ordinary one.
WHARF_SANITIZE=${WHARF_SANITIZE:-}
if [ -n "$WHARF_SANITIZE" ]; then
    WHARF_BUILD_DIR=${WHARF_BUILD_DIR:-$WHARF_ROOT/build-$WHARF_SANITIZE}
else
    WHARF_BUILD_DIR=${WHARF_BUILD_DIR:-$WHARF_ROOT/build}
fi

# Build: compiler, CMake, Ninja, Qt 6.4 and QtKeychain. Run: SQLite and PostgreSQL drivers, a PostgreSQL
# server for the suite (scripts/lib/postgres.sh), SVG, a Secret Service
# (gnome-keyring) with a private D-Bus session for the keychain tests, Xvfb for screenshots,
# setpriv (util-linux) for the read-only-file test, openssl for the sandbox's certificates.
WHARF_PACKAGES=(
    build-essential cmake ninja-build pkg-config clang-format ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql postgresql qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qcoro-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libsodium-dev
    gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth util-linux openssl python3
    desktop-file-utils appstream file dpkg-dev systemd
)

wharf_missing_packages() {
    local missing=()
    local package
    for package in "${WHARF_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]}"
}

wharf_install_dependencies() {
    local missing
    missing=$(wharf_missing_packages)
    [ -z "$missing" ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Wharf is built on Debian 12; this machine has no apt-get. Install these packages: $missing" >&2
        return 1
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "Some packages Wharf needs are missing. Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y $missing" >&2
        return 1
    fi
    echo "Installing missing Debian packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
}

wharf_build() {
    local werror=OFF
    # CI builds with -Werror; a developer's build does too when they ask for it.
    if [ "${CI:-}" = "true" ] || [ "${WHARF_WERROR:-}" = "ON" ]; then
        werror=ON
    fi
    # ccache keeps a machine's second build short (CI runs on the developer's machine); the base
    # dir makes its cache work across checkouts in different folders.
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        export CCACHE_BASEDIR="$WHARF_ROOT" CCACHE_NOHASHDIR=1
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    # Only when asked: an empty value would turn off the sanitizer of a folder configured by hand.
    local sanitize=()
    if [ -n "$WHARF_SANITIZE" ]; then
        sanitize=(-DWHARF_SANITIZE="$WHARF_SANITIZE")
    fi
    # Debug: the suite is bound by I/O, not by the optimizer, and -O0 halves the build on two
    # cores. Benchmarks want WHARF_BUILD_TYPE=Release.
    cmake -S "$WHARF_ROOT" -B "$WHARF_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${WHARF_BUILD_TYPE:-Debug}" \
        -DWHARF_WERROR="$werror" "${launcher[@]}" "${sanitize[@]}" "$@" && \
        cmake --build "$WHARF_BUILD_DIR" --parallel "$(nproc)"
}
