"""Load test of `newsevents serve` (run by hand, not a test): traffic to 127.0.0.1 only, stopping by itself.

    PYTHONPATH=src python bench/load.py [--seconds 60] [--rate 200] [--events 100000] [--db bench-load.db]
                                        [--workers 1] [--cache-entries N]

Builds (or reuses) a store of generated events with bench/store_bench.py's generator, starts
`newsevents serve` on 127.0.0.1, and drives paced requests from a pool of threads (httpx): half event
list pages (dyad, actor, CAMEO root, QuadClass and date filters, with their total), half dyad timelines
(month or week). Reports requests/s, latency percentiles, errors, and the server's resident memory sampled
every second (first, last, max, and the trend over the second half of the run: flat means no leak).
Target: 200 requests/s with p99 under 200 ms, no errors, memory flat.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path[:0] = [str(SRC), str(HERE)]

from store_bench import ACTORS, generate  # noqa: E402

from newsevents.store import Store  # noqa: E402

HOST = "127.0.0.1"  # never anywhere else


def build(db: Path, n_events: int) -> None:
    store = Store(str(db))
    try:
        have = store.counts()["events"]
        if have == 0:
            print(f"generating {n_events:,} events into {db} ...", file=sys.stderr)
            secs = generate(store, n_events)
            print(f"generated in {secs:.1f} s", file=sys.stderr)
        else:
            print(f"reusing {db} ({have:,} asserted events)", file=sys.stderr)
    finally:
        store.close()


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def tree_rss_mb(pid: int) -> float | None:
    """Resident memory of the server and its worker processes (``--workers``)."""
    total = rss_mb(pid)
    if total is None:
        return None
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        kids = []
    return total + sum(rss_mb(int(k)) or 0.0 for k in kids)


def start_server(
    db: Path, port: int, workers: int = 1, cache_entries: int | None = None
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    env.pop("NEWSEVENTS_TOKEN", None)
    cmd = [sys.executable, "-m", "newsevents", "serve", "--db", str(db), "--host", HOST, "--port", str(port)]
    cmd += ["--workers", str(workers)]
    if cache_entries is not None:
        cmd += ["--cache-entries", str(cache_entries)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def requests_mix(base: str, rnd: random.Random, dyads: list[tuple[str, str]]) -> str:
    a, b = rnd.choice(dyads)
    r = rnd.random()
    if r < 0.5:
        return f"{base}/api/dyads/{a}/{b}/timeline?interval={rnd.choice(['month', 'month', 'week'])}"
    year = rnd.randrange(2015, 2025)
    choices = [
        f"dyad={a},{b}",
        f"dyad={a},{b}&quad={rnd.randrange(1, 5)}&since={year}",
        f"actor={rnd.choice(ACTORS[:20])}&cameo={rnd.choice(['04', '19', '11', '05'])}"
        f"&since={year}&until={year}",
        f"quad={rnd.randrange(1, 5)}&since={year}-{rnd.randrange(1, 13):02d}",
        "",
    ]
    return f"{base}/api/events?limit=50&{rnd.choice(choices)}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60, help="how long to drive load (default 60)")
    ap.add_argument("--rate", type=float, default=200, help="target requests per second (default 200)")
    ap.add_argument("--threads", type=int, default=16, help="client threads (default 16)")
    ap.add_argument(
        "--events", type=int, default=100_000, help="events in a generated store (default 100000)"
    )
    ap.add_argument("--db", default="bench-load.db", help="store to build or reuse (default bench-load.db)")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1, help="server processes (serve --workers; default 1)")
    ap.add_argument(
        "--cache-entries",
        type=int,
        default=None,
        help="serve --cache-entries (default: the server's default)",
    )
    args = ap.parse_args()
    if not 0 < args.seconds <= 3600 or not 0 < args.rate <= 5000 or not 0 < args.threads <= 256:
        raise SystemExit("--seconds must be in (0, 3600], --rate in (0, 5000], --threads in (0, 256]")
    if not 1 <= args.workers <= 16:
        raise SystemExit("--workers must be in [1, 16]")
    db = Path(args.db)
    build(db, args.events)
    server = start_server(db, args.port, args.workers, args.cache_entries)
    base = f"http://{HOST}:{args.port}"
    try:
        top = httpx.get(f"{base}/api/dyads?limit=30", timeout=10).json()
        dyads = [(d["a"]["key"], d["b"]["key"]) for d in top]
        latencies: list[float] = []
        errors: dict[str, int] = {}
        hits = [0]  # answers from the server's response cache
        lock = threading.Lock()
        slot = [0]
        t0 = time.monotonic() + 0.5
        end = t0 + args.seconds
        interval = 1.0 / args.rate

        def worker(n: int) -> None:
            rnd = random.Random(args.seed * 1000 + n)
            with httpx.Client(timeout=10) as client:
                while True:
                    with lock:
                        due = t0 + slot[0] * interval
                        slot[0] += 1
                    if due >= end:
                        return
                    pause = due - time.monotonic()
                    if pause > 0:
                        time.sleep(pause)
                    url = requests_mix(base, rnd, dyads)
                    start = time.monotonic()
                    try:
                        r = client.get(url)
                        bad = None if r.status_code == 200 else f"HTTP {r.status_code}"
                        hit = r.headers.get("x-newsevents-cache") == "hit"
                    except httpx.HTTPError as e:
                        bad, hit = type(e).__name__, False
                    took = time.monotonic() - start
                    with lock:
                        latencies.append(took)
                        hits[0] += hit
                        if bad:
                            errors[bad] = errors.get(bad, 0) + 1

        rss: list[tuple[float, float]] = []
        stop = threading.Event()

        def sampler() -> None:
            while not stop.wait(1.0):
                m = tree_rss_mb(server.pid)
                if m is not None:
                    rss.append((time.monotonic() - t0, m))

        threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.threads)]
        sampling = threading.Thread(target=sampler, daemon=True)
        sampling.start()
        for t in threads:
            t.start()
        last_report = time.monotonic()
        while any(t.is_alive() for t in threads):
            time.sleep(0.5)
            if time.monotonic() - last_report >= 30:
                last_report = time.monotonic()
                with lock:
                    n = len(latencies)
                print(
                    f"  {last_report - t0:5.0f} s: {n:,} requests, rss {rss[-1][1]:.0f} MB", file=sys.stderr
                )
            if time.monotonic() > end + 30:
                break  # stragglers: give up on them
        stop.set()
        elapsed = max(1e-9, min(time.monotonic(), end) - t0)
        lat = sorted(latencies)

        def pct(p: float) -> float:
            return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

        mems = [m for _, m in rss]
        half = [(t, m) for t, m in rss if t >= args.seconds / 2]
        slope = 0.0
        if len(half) >= 3:
            ts, ms = zip(*half, strict=True)
            mt, mm = statistics.fmean(ts), statistics.fmean(ms)
            slope = sum((t - mt) * (m - mm) for t, m in half) / sum((t - mt) ** 2 for t in ts) * 60
        print(
            f"load: {args.seconds:g} s, target {args.rate:g} requests/s, {args.threads} threads, "
            f"{args.workers} server process(es), {base}"
        )
        print(
            f"requests: {len(lat):,} ({len(lat) / elapsed:.1f}/s), "
            f"errors: {sum(errors.values())} {errors or ''}, "
            f"cache hits: {hits[0] / max(1, len(lat)):.0%}"
        )
        print(
            f"latency ms: p50 {pct(0.50):.1f}, p90 {pct(0.90):.1f}, p99 {pct(0.99):.1f}, "
            f"max {lat[-1] * 1000 if lat else float('nan'):.1f}"
        )
        if mems:
            print(
                f"server RSS MB: first {mems[0]:.0f}, last {mems[-1]:.0f}, max {max(mems):.0f}; "
                f"trend over the second half {slope:+.2f} MB/min ({len(mems)} samples)"
            )
        ok = not errors and pct(0.99) < 200 and len(lat) / elapsed >= 0.95 * args.rate
        print("target met" if ok else "target NOT met")
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
