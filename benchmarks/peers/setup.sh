#!/usr/bin/env bash
# Install the peers seokit is measured against, beside the project (never committed):
# yoastseo under Node (npm), python-seo-analyzer and linkchecker in their own venv (they pin
# other versions of seokit's dependencies), and the real-page corpus (Python's HTML docs).
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent yoastseo@3.6.0 >/dev/null
echo "yoastseo $(node -p 'require("yoastseo/package.json").version') installed in benchmarks/peers/node_modules"
python3 -m venv venv
venv/bin/pip install -q pyseoanalyzer==2025.4.3 lxml_html_clean linkchecker==10.6.0  # trafilatura needs lxml_html_clean with lxml 5
echo "pyseoanalyzer and linkchecker installed in benchmarks/peers/venv"
if [ ! -d /usr/share/doc/python3-doc/html ]; then  # not python3*/html: python3-pip has one too
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-doc >/dev/null
fi
echo "real-page corpus: /usr/share/doc/python3-doc/html"
