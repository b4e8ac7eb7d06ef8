#!/usr/bin/env bash
# Installs everything Kiosque needs on a Debian bookworm machine, as root.
# Idempotent: when nothing is missing it only checks, in a few seconds.
#
#   scripts/setup.sh           native + web toolchain, ImGui sources, npm deps
#   KIOSQUE_NO_BROWSER=1 ...   skip chromium + npm (native-only machines)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  emscripten binaryen
  nlohmann-json3-dev doctest-dev
  clang-14 libclang-rt-14-dev
  python3-fonttools python3-brotli python3-pil fonts-noto-core
  dpkg-dev
)
if [[ -z "${KIOSQUE_NO_BROWSER:-}" ]]; then APT_PACKAGES+=(chromium); fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

# Dear ImGui for the wasm build comes from Debian's source package: it needs a deb-src entry.
ensure_deb_src() {
  if ! grep -rqs '^Types: deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    cat > /etc/apt/sources.list.d/kiosque-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    return 1
  fi
}

IMGUI_DIR="${IMGUI_DIR:-third_party/imgui}"
need_update=0
ensure_deb_src || need_update=1
if ((${#missing[@]})); then need_update=1; fi
if [[ ! -f "$IMGUI_DIR/imgui.cpp" ]]; then need_update=1; fi

if ((need_update)); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
fi
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -f "$IMGUI_DIR/imgui.cpp" ]]; then
  echo "setup: fetching Dear ImGui sources (Debian source package) into $IMGUI_DIR"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source -qq --download-only imgui >/dev/null 2>&1 && dpkg-source -x --skip-patches imgui_*.dsc src >/dev/null 2>&1)
  mkdir -p "$(dirname "$IMGUI_DIR")"
  rm -rf "$IMGUI_DIR"
  mv "$tmp/src" "$IMGUI_DIR"
  rm -rf "$tmp"
fi

if [[ -z "${KIOSQUE_NO_BROWSER:-}" ]]; then
  if [[ ! -d node_modules/playwright-core ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --silent
  fi
fi
echo "setup: ok"
