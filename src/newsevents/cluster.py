"""Coding on a Dask cluster: an existing one (``tcp://host:port``) or a local one on 127.0.0.1.

Each worker loads the pipeline once: :class:`PipelinePlugin` is registered with the client under a
name derived from the pipeline's settings (model, data files, batch size), and its ``setup`` loads the
model and the data files on every worker, including workers that join later or restart. Tasks find
the loaded pipeline in their worker's plugin table (``get_worker().plugins[name]``); nothing is kept
in module globals. Batches are submitted in order, a bounded window at a time, and results come back
in input order, so the output equals the single-process output record for record.

Workers need the same newsevents release and the spaCy model installed (checked on every task).
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from . import __version__
from .errors import ClusterError, NewsEventsError
from .pipeline import Pipeline
from .types import Article

try:
    from distributed import WorkerPlugin
except ModuleNotFoundError:  # pragma: no cover - distributed is an optional dependency
    WorkerPlugin = object  # type: ignore[misc,assignment]


def plugin_name(pipe: Pipeline) -> str:
    """A stable name for a pipeline's settings: workers keep one loaded pipeline per name."""
    settings = json.dumps([__version__, pipe.model, list(pipe.data), pipe.batch_size])
    return "newsevents-pipeline-" + hashlib.sha256(settings.encode()).hexdigest()[:16]


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Holds one :class:`Pipeline` per worker and loads its resources when the worker starts."""

    def __init__(self, pipe: Pipeline) -> None:
        self.pipe = pipe
        self.name = plugin_name(pipe)
        self.version = __version__

    def setup(self, worker: Any) -> None:
        _ = self.pipe.resources


def _code_task(name: str, version: str, articles: list[Article]) -> list[dict[str, Any]]:
    from distributed import get_worker

    if version != __version__:
        raise ClusterError(
            f"worker has newsevents {__version__}, the client {version}: install the same release on both"
        )
    worker = get_worker()
    plugin = worker.plugins.get(name)
    if plugin is None:  # pragma: no cover - registered plugins reach every worker before its tasks
        raise ClusterError(f"worker {worker.address} has no pipeline {name}")
    return [r.to_dict() for r in plugin.pipe.code_batch(articles)]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client``, closed on exit: to the scheduler at ``scheduler``, or to a new local
    cluster of ``workers`` processes (one thread each) on 127.0.0.1 without a dashboard, shut down on
    exit."""
    try:
        from distributed import Client, LocalCluster
    except ModuleNotFoundError as e:
        raise ClusterError(
            "coding on a cluster needs dask and distributed: pip install 'newsevents[cluster]'"
        ) from e
    if scheduler:
        try:
            client = Client(scheduler)  # waits distributed.comm.timeouts.connect (Dask config)
        except (OSError, TimeoutError, ValueError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        try:
            yield client
        finally:
            client.close()
        return
    with (
        LocalCluster(
            n_workers=max(1, workers or 1),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _has_plugin(name: str, dask_scheduler: Any = None) -> bool:
    return name in dask_scheduler.worker_plugins


def register(client: Any, pipe: Pipeline) -> str:
    """Register the pipeline's worker plugin (loading it on every worker) unless the cluster already
    holds one with the same settings (then its workers' loaded pipelines are reused); returns its name."""
    plugin = PipelinePlugin(pipe)
    try:
        if not client.run_on_scheduler(_has_plugin, plugin.name):
            client.register_plugin(plugin, name=plugin.name)
    except NewsEventsError:
        raise
    except Exception as e:
        raise ClusterError(
            f"the workers cannot load the pipeline ({type(e).__name__}: {e}); each worker needs newsevents "
            f"{__version__} and the spaCy model {pipe.model!r} installed"
        ) from e
    return plugin.name


def code_on_cluster(
    client: Any, pipe: Pipeline, articles: Iterable[Article], chunk: int = 32, window: int | None = None
) -> Iterator[dict[str, Any]]:
    """Code ``articles`` on the cluster in batches of ``chunk``; yields article.v1 dicts in input order.

    At most ``window`` batches (default: four per worker thread) are in flight at once, so memory stays
    bounded however long the input is.
    """
    name = register(client, pipe)
    if window is None:
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        window = 4 * max(1, threads)
    pending: deque[Any] = deque()

    def result(fut: Any) -> list[dict[str, Any]]:
        try:
            return list(fut.result())
        except NewsEventsError:
            raise
        except Exception as e:
            raise ClusterError(f"a coding task failed on the cluster ({type(e).__name__}: {e})") from e
        finally:
            fut.release()

    try:
        for batch in _batches(articles, max(1, chunk)):
            pending.append(client.submit(_code_task, name, __version__, batch, pure=False))
            while len(pending) >= window:
                yield from result(pending.popleft())
        while pending:
            yield from result(pending.popleft())
    finally:
        for fut in pending:
            fut.cancel()
