#!/usr/bin/env python3
"""HTTP benchmark: NameGender's /invocations against the original design's stack.

Both servers run here on loopback and are measured in the same run, interleaved, with
`wrk -t2 -c32`: NameGender (`namegender serve`, published Release build) and the baseline
(Flask behind gunicorn with 2 sync workers and a small scikit-learn model, see baseline/).
Two loads: one name per request (names cycle through the 1,000 most frequent), and 100 names per
request (200 bodies drawn from the 20,000 most frequent, seeded). Every figure is the median of
--rounds runs; ratios compare medians from this run only, since the machine is shared.

Needs: wrk, gunicorn, python3-flask, python3-sklearn (apt-get install -y wrk gunicorn
python3-flask python3-sklearn) and the .NET SDK. Run from anywhere:

    python3 bench/http/bench.py [--rounds 5] [--duration 10] [--model MODEL]
"""

import argparse
import csv
import gzip
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT / "bench" / ".data"
SNAPSHOT = ROOT / "data" / "ssa-national-decades.csv.gz"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-flask and python3-sklearn live
SEED = 42
RSS_BAR_MB = 300
SPEEDUP_BAR = 15


def main():
    args = parse_args()
    require_tools()
    DATA.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="namegender-http-bench-"))
    servers = []
    try:
        binary = publish()
        model = args.model or default_model(binary)
        baseline_model = train_baseline()
        bodies = write_bodies(work)

        namegender = start(
            "namegender",
            ["dotnet", str(binary), "serve", "--model", str(model), "--port", str(free_port())],
            env={})
        servers.append(namegender)
        baseline = start(
            "baseline",
            ["gunicorn", "--workers", "2", "--worker-class", "sync", "--chdir", str(HERE / "baseline"),
             "--bind", f"127.0.0.1:{free_port()}", "--log-level", "warning", "app:app"],
            env={"BASELINE_MODEL": str(baseline_model)})
        servers.append(baseline)

        for server in servers:
            for load in bodies:
                run_wrk(server, bodies[load], 3)  # warm-up: JIT, caches, connection pools

        results = {(s.name, load): [] for s in servers for load in bodies}
        for round_number in range(1, args.rounds + 1):
            for load in bodies:
                for server in servers:
                    result = run_wrk(server, bodies[load], args.duration)
                    results[(server.name, load)].append(result)
                    print(f"round {round_number} {server.name:10} {load:9} {result['rps']:10,.0f} req/s  "
                          f"p50 {result['p50']:6.2f} ms  p99 {result['p99']:6.2f} ms  "
                          f"non-2xx {result['non2xx']}  rss {result['rss_mb']:.0f} MB", flush=True)

        summary = summarize(results, bodies)
        report(summary, args)
        (DATA / "http-results.json").write_text(json.dumps(summary, indent=2))
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs per server and load (median)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--model", type=Path, help="model to serve (default: models/default.ngmodel)")
    return parser.parse_args()


def require_tools():
    missing = [tool for tool in ("wrk", "gunicorn", "dotnet") if shutil.which(tool) is None]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import flask, sklearn, joblib"], capture_output=True)
    if probe.returncode != 0:
        missing.append("python3-flask/python3-sklearn")
    if missing:
        sys.exit(f"missing: {', '.join(missing)}; apt-get install -y wrk gunicorn python3-flask python3-sklearn")


def publish():
    output = DATA / "http-server"
    print("publishing namegender (Release)...", flush=True)
    subprocess.run(
        ["dotnet", "publish", str(ROOT / "src" / "NameGender.Cli" / "NameGender.Cli.csproj"),
         "-c", "Release", "-o", str(output), "--nologo", "-v", "quiet"],
        check=True)
    return output / "namegender.dll"


def default_model(binary):
    bundled = ROOT / "models" / "default.ngmodel"
    if bundled.exists():
        return bundled
    trained = DATA / "http-model.ngmodel"
    if not trained.exists():
        print("no bundled model: training one from the snapshot (about a minute)...", flush=True)
        subprocess.run(["dotnet", str(binary), "train", "--input", str(SNAPSHOT), "--holdout", "0.2",
                        "--name", "bench", "--output", str(trained)], check=True, stdout=subprocess.DEVNULL)
    return trained


def train_baseline():
    model = DATA / "http-baseline.joblib"
    if not model.exists():
        subprocess.run([SYSTEM_PYTHON, str(HERE / "baseline" / "train_model.py"), str(SNAPSHOT), str(model)],
                       check=True)
    return model


