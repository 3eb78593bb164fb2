#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: npm packages, Debian's
# Chromium for Playwright (it cannot download its own browser here), Debian's Firefox ESR
# for the quick-exit checks in Firefox (puppeteer-core drives it over WebDriver BiDi),
# WebKitGTK's WebDriver (it brings MiniBrowser) and Xvfb for the same checks in WebKit,
# Java for the W3C HTML checker, and nginx and Varnish for npm run test:deploy. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
# npm run test:deploy: nginx as the load balancer and the mirror's host, Varnish as the CDN.
command -v nginx >/dev/null 2>&1 || need+=(nginx-light)
command -v varnishd >/dev/null 2>&1 || need+=(varnish)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
# npm ci rejects lock files written by this machine's npm (it leaves other platforms'
# optional packages out), so install from the lock with npm install instead.
npm install --no-audit --no-fund
