#!/usr/bin/env bash
# Install the Debian packages FairMinutes needs, or say exactly what to install.
#   scripts/system-deps.sh run    what the app needs (PortAudio, the libraries Qt loads)
#   scripts/system-deps.sh test   that, plus a virtual microphone (PulseAudio) and a virtual screen (Xvfb)
set -euo pipefail
what=${1:-run}
pkgs=(libportaudio2 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libasound2-plugins tesseract-ocr tesseract-ocr-eng)
if [ "$what" = test ]; then
  pkgs+=(pulseaudio pulseaudio-utils xvfb strace 7zip)  # 7zip: an encrypted bundle opens in 7-Zip
fi
command -v dpkg-query >/dev/null || { echo "Not a Debian-family system: install PortAudio and the Qt xcb libraries with your package manager."; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "FairMinutes needs these system packages. Please run:"
  echo "  sudo apt-get install ${missing[*]}"
  exit 1
fi
