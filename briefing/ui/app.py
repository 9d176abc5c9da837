"""The reader: an article list, four briefing panes and the article text, keyboard first."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.worker import Worker, get_current_worker

import briefing
from briefing.core.model import Article, Briefing, LoadError
from briefing.output.sanitize import visible
from briefing.store.state import StateStore
from briefing.ui.first_read import FirstRead, FirstReader
from briefing.ui.library import Entry, list_article_paths
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_text import ArticleText
from briefing.ui.widgets.slot_placeholder import SlotPlaceholder
from briefing.ui.widgets.text_placeholder import TextPlaceholder
from briefing.ui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.timer import Timer
    from textual.widgets import Tabs

    from briefing.core.digest_model import Digest
    from briefing.store.cache import BriefingCache

    # The messages are imported where they are posted: the first frame posts none, and the
    # module's dataclasses cost it some 3 ms.
    from briefing.ui.messages import (
        ArticleChosen,
        ArticleRequested,
        ArticlesListed,
        ArticlesLoaded,
        BriefingsReady,
        DigestReady,
        EvidenceRequested,
        FirstArticleRead,
        FolderChanged,
        StoreNotice,
    )
    from briefing.ui.screens.digest_screen import DigestScreen
    from briefing.ui.screens.export_screen import ExportRequest
    from briefing.ui.screens.search_all_screen import SearchHit
    from briefing.ui.widgets.digest_lists import ArticleLabel
    from briefing.ui.widgets.pane import BriefingPane
    from briefing.ui.widgets.search_bar import SearchBar
    from briefing.watch import FolderWatcher

PANES = ("articles", "summary", "actors", "agenda", "questions", "text")
# The four briefing panes' titles, for their places on the first frame: the panes themselves,
# and their modules, come just after it (a test checks the titles are the panes' own).
PANE_TITLES = {
    "summary": "1 Summary",
    "actors": "2 Actors",
    "agenda": "3 Agenda",
    "questions": "4 Open questions",
}
TAB_LABELS = {
    "articles": "0 Articles",
    "summary": "1 Summary",
    "actors": "2 Actors",
    "agenda": "3 Agenda",
    "questions": "4 Questions",
    "text": "5 Text",
}
# Background results are posted in batches at most this often, so 2,000 articles do not
# flood the message queue with 2,000 redraws.
_BATCH_SECONDS = 0.1
# Every batch of loaded titles re-lays out the whole article list (about 60 ms for 2,000
# entries), so while a big folder is read the list is refreshed less often.
_LOAD_BATCH_SECONDS = 0.3
# How long the worker waits for the first screen before it starts extracting anyway.
_FIRST_PAINT_WAIT = 1.0
# How long the first article is briefed alone, at full speed, before the others are read and
# briefed beside it: a usual article takes a fraction of this; a 5 MB one many seconds.
_FIRST_ALONE_SECONDS = 0.5
# How long the first frame waits for the first article: a listing and one read file, a few
# milliseconds; a slow disk gets the loading screen instead and the worker carries on.
_FIRST_READ_WAIT = 0.2
# The last position is written this long after the user stops moving, not on every key.
_POSITION_DELAY = 1.0
# How often `--watch` looks at the folder.
WATCH_INTERVAL = 2.0
# While articles arrive, a digest rebuild waits this long at least, or this many times the
# last build's time.
_DIGEST_MIN_GAP = 1.0
_DIGEST_GAP_FACTOR = 3.0
# The digest screen opens first when a folder holds at least this many articles.
DIGEST_MIN_ARTICLES = 2
DIGEST_SCREEN = "digest"


def styles_dir() -> Path:
    """The .tcss folder: inside the installed package, or at the top of a source checkout."""
    package = Path(briefing.__file__).resolve().parent
    installed = package / "styles"
    return installed if installed.is_dir() else package.parent / "styles"


def _article_commands() -> type[Provider]:
    # The palette is opened rarely; its provider is imported when it is.
    from briefing.ui.commands import ArticleCommands

    return ArticleCommands


def _load(path: str) -> Article | str:
    """Read one article in a worker thread; a failure becomes its reason."""
    from briefing.core.loader import load_file

    try:
        loaded = load_file(path)
    except Exception as exc:  # a loader bug must cost one article, not the reader
        return f"could not be read ({type(exc).__name__}: {exc})"
    return loaded.error if isinstance(loaded, LoadError) else loaded


def _extract(article: Article, cache: BriefingCache | None) -> Briefing | str:
    """Brief one article in a worker thread, from the cache if it has it; a failure says why."""
    # Imported here, in the worker; the extractors themselves only on a cache miss.
    from briefing.store.cache import extract_cached

    try:
        return extract_cached(article, cache)
    except Exception as exc:  # an extractor bug must cost one article, not the reader
        return f"could not be extracted ({type(exc).__name__}: {exc})"


def briefing_pane_classes() -> dict[str, type[BriefingPane]]:
    """The four briefing panes by name, in the order they are stacked."""
    from briefing.ui.widgets.actors_pane import ActorsPane
    from briefing.ui.widgets.agenda_pane import AgendaPane
    from briefing.ui.widgets.questions_pane import QuestionsPane
    from briefing.ui.widgets.summary_pane import SummaryPane

    return {
        "summary": SummaryPane,
        "actors": ActorsPane,
        "agenda": AgendaPane,
        "questions": QuestionsPane,
    }


def _now(callback: Callable[..., object], *args: object) -> None:
    callback(*args)


def folder_key(paths: Sequence[str]) -> str:
    """What the last position is remembered under: the folder, or all the paths given."""
    if len(paths) == 1:
        return os.path.abspath(paths[0])
    return os.pathsep.join(sorted(os.path.abspath(p) for p in paths))


class BriefingApp(App[int]):
    """Reads a folder of articles and shows each one's briefing beside its text."""

    # Only what the first frame shows: parsing a rule costs that frame as much as using it.
    # The rest (LATER_CSS) is read just after it, or before the digest if that comes first.
    CSS_PATH: ClassVar[list[Path]] = [styles_dir() / "first_frame.tcss"]
    LATER_CSS: ClassVar[Path] = styles_dir() / "briefing.tcss"
    TITLE = "briefing"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (120, "-wide")]
    COMMANDS = App.COMMANDS | {_article_commands}

    # Every app key is a priority binding, handled the moment it arrives: a key that moves
    # focus (`/`, `1`-`5`, tab) must do so before the next key is routed, or a fast typist's
    # "/Geneva" reaches the old pane and fires `G` and `e`. `check_action` hands typed keys
    # back to an input box and leaves modal screens their own keys.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", priority=True),
        Binding("tab", "next_pane", "Next pane", show=False, priority=True),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False, priority=True),
        Binding("0", "show_pane('articles')", "Article list", show=False, priority=True),
        Binding("1", "show_pane('summary')", "Summary pane", show=False, priority=True),
        Binding("2", "show_pane('actors')", "Actors pane", show=False, priority=True),
        Binding("3", "show_pane('agenda')", "Agenda pane", show=False, priority=True),
        Binding("4", "show_pane('questions')", "Open questions pane", show=False, priority=True),
        Binding("5", "show_pane('text')", "Article text", show=False, priority=True),
        Binding("right_square_bracket,J", "next_article", "Next article", priority=True),
        Binding(
            "left_square_bracket,K",
            "previous_article",
            "Previous article",
            show=False,
            priority=True,
        ),
        Binding("space", "page_text", "Page the article text", show=False, priority=True),
        Binding("g", "top", "Top", show=False, priority=True),
        Binding("G", "bottom", "Bottom", show=False, priority=True),
        Binding("n", "next_mark", "Next evidence or hit", show=False, priority=True),
        Binding("N", "previous_mark", "Previous evidence or hit", show=False, priority=True),
        Binding("slash", "search", "Search", priority=True),
        Binding("ctrl+f", "search_all", "Search all articles", show=False, priority=True),
        Binding("y", "copy_pane", "Copy", priority=True),
        # Kept out of the footer, which at 80 columns has room for the commonest keys only.
        Binding("e", "export", "Export", show=False, priority=True),
        Binding("t", "toggle_theme", "Light/dark", show=False, priority=True),
        Binding("d", "digest", "Digest", priority=True),
        Binding("r", "rescan", "Rescan folder", show=False, priority=True),
        Binding("escape", "back", "Back", show=False, priority=True),
        Binding("q", "quit", "Quit", priority=True),
    ]
    # Actions whose keys are not typed characters, so they still apply inside the search box.
    _INPUT_SAFE_ACTIONS: ClassVar[frozenset[str]] = frozenset(
        {"next_pane", "previous_pane", "search_all", "back"}
    )
    _OWN_ACTIONS: ClassVar[frozenset[str]] = frozenset(
        b.action.split("(")[0] for b in BINDINGS if isinstance(b, Binding)
    )

    def __init__(
        self,
        paths: Sequence[str],
        *,
        theme: str | None = None,
        state: StateStore | None = None,
        cache_dir: str | None = None,
        use_cache: bool = True,
        today: dt.date | None = None,
        watch: bool = False,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self._pending_notices: list[str] = []
        self.state = state if state is not None else StateStore.open(on_notice=self._notice)
        self.cache: BriefingCache | None = None
        self.cache_dir = cache_dir
        self.use_cache = use_cache
        self.today = today
        self.watching = watch
        self.entries: list[Entry] = []
        self.current_index: int | None = None
        self.current_pane = "articles"
        self.extracted = 0
        self.digest: Digest | None = None
        self._shown_briefing: Briefing | None = None
        self._return_pane: str | None = None
        # The article a worker was last asked to brief, so one article is not briefed twice.
        self._requested: int | None = None
        # Bumped whenever a rescan changes the list; workers' news of an older list is dropped.
        self._generation = 0
        self._first_paint = threading.Event()
        self._stop = threading.Event()
        self._watchers: list[FolderWatcher] = []
        self._watch_lock = threading.Lock()
        self._digest_building = False
        self._digest_stale = False
        self._digest_next_at = 0.0
        self._digest_timer_set = False
        self._from_digest = False
        self._position_timer: Timer | None = None
        # Made when first shown: a single article never has a digest, nor imports it.
        self._digest_screen: DigestScreen | None = None
        self._open_story: str | None = None
        # False while the article list waits for the digest's first frame to be filled.
        self._list_filled = True
        # True while titles arrived under the digest that the article list does not show yet.
        self._list_stale = False
        # The first frame shows the list, the text and placeholders for the panes; the panes,
        # the tabs, the search bar and the footer's keys are mounted just after it. Keys that
        # arrive before then are held and handled, in order, once they are.
        self._complete = False
        self._held_keys: list[events.Key] = []
        # True once the folder was listed, so the panes can say whether it was empty.
        self._listed = False
        chosen = theme or self.state.get_setting("theme")
        if chosen in self.available_themes:
            self.theme = chosen
        # Started last, once everything it reads (paths, state, cache settings) is set.
        self._first_reader = FirstReader(self._read_first)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in self._OWN_ACTIONS:
            return True
        if self.screen is not self.default_screen:
            # Help, export, the palette: their keys are theirs (q closes help, n says no).
            return False
        if action == "digest" and not self.digest_available:
            return False
        typing = isinstance(self.focused, Input)
        return not typing or action in self._INPUT_SAFE_ACTIONS

    # Layout

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title-bar")
        if self.size.width < self.HORIZONTAL_BREAKPOINTS[-1][0]:
            # Only the narrow layout shows the tabs; a wide one gets them after the first frame.
            yield self._pane_tabs()
        with Horizontal(id="body"):
            # Current from the start, as `on_mount` makes it: one restyle of the list fewer.
            yield ArticleList(id="articles", classes="slot -current")
            with Vertical(id="panes"):
                for name, title in PANE_TITLES.items():
                    yield SlotPlaceholder(title, id=f"{name}-placeholder")
            yield TextPlaceholder(id="text-placeholder")
        # The footer's bar, empty: Textual's Footer costs the first frame its stylesheet.
        yield Static(id="footer-placeholder")

    def _pane_tabs(self) -> Tabs:
        from textual.widgets import Tab, Tabs

        tabs = Tabs(
            *(Tab(label, id=f"tab-{name}") for name, label in TAB_LABELS.items()),
            active=f"tab-{self.current_pane}",
            id="pane-tabs",
        )
        tabs.can_focus = False
        return tabs

    def on_mount(self) -> None:
        self._set_breakpoint_class()
        self.show_pane("articles")
        first = self._first_reader.ready(_FIRST_READ_WAIT)
        if first is not None:
            self._show_first(first)
        else:
            self._text_now().show_message("Loading...")
        if self._pending_notices:
            from briefing.ui.messages import StoreNotice

            for notice in self._pending_notices:
                self.post_message(StoreNotice(notice))
            self._pending_notices.clear()
        self.load_library(self.paths, shown=first is not None)

    def on_ready(self) -> None:
        self.call_after_refresh(self._complete_screen)

    async def _complete_screen(self) -> None:
        """Mount what the first frame left out, fill it from the state so far, replay keys."""
        if self._complete:
            return
        # The first frame is drawn: the worker may import the extractors now (holding the GIL
        # for a good while) without delaying it, and the collector may run again (`run_app`).
        self._first_paint.set()
        gc.enable()
        self.load_later_css()
        default = self.default_screen
        from briefing.ui.widgets.key_footer import KeyFooter
        from briefing.ui.widgets.search_bar import SearchBar

        # One repaint for all of it: no frame shows the panes mounted but still empty. Workers'
        # news handled meanwhile only updates the state: the panes are filled from it below.
        with self.batch_update():
            await default.query(SlotPlaceholder).remove()
            await default.query_one("#panes").mount_all(
                pane(id=name, classes="slot") for name, pane in briefing_pane_classes().items()
            )
            await default.query_one(TextPlaceholder).remove()
            await default.query_one("#body").mount(ArticleText(id="text", classes="slot"))
            if not default.query("#pane-tabs"):
                await default.mount(self._pane_tabs(), before="#body")
            footer = KeyFooter()
            await default.query_one("#footer-placeholder").remove()
            await default.mount_all([SearchBar(id="search-bar"), footer], after="#body")
            # In the footer's own context: its keys are bound to it as they are built.
            footer.call_later(footer.show_keys)
            self._complete = True
            self._shown_briefing = None
            if self.current_index is not None:
                self._show_current()
            elif self._listed and not self.entries:
                self._show_empty_state()
            else:
                for pane in self.briefing_panes:
                    pane.show_message("Loading...")
                self.article_text.show_message("Loading...")
            self.show_pane(self.current_pane)
        held, self._held_keys = self._held_keys, []
        for key in held:
            self.post_message(events.Key(key.key, key.character))

    def load_later_css(self) -> None:
        """Add the rules the first frame did without: panes' items, dialogs, the digest."""
        path = self.LATER_CSS
        if self.stylesheet.has_source(os.path.abspath(path)):
            return
        # None of these rules matches a widget of the first frame (a test checks), so nothing
        # on screen is restyled: the widgets mounted from now on are styled as they arrive.
        self.stylesheet.read(path)
        # Only this file is parsed: the stylesheet keeps the others' rules from before.
        self.stylesheet.parse()
        # So Textual's CSS reload (`textual run --dev`) reads this file too.
        self.css_path.append(path)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not self._complete:
            self._held_keys.append(event)
            return
        await super().on_event(event)

    def _set_breakpoint_class(self) -> None:
        # Textual sets the class on the first resize, after the first frame; that restyles
        # and lays out every widget again. Set now, the resize finds nothing to change.
        width = self.size.width
        reached = [(edge, name) for edge, name in self.HORIZONTAL_BREAKPOINTS if width >= edge]
        current = max(reached)[1] if reached else None
        self.screen.update_classes(
            {name: name == current for _, name in self.HORIZONTAL_BREAKPOINTS}, update=False
        )

    def _show_first(self, first: FirstRead) -> None:
        """Show what the first read found, as its messages would, before the first frame."""
        generation = self._generation
        self._articles_listed(first.listed, first.index, generation)
        # Under the digest the first article is not seen: laying out its text would only
        # delay the digest's first frame, so it is shown just after it.
        show = self.call_after_refresh if self.screen is not self.default_screen else _now
        if first.article is not None:
            show(self._articles_loaded, [(first.index, first.article)], generation)

    @property
    def narrow(self) -> bool:
        return self.screen.has_class("-narrow")

    @property
    def briefing_panes(self) -> list[BriefingPane]:
        # None until the screen is complete; it fills them from the state when they are.
        if not self._complete:
            return []
        from briefing.ui.widgets.pane import BriefingPane

        return list(self.query(BriefingPane))

    @property
    def search_bar(self) -> SearchBar:
        from briefing.ui.widgets.search_bar import SearchBar

        return self.query_one(SearchBar)

    @property
    def article_text(self) -> ArticleText:
        return self.query_one(ArticleText)

    def _text_now(self) -> ArticleText | TextPlaceholder:
        """Where the article is shown now: its placeholder until the screen is complete."""
        return self.article_text if self._complete else self.query_one(TextPlaceholder)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    def show_pane(self, name: str, *, focus: bool = True) -> None:
        """Make a pane current: the visible tab when narrow, the focused pane always."""
        if name != self.current_pane:
            self._remember_position()
        self.current_pane = name
        for pane_name in PANES:
            # Until the panes are mounted, their placeholders stand in for them.
            for slot in self.query(f"#{pane_name}, #{pane_name}-placeholder"):
                slot.set_class(pane_name == name, "-current")
        self.query_one("#panes").set_class(
            name in ("summary", "actors", "agenda", "questions"), "-current"
        )
        # By id: the wide layout has no tabs on its first frame, nor imports them.
        for widget in self.query("#pane-tabs"):
            tabs = cast("Tabs", widget)
            if tabs.active != f"tab-{name}":
                tabs.active = f"tab-{name}"
        if focus:
            # At once, not after a refresh: the next key may already be waiting.
            for widget in self.query(f"#{name}"):
                widget.screen.set_focus(widget)

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab.id != event.tabs.active:
            # Sent for an earlier `show_pane` and overtaken since (the restored pane, say).
            return
        name = event.tab.id.removeprefix("tab-") if event.tab.id else ""
        if name in PANES and name != self.current_pane:
            self.show_pane(name)

    def on_descendant_focus(self, event: object) -> None:
        # A click in the wide layout moves focus; keep the current pane in step with it.
        if not self._complete:
            # Before the panes are mounted the current pane may have nothing to focus yet.
            return
        focused = self.focused
        while focused is not None:
            if focused.id in PANES:
                if focused.id != self.current_pane:
                    self.show_pane(focused.id, focus=False)
                return
            focused = focused.parent if isinstance(focused.parent, Widget) else None

    # Loading and extraction, off the UI thread

    def _read_first(self) -> FirstRead:
        """List the folder and read the article to open first."""
        listed = list_article_paths(self.paths)
        index = self._restored_index(listed)
        article = _load(listed[index]) if listed else None
        return FirstRead(listed, index, article)

    @work(thread=True, exclusive=True, group="library")
    def load_library(self, paths: list[str], *, shown: bool) -> None:
        """Brief the first article, then read and brief the rest.

        `shown`: the first frame already showed the first read; otherwise it is posted now.
        """
        worker = get_current_worker()
        generation = self._generation
        first = self._first_reader.result()
        listed, index, article = first.listed, first.index, first.article
        if not shown:
            from briefing.ui.messages import ArticlesListed, ArticlesLoaded

            self.post_message(ArticlesListed(listed, index, generation))
            if article is not None:
                # The text is shown as soon as it is read, before its briefing.
                self.post_message(ArticlesLoaded([(index, article)], generation))
        if not listed:
            return
        # Importing and opening the cache holds the GIL for some 20 ms, importing the
        # extractors (on a miss) for far longer: done while the UI thread lays out its first
        # screen, either would delay that screen by as much. The first frame needs neither.
        self._first_paint.wait(_FIRST_PAINT_WAIT)
        from briefing.store.cache import BriefingCache
        from briefing.ui.messages import FirstArticleRead

        self.cache = BriefingCache.open(
            self.cache_dir, enabled=self.use_cache, on_notice=self._notice
        )
        if isinstance(article, Article):
            first_done = threading.Event()
            self.post_message(FirstArticleRead(index, article, generation, first_done))
            first_done.wait(_FIRST_ALONE_SECONDS)
        self._start_watchers(paths)
        rest = [(i, path, None) for i, path in enumerate(listed) if i != index]
        self._brief_all(worker, generation, rest)

    def on_first_article_read(self, message: FirstArticleRead) -> None:
        if not self.is_running or message.generation != self._generation:
            message.done.set()
            return
        self.brief_first(message.index, message.article, message.generation, message.done)

    @work(thread=True, group="first")
    def brief_first(
        self, index: int, article: Article, generation: int, done: threading.Event
    ) -> None:
        """Brief the first article in its own thread, so a huge one keeps no other waiting."""
        try:
            self._post_briefing(index, _extract(article, self.cache), generation)
        finally:
            done.set()

    @work(thread=True, exclusive=True, group="library")
    def brief_remaining(self, generation: int, todo: list[tuple[int, str, Article | None]]) -> None:
        """After a rescan: read and brief the articles that are new or changed."""
        self._brief_all(get_current_worker(), generation, todo)

    def _brief_all(
        self, worker: Worker[None], generation: int, todo: list[tuple[int, str, Article | None]]
    ) -> None:
        """Read what is not read yet, then brief everything in list order, in batches."""
        from briefing.ui.messages import ArticlesLoaded

        batch: list[tuple[int, Article | str]] = []
        articles: list[tuple[int, Article]] = []
        sent = time.monotonic()
        for index, path, known in todo:
            if worker.is_cancelled:
                return
            if known is not None:
                articles.append((index, known))
                continue
            outcome = _load(path)
            if isinstance(outcome, Article):
                articles.append((index, outcome))
            batch.append((index, outcome))
            if time.monotonic() - sent > _LOAD_BATCH_SECONDS:
                self.post_message(ArticlesLoaded(batch, generation))
                batch, sent = [], time.monotonic()
        if batch:
            self.post_message(ArticlesLoaded(batch, generation))
        ready: list[tuple[int, Briefing]] = []
        failed: list[tuple[int, Article | str]] = []
        for index, article in articles:
            if worker.is_cancelled:
                return
            if self._is_briefed(index, generation):
                continue
            outcome = _extract(article, self.cache)
            if isinstance(outcome, str):
                failed.append((index, outcome))
            else:
                ready.append((index, outcome))
            if time.monotonic() - sent > _BATCH_SECONDS:
                self._post_batches(ready, failed, generation)
                ready, failed, sent = [], [], time.monotonic()
        self._post_batches(ready, failed, generation)

    def _post_batches(
        self,
        ready: list[tuple[int, Briefing]],
        failed: list[tuple[int, Article | str]],
        generation: int,
    ) -> None:
        from briefing.ui.messages import ArticlesLoaded, BriefingsReady

        if ready:
            self.post_message(BriefingsReady(ready, generation))
        if failed:
            self.post_message(ArticlesLoaded(failed, generation))

    def _post_briefing(self, index: int, outcome: Briefing | str, generation: int) -> None:
        from briefing.ui.messages import ArticlesLoaded, BriefingsReady

        if isinstance(outcome, str):
            self.post_message(ArticlesLoaded([(index, outcome)], generation))
        else:
            self.post_message(BriefingsReady([(index, outcome)], generation))

    def _is_briefed(self, index: int, generation: int) -> bool:
        # Read from the worker thread: a stale answer only costs one repeated extraction.
        entries = self.entries
        return (
            generation == self._generation
            and index < len(entries)
            and entries[index].briefing is not None
        )

    def _restored_index(self, listed: list[str]) -> int:
        """The index of the article the reader was left on in this folder, else 0."""
        position = self.state.last_position(folder_key(self.paths))
        if position is not None:
            for index, path in enumerate(listed):
                if os.path.abspath(path) == position.article:
                    return index
        return 0

    @work(thread=True, exclusive=True, group="current")
    def brief_current(
        self, index: int, path: str, article: Article | None, generation: int
    ) -> None:
        """Brief the article the user is looking at, ahead of the background worker."""
        from briefing.ui.messages import ArticlesLoaded

        if get_current_worker().is_cancelled:
            # The user moved on before this thread started; the next request covers it.
            return
        if article is None:
            loaded = _load(path)
            self.post_message(ArticlesLoaded([(index, loaded)], generation))
            if isinstance(loaded, str):
                return
            article = loaded
        self._post_briefing(index, _extract(article, self.cache), generation)

    def _notice(self, text: str) -> None:
        """The cache or the state store gave up on its file (called from any thread)."""
        from briefing.ui.messages import StoreNotice

        if self.is_running:
            self.post_message(StoreNotice(text))
        else:
            self._pending_notices.append(text)

    def on_store_notice(self, message: StoreNotice) -> None:
        self.notify(visible(message.text), severity="warning", timeout=8, markup=False)

    def on_articles_listed(self, message: ArticlesListed) -> None:
        self._articles_listed(message.paths, message.first, message.generation)

    def _articles_listed(self, paths: list[str], first: int, generation: int) -> None:
        # Called directly, not through its message, before the first frame: the messages
        # module is imported after it.
        if not self.is_running or generation != self._generation:
            return
        # The library worker briefs the first article itself; asking again would do it twice.
        self._requested = first
        self._listed = True
        self.entries = [Entry(path) for path in paths]
        # A folder of several opens on the digest, over the list: laying out 2,000 options
        # before the digest's first frame would delay that frame by most of its cost, so the
        # list is filled just after it instead.
        later = self.digest_available and self.screen is self.default_screen
        if later:
            self._list_filled = False
            self.call_after_refresh(self._fill_article_list)
        else:
            self._fill_article_list()
        self._show_progress()
        if not self.entries:
            self._show_empty_state()
            return
        self.open_article(first)
        position = self.state.last_position(folder_key(self.paths))
        if position is not None and position.pane in PANES:
            self.show_pane(position.pane)
        elif len(self.entries) == 1 and self.narrow:
            # One pane at a time and one article to choose from: open on what it says.
            self.show_pane("summary")
        if self.digest_available:
            self.show_digest()

    def _fill_article_list(self) -> None:
        """Show every entry in the article list, the cursor on the open article."""
        if not self.is_running:
            return
        self._list_filled = True
        self._list_stale = False
        self.article_list.show_entries(self.entries, [self._read(e) for e in self.entries])
        if self.current_index is not None:
            self.article_list.move_cursor(self.current_index)

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        self._articles_loaded(message.loaded, message.generation)

    def _articles_loaded(self, loaded: list[tuple[int, Article | str]], generation: int) -> None:
        # Workers may still report while the app shuts down and its widgets are gone.
        if not self.is_running or generation != self._generation:
            return
        # Each redrawn entry lays out the whole list again (2,000 options: tens of ms a
        # batch); under the digest nobody sees it, so it is redrawn once, on the way back.
        covered = self._digest_screen is not None and self._digest_screen in self.screen_stack
        for index, outcome in loaded:
            entry = self.entries[index]
            if isinstance(outcome, Article):
                entry.article = outcome
            else:
                entry.error = outcome
                self.extracted += 1
            if covered:
                self._list_stale = True
            else:
                self.article_list.refresh_entry(index, self._read(entry))
            if index == self.current_index:
                self._show_current()
        self._show_progress()
        self._schedule_digest()

    def on_briefings_ready(self, message: BriefingsReady) -> None:
        if not self.is_running or message.generation != self._generation:
            return
        for index, briefed in message.briefings:
            entry = self.entries[index]
            if entry.briefing is not None:
                continue
            entry.briefing = briefed
            self.extracted += 1
            if index == self.current_index:
                self._show_current()
        self._show_progress()
        self._schedule_digest()

    def _show_progress(self) -> None:
        self.query_one(TitleBar).show_progress(self.extracted, len(self.entries))
        if self._digest_screen is not None and self._digest_screen.is_mounted:
            self._digest_screen.show_progress(self.extracted, len(self.entries))

    # Watching the folder

    def _start_watchers(self, paths: list[str]) -> None:
        """Take the folders' first snapshot (in a worker), then poll them if --watch asked."""
        from briefing.watch import FolderWatcher

        watchers = [FolderWatcher(p) for p in paths if os.path.isdir(p)]
        with self._watch_lock:
            self._watchers = watchers
        if self.watching:
            self.call_from_thread(self.watch_folders)

    @work(thread=True, exclusive=True, group="watch")
    def watch_folders(self) -> None:
        """--watch: look for new, changed and removed files until the app closes."""
        worker = get_current_worker()
        while not self._stop.wait(WATCH_INTERVAL) and not worker.is_cancelled:
            self._rescan(manual=False)

    @work(thread=True, exclusive=True, group="rescan")
    def rescan(self) -> None:
        """`r`: look for new, changed and removed files once."""
        self._rescan(manual=True)

    def _rescan(self, *, manual: bool) -> None:
        from briefing.ui.messages import FolderChanged

        with self._watch_lock:
            changed = {c.path for w in self._watchers for c in w.poll() if c.kind == "changed"}
        # Additions and removals come from listing afresh, the way the reader first listed,
        # so a file that arrived before the watchers' first snapshot is not missed.
        listed = list_article_paths(self.paths)
        self.post_message(FolderChanged(listed, changed, manual))

    def on_folder_changed(self, message: FolderChanged) -> None:
        if not self.is_running:
            return
        old = {entry.path: entry for entry in self.entries}
        listed = set(message.paths)
        added = [p for p in message.paths if p not in old]
        removed = [p for p in old if p not in listed]
        changed = [p for p in message.changed if p in old and p in listed]
        if not (added or removed or changed):
            if message.manual:
                self.notify("No new, changed or removed articles.")
            return
        current = self._current_entry()
        fresh = set(added) | set(changed)
        self._generation += 1
        self.entries = [Entry(p) if p in fresh else old[p] for p in message.paths]
        self.extracted = sum(1 for e in self.entries if e.briefing is not None or e.error)
        self._requested = None
        self._shown_briefing = None
        self._fill_article_list()
        self._show_progress()
        parts = [f"{len(added)} new", f"{len(changed)} changed", f"{len(removed)} removed"]
        self.notify("Folder rescanned: " + ", ".join(parts) + ".")
        if not self.entries:
            self.current_index = None
            self._show_empty_state()
            return
        index = 0
        if current is not None and current.path in listed:
            index = message.paths.index(current.path)
        self.current_index = None
        self.open_article(index)
        todo = [
            (i, e.path, e.article)
            for i, e in enumerate(self.entries)
            if e.briefing is None and e.error is None and i != self._requested
        ]
        self.brief_remaining(self._generation, todo)
        self._schedule_digest()

    # The digest

    @property
    def digest_available(self) -> bool:
        return len(self.entries) >= DIGEST_MIN_ARTICLES

    def show_digest(self) -> None:
        """Put the digest over the reader, and the story the user was in over that."""
        if not self.digest_available or self.screen is not self.default_screen:
            return
        self.load_later_css()
        if self._digest_screen is None:
            from briefing.ui.screens.digest_screen import DigestScreen

            self._digest_screen = DigestScreen()
            # Installed, so leaving the digest for the reader keeps it as it was.
            self.install_screen(self._digest_screen, DIGEST_SCREEN)
        self.push_screen(DIGEST_SCREEN)
        if self._open_story is not None:
            self.open_story(self._open_story)

    def open_story(self, story_id: str) -> None:
        """Show one story of the digest: its articles, summary and disagreements."""
        from briefing.ui.screens.story_screen import StoryScreen

        story = (
            next((s for s in self.digest.stories if s.id == story_id), None)
            if self.digest
            else None
        )
        if story is None or self.digest is None:
            self._open_story = None
            return
        self._open_story = story_id
        self.push_screen(StoryScreen(story, self.digest, self._labels()), self._story_closed)

    def _story_closed(self, _result: None) -> None:
        self._open_story = None

    def _schedule_digest(self) -> None:
        """Rebuild the digest from the briefings so far; one build at a time, the last wins.

        While articles are still arriving, builds are spaced by a multiple of the last build's
        time: a large folder would otherwise rebuild its digest after every batch, and spend
        more time digesting than briefing.
        """
        if not self.digest_available:
            return
        if self._digest_building:
            self._digest_stale = True
            return
        briefings = [e.briefing for e in self.entries if e.briefing is not None]
        if not briefings:
            return
        done = sum(1 for e in self.entries if e.briefing is not None or e.error)
        wait = self._digest_next_at - time.monotonic()
        if done < len(self.entries) and wait > 0:
            if not self._digest_timer_set:
                self._digest_timer_set = True
                self.set_timer(wait, self._digest_timer_fired)
            return
        self._digest_building = True
        self._digest_stale = False
        self.build_digest(briefings, self.today or dt.date.today(), done, len(self.entries))

    def _digest_timer_fired(self) -> None:
        self._digest_timer_set = False
        self._schedule_digest()

    @work(thread=True, group="digest")
    def build_digest(
        self, briefings: list[Briefing], today: dt.date, done: int, total: int
    ) -> None:
        """Group the briefings into stories, one agenda, one cast, off the UI thread."""
        from briefing.core.digest import build_digest
        from briefing.ui.messages import DigestReady

        started = time.monotonic()
        digest = build_digest(briefings, today)
        took = time.monotonic() - started
        self.post_message(DigestReady(digest, done, total, took))

    def on_digest_ready(self, message: DigestReady) -> None:
        self._digest_building = False
        self._digest_next_at = time.monotonic() + max(
            _DIGEST_MIN_GAP, _DIGEST_GAP_FACTOR * message.seconds
        )
        if not self.is_running:
            return
        self.digest = message.digest
        if self._digest_screen is not None and self._digest_screen.is_mounted:
            self._digest_screen.show_digest(
                message.digest, self._labels(), message.done, message.total
            )
        if self._digest_stale:
            self._schedule_digest()

    def _labels(self) -> dict[str, ArticleLabel]:
        from briefing.ui.widgets.digest_lists import ArticleLabel

        labels = {}
        for entry in self.entries:
            art = entry.article
            source = visible(art.source or "", keep_newlines=False) if art else ""
            labels[entry.path] = ArticleLabel(entry.title, source, entry.byline)
        return labels

    def fill_digest(self, screen: DigestScreen) -> None:
        """The digest screen is made when first shown: give it what is ready."""
        if self.digest is not None:
            screen.show_digest(self.digest, self._labels(), self.extracted, len(self.entries))
        else:
            screen.show_progress(self.extracted, len(self.entries))

    def show_reader(self) -> None:
        """Leave the digest (and any story or dialog over it) for the reader, where it was."""
        while self.screen is not self.default_screen:
            self.pop_screen()
        if self._list_stale:
            self._fill_article_list()

    def on_article_requested(self, message: ArticleRequested) -> None:
        """Enter on an article in the digest: read it, its cited sentences highlighted."""
        index = next((i for i, e in enumerate(self.entries) if e.path == message.path), None)
        if index is None:
            self.notify("That article is no longer in the folder.", severity="warning")
            return
        self.show_reader()
        self._from_digest = True
        self.open_article(index)
        entry = self.entries[index]
        if message.sentences and entry.briefing is not None:
            self.article_text.highlight_evidence(message.sentences)
            self.show_pane("text")
        else:
            self.show_pane("summary")

    # Where the reader was

    def _remember_position(self) -> None:
        """Save the article and pane a moment after the user settles, not on every key."""
        if self._position_timer is not None:
            self._position_timer.stop()
        self._position_timer = self.set_timer(_POSITION_DELAY, self._save_position)

    def _save_position(self) -> None:
        entry = self._current_entry()
        if entry is not None:
            self.state.save_position(folder_key(self.paths), entry.path, self.current_pane)

    def on_unmount(self) -> None:
        self._stop.set()
        self._save_position()

    def _show_empty_state(self) -> None:
        where = ", ".join(self.paths) or "."
        message = (
            f"No articles found in {where}.\n"
            "briefing reads .txt and .md files. Put some articles in the folder and run "
            "`briefing FOLDER` again; q quits."
        )
        self.query_one(TitleBar).show_article("No articles", None, None)
        for pane in self.briefing_panes:
            pane.show_message("No articles to brief.")
        self._text_now().show_message(visible(message))
        self.article_list.border_title = "Articles (none)"

    def _read(self, entry: Entry) -> bool:
        return self.state.is_read(entry.path)

    # Opening articles

    def open_article(self, index: int) -> None:
        """Show the article at `index`, briefing it now if the background has not yet."""
        if not 0 <= index < len(self.entries):
            return
        changed = index != self.current_index
        self.current_index = index
        self.article_list.move_cursor(index)
        entry = self.entries[index]
        if changed:
            if self.state.mark_read(entry.path):
                self.article_list.refresh_entry(index, True)
            self._remember_position()
        self._show_current()
        if entry.briefing is None and entry.error is None and index != self._requested:
            self._requested = index
            self.brief_current(index, entry.path, entry.article, self._generation)

    def _show_current(self) -> None:
        if self.current_index is None:
            return
        entry = self.entries[self.current_index]
        art = entry.article
        self.query_one(TitleBar).show_article(
            entry.title,
            art.date.isoformat() if art and art.date else None,
            art.source if art else None,
        )
        if entry.briefing is not None:
            if entry.briefing is not self._shown_briefing:
                self._shown_briefing = entry.briefing
                for pane in self.briefing_panes:
                    pane.show_briefing(entry.briefing)
                # Before the screen is complete it shows the briefing once it is.
                if self._complete:
                    self.article_text.show_briefing(entry.briefing)
                self._rerun_search()
            return
        self._shown_briefing = None
        if entry.error is not None:
            message = f"Cannot brief this file: {entry.error}"
            for pane in self.briefing_panes:
                pane.show_message(visible(message))
            self._text_now().show_message(visible(f"{entry.path}\n\n{message}"))
        else:
            for pane in self.briefing_panes:
                pane.show_message("Briefing this article...")
            if entry.article is not None:
                self._text_now().show_article(entry.article)
            else:
                self._text_now().show_message("Reading this article...")

    def on_article_chosen(self, message: ArticleChosen) -> None:
        # A cursor move may still be queued while the app closes and its widgets are gone,
        # or be overtaken by a later one (the list's reset to its top, then the restored
        # position): only the move to where the cursor still is counts.
        if self.is_running and message.index == self.article_list.highlighted:
            self.open_article(message.index)

    def on_evidence_requested(self, message: EvidenceRequested) -> None:
        if not self.is_running:
            return
        self.article_text.highlight_evidence(message.evidence)
        if self.narrow:
            self._return_pane = self.current_pane
            self.show_pane("text")

    # Actions

    def action_help(self) -> None:
        from briefing.ui.screens.help_screen import HelpScreen
        from briefing.ui.widgets.pane import BriefingPane

        sections: list[tuple[str, Iterable[Binding]]] = [
            ("Anywhere", self.BINDINGS),
            ("Article list and panes", BriefingPane.BINDINGS + OptionList.BINDINGS),
            ("Article text", ArticleText.BINDINGS),
            (
                "Command palette",
                [Binding("ctrl+p", "command_palette", "Every action by name; articles by title")],
            ),
        ]
        self.push_screen(HelpScreen(sections))

    def _step_pane(self, delta: int) -> None:
        index = PANES.index(self.current_pane)
        self.show_pane(PANES[(index + delta) % len(PANES)])

    def action_next_pane(self) -> None:
        self._step_pane(1)

    def action_previous_pane(self) -> None:
        self._step_pane(-1)

    def action_show_pane(self, name: str) -> None:
        self.show_pane(name)

    def action_next_article(self) -> None:
        if self.current_index is not None:
            self.open_article(min(self.current_index + 1, len(self.entries) - 1))

    def action_previous_article(self) -> None:
        if self.current_index is not None:
            self.open_article(max(self.current_index - 1, 0))

    def _reveal_text(self, *, focus: bool = True) -> None:
        if self.narrow and self.current_pane != "text":
            self._return_pane = self.current_pane
            self.show_pane("text", focus=focus)

    def action_page_text(self) -> None:
        self._reveal_text()
        self.article_text.scroll_page_down(animate=False)

    def action_top(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_first()
        else:
            self.article_text.scroll_home(animate=False)

    def action_bottom(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_last()
        else:
            self.article_text.mount_to_end()
            self.article_text.scroll_end(animate=False)

    def action_next_mark(self) -> None:
        self._reveal_text()
        self.article_text.step(1)

    def action_previous_mark(self) -> None:
        self._reveal_text()
        self.article_text.step(-1)

    def action_search(self) -> None:
        self.search_bar.open()
        self._reveal_text(focus=False)
        self.screen.set_focus(self.query_one("#search-input", Input))

    @on(Input.Changed, "#search-input")
    def _search_typed(self, event: Input.Changed) -> None:
        count = self.article_text.search(event.value)
        self.search_bar.show_count(count, event.value)

    @on(Input.Submitted, "#search-input")
    def _search_done(self, event: Input.Submitted) -> None:
        self.show_pane("text")

    def _rerun_search(self) -> None:
        if not self._complete:
            return
        bar = self.search_bar
        query = self.query_one("#search-input", Input).value
        if bar.is_open and query:
            bar.show_count(self.article_text.search(query), query)

    def _close_search(self) -> None:
        self.search_bar.close()
        self.query_one("#search-input", Input).value = ""
        self.article_text.clear_marks()
        self.show_pane("text")

    def action_search_all(self) -> None:
        from briefing.ui.screens.search_all_screen import SearchAllScreen

        self.push_screen(SearchAllScreen(self.entries), self._search_all_chosen)

    def _search_all_chosen(self, hit: SearchHit | None) -> None:
        if hit is None:
            return
        self.open_article(hit.index)
        self.search_bar.open()
        search_input = self.query_one("#search-input", Input)
        search_input.value = hit.query
        self.show_pane("text")

    def action_back(self) -> None:
        """Escape: close the search, leave the text, clear highlights, then back to the digest.

        Without a digest (one article) the last step is the article list instead.
        """
        if self.search_bar.is_open:
            self._close_search()
        elif self.narrow and self.current_pane == "text" and self._return_pane:
            pane, self._return_pane = self._return_pane, None
            self.show_pane(pane)
        elif self.article_text.clear_marks():
            pass
        elif self.digest_available and (self._from_digest or self.current_pane == "articles"):
            self._from_digest = False
            self.show_digest()
        elif self.current_pane != "articles":
            self.show_pane("articles")

    def action_digest(self) -> None:
        # `d` goes to the digest's top; escape is what returns to the story you came from.
        self._open_story = None
        self.show_digest()

    def action_rescan(self) -> None:
        self.rescan()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def watch_theme(self, theme: str) -> None:
        self.state.set_setting("theme", theme)
        if self.is_running:
            # Prompts carry the colours their component classes had when they were built;
            # rebuild them once the new theme's styles are in place.
            self.call_after_refresh(self._restyle)

    def _restyle(self) -> None:
        if not self.is_running:
            return
        if self.entries and self._list_filled:
            self.article_list.show_entries(self.entries, [self._read(e) for e in self.entries])
        for pane in self.briefing_panes:
            pane.refresh_items()
        self.article_text.restyle()

    def _pane_markdown(self) -> tuple[str, str] | None:
        from briefing.ui import markdown

        entry = self._current_entry()
        if entry is None or entry.briefing is None:
            return None
        b = entry.briefing
        renderers: dict[str, tuple[str, Callable[[Briefing], str]]] = {
            "summary": ("Summary", markdown.summary_markdown),
            "actors": ("Actors", markdown.actors_markdown),
            "agenda": ("Agenda", markdown.agenda_markdown),
            "questions": ("Open questions", markdown.questions_markdown),
        }
        if self.current_pane in renderers:
            name, render = renderers[self.current_pane]
            return name, render(b)
        if self.current_pane == "text":
            return "Article text", markdown.text_markdown(b)
        return "Briefing", markdown.briefing_markdown(b)

    def _current_entry(self) -> Entry | None:
        if self.current_index is None or not self.entries:
            return None
        return self.entries[self.current_index]

    def action_copy_pane(self) -> None:
        copied = self._pane_markdown()
        if copied is None:
            self.notify("Nothing to copy yet.", severity="warning")
            return
        name, text = copied
        self.copy_to_clipboard(text)
        self.notify(
            f"Copied {name} as Markdown ({len(text.splitlines())} lines) to the clipboard "
            "(OSC 52: your terminal must allow it).",
            markup=False,
        )

    def action_export(self) -> None:
        if not self.entries:
            self.notify("No articles to export.", severity="warning")
            return
        from briefing.ui.screens.export_screen import ExportScreen

        self.push_screen(ExportScreen(Path.cwd()), self._export_chosen)

    def _export_chosen(self, request: ExportRequest | None) -> None:
        from briefing.ui.export import export_target
        from briefing.ui.screens.confirm_screen import ConfirmScreen

        if request is None:
            return
        if not request.folder.is_dir():
            shown = visible(str(request.folder))
            self.notify(f"Not a folder: {shown}", severity="error", markup=False)
            return
        if request.everything:
            target = request.folder / f"briefing-{dt.date.today().isoformat()}.md"
        else:
            entry = self._current_entry()
            if entry is None or entry.briefing is None:
                self.notify("This article has no briefing yet.", severity="warning")
                return
            target = export_target(request.folder, entry.title)
        if target.exists():
            question = f"{target} already exists. Overwrite it?"
            self.push_screen(
                ConfirmScreen(question),
                lambda yes: self._write_export(target, request.everything) if yes else None,
            )
        else:
            self._write_export(target, request.everything, overwrite=False)

    def _write_export(self, target: Path, everything: bool, *, overwrite: bool = True) -> None:
        if everything:
            self.export_all(target, overwrite)
            return
        entry = self._current_entry()
        if entry is None or entry.briefing is None:
            return
        from briefing.ui.markdown import briefing_markdown

        self._finish_export(target, briefing_markdown(entry.briefing), overwrite)

    @work(thread=True, group="export")
    def export_all(self, target: Path, overwrite: bool) -> None:
        """Brief whatever the background has not reached yet, then write one file."""
        from briefing.output.markdown import render_markdown

        briefings: list[Briefing] = []
        for entry in list(self.entries):
            briefed: Briefing | str | None = entry.briefing
            if briefed is None and entry.error is None:
                article = entry.article or _load(entry.path)
                briefed = _extract(article, self.cache) if isinstance(article, Article) else None
            if isinstance(briefed, Briefing):
                briefings.append(briefed)
        self.call_from_thread(self._finish_export, target, render_markdown(briefings), overwrite)

    def _finish_export(self, target: Path, text: str, overwrite: bool) -> None:
        from briefing.output.write import OutputExists, write_atomic

        shown = visible(str(target))
        try:
            write_atomic(str(target), text, force=overwrite)
        except OutputExists:
            self.notify(
                f"{shown} appeared meanwhile; not overwritten.", severity="warning", markup=False
            )
        except OSError as exc:
            self.notify(
                f"Could not write {shown}: {visible(str(exc))}", severity="error", markup=False
            )
        else:
            self.notify(f"Exported to {shown}", markup=False)

    # Command palette

    def on_command_palette_opened(self, _message: object) -> None:
        # Textual's palette shows an emoji magnifier; the interface keeps to ASCII.
        from textual.command import SearchIcon

        for icon in self.screen.query(SearchIcon):
            icon.icon = ">"

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from briefing.ui.screens.help_screen import key_label

        yield from super().get_system_commands(screen)
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                yield SystemCommand(
                    binding.description,
                    escape(f"Key: {key_label(binding)}"),
                    partial(self.run_action, binding.action),
                )


def run_app(
    paths: list[str],
    mouse: bool = True,
    theme: str | None = None,
    *,
    cache_dir: str | None = None,
    use_cache: bool = True,
    today: dt.date | None = None,
    watch: bool = False,
) -> int:
    """Run the reader on these files and folders; returns the exit status."""
    app = BriefingApp(
        paths, theme=theme, cache_dir=cache_dir, use_cache=use_cache, today=today, watch=watch
    )
    if theme is not None and theme not in app.available_themes:
        names = ", ".join(sorted(app.available_themes))
        print(f"briefing: unknown theme {theme!r}; choose one of: {names}", file=sys.stderr)
        return 2
    # Everything alive now (the modules, their classes, the app) lives as long as the process.
    # Frozen, the collector no longer walks it: unfrozen, its first full pass came during the
    # first frame and took 14 ms of it, over some 60,000 objects that were never garbage. Nor
    # does the first frame leave cyclic garbage worth a pause: the collector is switched back
    # on once it is drawn.
    gc.disable()
    gc.freeze()
    try:
        app.run(mouse=mouse)
    finally:
        gc.enable()
    return app.return_code or 0
