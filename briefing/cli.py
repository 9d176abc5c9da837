"""The `briefing` command: the TUI on a terminal, a printed briefing otherwise.

Only argparse and the stdlib-only sanitiser for messages are imported up front: `--help` and
`--version` answer without loading Rich, Textual or the extraction core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.output.sanitize import visible_line

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefing.core.model import Article, Briefing, LoadError

    Result = Briefing | LoadError

FORMATS = ("text", "markdown", "json", "jsonl")
# Below this many articles a process pool costs more to start than it saves.
_MIN_ARTICLES_PER_JOB = 8
_SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".json": "json"}

EXAMPLES = """\
examples:
  briefing news/                       read every article in news/ in the interactive view
  briefing news/ --watch               ... and show articles as they arrive in news/
  briefing today.md --format text      print the briefing of one article
  briefing news/ --format markdown --output briefing.md
  briefing news/ --format json | jq '.articles[].questions'
  briefing archive/ --format jsonl --jobs 2 > briefings.jsonl
  briefing news/ --format markdown --today 2025-03-10

With more than one article, the text and Markdown output open with the morning digest (the
folder's stories, one agenda, the people in the news, where sources disagree) and the JSON
document carries "stories" and "digest"; jsonl stays one article a line.

Folders are read recursively for *.txt, *.md and *.markdown files (hidden ones skipped),
ordered by date, then name. Exit status: 0 when every article was read, 1 when any path was
skipped, 2 for a usage error.
"""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments, with the examples and exit statuses as the help's epilogue."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn news articles into a morning briefing: summary, actors, agenda "
        "and open questions.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="print the briefing instead of opening the interactive view "
        "(the default when output is not a terminal: text)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the printed briefing to FILE (format from its suffix unless --format)",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite FILE given to --output if it exists"
    )
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links that lead outside the given folders",
    )
    parser.add_argument(
        "--no-mouse", action="store_true", help="leave the mouse to the terminal (text selection)"
    )
    parser.add_argument("--theme", metavar="NAME", help="colour theme of the interactive view")
    parser.add_argument(
        "--watch",
        action="store_true",
        help="in the interactive view, show new, changed and removed files as they appear",
    )
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="extract on N processes when printing (default: every core)",
    )
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where briefings are cached (default: $BRIEFING_CACHE_DIR, else the user cache)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the briefing cache"
    )
    parser.add_argument(
        "--today",
        type=_iso_date,
        metavar="DATE",
        help="the day the digest marks events 'today' and 'this week' against, as YYYY-MM-DD "
        "(default: the clock's date)",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, not {text!r}") from None


def _say(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr)


def _report(error: LoadError, verb: str = "read") -> None:
    _say(f"cannot {verb} {visible_line(error.path)}: {visible_line(error.error)}")


def _refuse_overwrite(path: str) -> int:
    _say(f"{visible_line(path)} already exists; use --force to overwrite it")
    return 1


def _silence_stdout() -> int:
    """The reader (`| head`) went away: stop quietly, as other Unix tools do; status 1."""
    # Pointing stdout at /dev/null keeps the interpreter's final flush from failing again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1


def _stream_jsonl(results: Iterator[Result], errors: Sequence[LoadError]) -> int:
    """One JSON object per line, flushed as each article is done: errors first, then articles."""
    from briefing.batch import write_jsonl
    from briefing.core.model import LoadError

    failed = 0

    def counted() -> Iterator[Result]:
        nonlocal failed
        yield from errors
        for result in results:
            if isinstance(result, LoadError):
                failed += 1
                _report(result, verb="brief")
            yield result

    try:
        write_jsonl(counted(), sys.stdout)
    except BrokenPipeError:
        return _silence_stdout()
    return 1 if errors or failed else 0


def _choose_format(args: argparse.Namespace) -> str | None:
    """The printed format, or None for the interactive view."""
    if args.format:
        return str(args.format)
    if args.output:
        return _SUFFIX_FORMATS.get(os.path.splitext(args.output)[1].lower(), "text")
    return None if sys.stdout.isatty() else "text"


def _run_tui(args: argparse.Namespace) -> int | None:
    # Importing Textual makes some 60,000 objects and no garbage to speak of: without the
    # collector's passes over them (about 10 ms) the first frame comes sooner. `run_app`
    # freezes them and switches the collector back on once the first frame is drawn.
    gc.disable()
    try:
        from briefing.ui.app import run_app
    except ImportError as exc:
        gc.enable()
        _say(f"the interactive view is not available ({exc}); printing text instead")
        return None
    return int(
        run_app(
            paths=list(args.paths),
            mouse=not args.no_mouse,
            theme=args.theme,
            cache_dir=args.cache_dir,
            use_cache=not args.no_cache,
            today=args.today,
            watch=args.watch,
        )
    )


def _extract_all(args: argparse.Namespace, articles: Sequence[Article]) -> Iterator[Result]:
    """Briefings in input order, from the cache where it has them, on `--jobs` processes."""
    from briefing.batch import default_jobs, extract_many
    from briefing.store.cache import BriefingCache

    cache = BriefingCache.open(
        args.cache_dir,
        enabled=not args.no_cache,
        on_notice=lambda notice: _say(visible_line(notice)),
    )
    jobs = args.jobs or default_jobs()
    jobs = max(1, min(jobs, len(articles) // _MIN_ARTICLES_PER_JOB))
    return extract_many(articles, jobs=jobs, cache=cache)


def _render(
    fmt: str, briefings: list[Briefing], errors: list[LoadError], to_file: bool, today: dt.date
) -> str:
    from briefing.core.digest import build_digest

    # The JSON document always carries its stories (one article is a story of one); the
    # printed formats open with a digest only when there is more than one article to digest.
    digest = build_digest(briefings, today) if fmt == "json" or len(briefings) > 1 else None
    if fmt == "json":
        from briefing.output.jsonout import render_json

        return render_json(briefings, errors, digest)
    if fmt == "markdown":
        from briefing.output.markdown import render_markdown

        return render_markdown(briefings, digest)
    from briefing.output.text import make_console, print_text, render_text

    console = make_console()
    if to_file or not console.is_terminal:
        return render_text(briefings, width=console.width, digest=digest)
    print_text(briefings, console, digest)
    return ""


def _tolerate_unencodable_output() -> None:
    # Under a non-UTF-8 locale, a character the terminal cannot encode should print as an
    # escape, not end the run with UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0 ok, 1 something skipped, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2

    fmt = _choose_format(args)
    missing = [p for p in args.paths if not os.path.lexists(p)]
    if fmt is None and len(missing) == len(args.paths):
        # Nothing to show: say so here rather than open an empty interactive view.
        for path in missing:
            _say(f"cannot read {visible_line(path)}: no such file or directory")
        return 1
    if fmt is None:
        status = _run_tui(args)
        if status is not None:
            return status
        fmt = "text"

    if args.output and not args.force and os.path.lexists(args.output):
        return _refuse_overwrite(args.output)

    from briefing.core.loader import load_paths
    from briefing.core.model import Briefing

    _tolerate_unencodable_output()

    articles, errors = load_paths(args.paths, follow_links=args.follow_links)
    for error in errors:
        _report(error)
    results = _extract_all(args, articles)
    if fmt == "jsonl":
        return _stream_jsonl(results, errors)
    briefings: list[Briefing] = []
    failed = 0
    for result in results:
        if isinstance(result, Briefing):
            briefings.append(result)
        else:
            # One article the core trips on must not cost the user the rest of the run.
            failed += 1
            _report(result, verb="brief")
    status = 1 if errors or failed else 0

    try:
        today = args.today or dt.date.today()
        content = _render(fmt, briefings, errors, to_file=bool(args.output), today=today)
        if args.output:
            from briefing.output.write import OutputExists, write_atomic

            try:
                write_atomic(args.output, content, force=args.force)
            except OutputExists:
                # Created since the check above, by another program.
                return _refuse_overwrite(args.output)
            except OSError as exc:
                from briefing.core.walk import describe_os_error

                _say(f"cannot write {visible_line(args.output)}: {describe_os_error(exc)}")
                return 1
        elif content:
            sys.stdout.write(content)
            sys.stdout.flush()
    except BrokenPipeError:
        return _silence_stdout()
    return status
