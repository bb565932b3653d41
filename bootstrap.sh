#!/usr/bin/env bash
# Set up Lumbar Coach on Debian or Ubuntu, then open it (./bootstrap.sh) or test it (./bootstrap.sh test).
#
# Installs what is missing and nothing else: the system packages Qt and speech
# need (through apt, with sudo when not root), a virtual environment in .venv,
# and the Python packages from pyproject.toml. Safe to run again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"

system_packages=(
  # Qt's xcb platform and offscreen rendering
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-xinerama0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  # speech and sound: espeak-ng for pyttsx3, aplay to play, pulse client for QtMultimedia
  espeak-ng alsa-utils libpulse0
  # measuring sound, a virtual screen, PDF pages: used by the tests
  sox xvfb poppler-utils
  # a private sound server whose stand-in microphone hears what is played: used by the tests
  pulseaudio pulseaudio-utils
  # a private session bus for testing how the screen is kept on
  dbus-daemon
  # checking the desktop entry and AppStream metainfo
  desktop-file-utils appstream
  # proving that no code path opens a network socket
  strace
  # Python's venv module on Debian
  python3-venv
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_system_packages() {
  local missing=()
  for package in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python_packages() {
  if [ ! -x "$venv/bin/python" ]; then
    say "Creating the virtual environment in .venv"
    "$python" -m venv "$venv"
  fi
  local stamp="$venv/.lumbar-coach-installed"
  local wanted
  wanted="$(sha256sum "$here/pyproject.toml" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "Installing Python packages"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -e "$here[test]"
    echo "$wanted" > "$stamp"
  fi
}

run_tests() {
  cd "$here"
  say "Checking that the core never imports Qt"
  "$venv/bin/lint-imports"
  say "Running the tests offscreen"
  QT_QPA_PLATFORM=offscreen "$venv/bin/python" -m pytest "$@"
}

install_system_packages
install_python_packages
case "${1:-}" in
  test) shift; run_tests "$@" ;;
  "") exec "$venv/bin/lumbar-coach" ;;
  *) exec "$venv/bin/lumbar-coach" "$@" ;;
esac