def write_bodies(work):
    births = {}
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            births[row["name"]] = births.get(row["name"], 0) + int(row["births"])
    frequent = [name.capitalize() for name, _ in sorted(births.items(), key=lambda item: -item[1])]

    rng = random.Random(SEED)
    one = frequent[:1000]
    rng.shuffle(one)
    hundred = [",".join(rng.sample(frequent[:20_000], 100)) for _ in range(200)]

    files = {}
    for load, lines, names in (("1 name", one, 1), ("100 names", hundred, 100)):
        path = work / f"bodies-{names}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files[load] = (path, names)
    return files


class Server:
    def __init__(self, name, process, port):
        self.name = name
        self.process = process
        self.port = port

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def rss_mb(self):
        """Resident memory of the server and its worker processes."""
        pids = [self.process.pid] + children(self.process.pid)
        total_kb = 0
        for pid in pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                total_kb += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
            except (OSError, AttributeError):
                pass
        return total_kb / 1024

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def children(pid):
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def start(name, command, env):
    port = int(command[command.index("--port") + 1]) if "--port" in command else \
        int(command[command.index("--bind") + 1].rsplit(":", 1)[1])
    log = open(DATA / f"http-{name}.log", "w")
    process = subprocess.Popen(command, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    server = Server(name, process, port)
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"{name} exited with {process.returncode}; see {log.name}")
        try:
            with urllib.request.urlopen(server.url + "/ping", timeout=2) as response:
                if response.status == 200:
                    print(f"{name} ready on {server.url}", flush=True)
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    server.stop()
    sys.exit(f"{name} did not answer /ping within 120 s")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_wrk(server, load, duration):
    path, names = load
    peak = [server.rss_mb()]
    done = threading.Event()

    def sample():
        while not done.wait(0.2):
            peak[0] = max(peak[0], server.rss_mb())

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        output = subprocess.run(
            ["wrk", "-t2", "-c32", f"-d{duration}s", "--latency", "-s", str(HERE / "wrk" / "invocations.lua"),
             server.url + "/invocations"],
            env={**os.environ, "BODIES": str(path)}, capture_output=True, text=True, check=True).stdout
    finally:
        done.set()
        sampler.join()

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": rps,
        "names_per_s": rps * names,
        "p50": latency_ms(output, "50%"),
        "p99": latency_ms(output, "99%"),
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
        "rss_mb": peak[0],
    }


def latency_ms(output, percentile):
    value, unit = re.search(rf"^\s+{percentile}\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def summarize(results, bodies):
    summary = {}
    for (server, load), runs in results.items():
        summary.setdefault(load, {})[server] = {
            "rps": statistics.median(r["rps"] for r in runs),
            "names_per_s": statistics.median(r["names_per_s"] for r in runs),
            "p50_ms": statistics.median(r["p50"] for r in runs),
            "p99_ms": statistics.median(r["p99"] for r in runs),
            "non2xx": sum(r["non2xx"] for r in runs),
            "socket_errors": sum(r["socket_errors"] for r in runs),
            "peak_rss_mb": max(r["rss_mb"] for r in runs),
            "runs": runs,
        }
    for load in bodies:
        figures = summary[load]
        figures["speedup"] = figures["namegender"]["rps"] / figures["baseline"]["rps"]
    return summary


def report(summary, args):
    print(f"\nmedians of {args.rounds} runs of {args.duration} s, wrk -t2 -c32, loopback")
    print(f"{'load':10} {'server':11} {'req/s':>10} {'names/s':>11} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'non-2xx':>8} {'peak RSS MB':>12}")
    for load, figures in summary.items():
        for server in ("namegender", "baseline"):
            f = figures[server]
            print(f"{load:10} {server:11} {f['rps']:10,.0f} {f['names_per_s']:11,.0f} {f['p50_ms']:8.2f} "
                  f"{f['p99_ms']:8.2f} {f['non2xx'] + f['socket_errors']:8} {f['peak_rss_mb']:12.0f}")
        print(f"{load:10} {'ratio':11} {figures['speedup']:9.1f}x")

    one = summary["1 name"]
    ng = [summary[load]["namegender"] for load in summary]
    checks = [
        (f"1-name req/s at least {SPEEDUP_BAR}x the baseline", one["speedup"] >= SPEEDUP_BAR),
        ("no non-2xx responses or socket errors from namegender",
         all(f["non2xx"] == 0 and f["socket_errors"] == 0 for f in ng)),
        (f"namegender resident memory under {RSS_BAR_MB} MB", all(f["peak_rss_mb"] < RSS_BAR_MB for f in ng)),
    ]
    print()
    for text, passed in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {text}")


if __name__ == "__main__":
    main()
