#!/bin/sh
# Debian's Chromium and a Chinese font, for the end-to-end browser test (tests/test_browser.py).
# Does nothing when both are there; uses sudo when not run as root.
set -e
if command -v chromium >/dev/null 2>&1 && [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium fonts-wqy-microhei
