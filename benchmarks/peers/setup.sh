#!/usr/bin/env bash
# Install the peers seokit is measured against, beside the project (never committed):
# yoastseo under Node (npm), and textstat in the project's own venv.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent yoastseo@3.6.0 >/dev/null
echo "yoastseo $(node -p 'require("yoastseo/package.json").version') installed in benchmarks/peers/node_modules"
