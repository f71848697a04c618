#!/usr/bin/env bash
# Runs the real-time attainment benchmarks (docs/benchmarks.md): engine time, calls and rows read per opportunity win
# at 10, 1,000 and 100,000 opportunities per rep, against a naive recompute. --quick: 10 and 1,000 only, fewer iterations.
# --scale [--months N] [--opportunities N] [REPS...]: the demo year at 10, 100 and 1,000 reps (docs/benchmarks.md, "Org scale").
# Other arguments go to BenchmarkDotNet (e.g. --filter '*Naive*'). Results: artifacts/benchmarks/results/.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet run -c Release --project Tests/SalesPerf.Benchmarks -- "$@"
