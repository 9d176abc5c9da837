"""Run briefing's extraction over a folder with dask.bag, writing one JSON line per article.

The core is a pure function of the loaded article, so a cluster runs exactly what
`briefing --format jsonl --jobs N` runs on one machine. This example uses dask's local
multiprocessing scheduler; point it at a `dask.distributed.Client` to use a cluster.

Usage: python examples/dask_bag.py FOLDER [OUT_DIR] [--partitions N]

Needs `pip install dask` (not a dependency of briefing). Writes OUT_DIR/part-*.jsonl
(default: ./briefings-jsonl), one file per partition, lines in path order.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from briefing.core.loader import load_file
from briefing.core.model import LoadError
from briefing.core.pipeline import extract
from briefing.core.serialize import briefing_to_dict
from briefing.core.walk import walk_articles


def brief_file(path: str) -> dict[str, Any]:
    """One file to one JSON-able record: the pure function each worker runs."""
    loaded = load_file(path)
    if isinstance(loaded, LoadError):
        return {"path": loaded.path, "error": loaded.error}
    return briefing_to_dict(extract(loaded))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("out", nargs="?", default="briefings-jsonl")
    ap.add_argument("--partitions", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    try:
        import dask
        import dask.bag as db
    except ImportError:
        print("this example needs dask: pip install 'dask[bag]'", file=sys.stderr)
        return 2
    files, problems = walk_articles(os.fsencode(args.folder))
    for path, why in problems:
        print(f"cannot read {os.fsdecode(path)}: {why}", file=sys.stderr)
    # Paths travel as text (surrogateescape round-trips odd names); workers read the files.
    paths = [os.fsdecode(f) for f in sorted(files)]
    if not paths:
        print(f"no articles under {args.folder}", file=sys.stderr)
        return 1
    bag = db.from_sequence(paths, npartitions=min(args.partitions, len(paths)))
    lines = bag.map(brief_file).map(lambda record: json.dumps(record, ensure_ascii=False))
    Path(args.out).mkdir(parents=True, exist_ok=True)
    with dask.config.set(scheduler="processes"):
        # last_endline: without it the parts do not concatenate into valid JSONL.
        written = lines.to_textfiles(os.path.join(args.out, "part-*.jsonl"), last_endline=True)
    print(f"{len(paths)} articles -> {len(written)} files in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
