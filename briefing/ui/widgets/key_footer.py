"""The footer: Textual's, rebuilt only when the keys it shows have changed."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """Shows the bindings that apply now; skips the rebuild when they are the same as before.

    Textual rebuilds the footer after every change of focus or screen state, each time
    removing and mounting all its keys (15-45 ms). Moving between panes rarely changes which
    keys apply, and at startup three such rebuilds in a row held up the first frames.

    Until `show_keys` is called the footer is an empty bar: building its keys before the
    first frame would delay that frame by as much.
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[object, ...] | None = None
        self._held = True

    def show_keys(self) -> None:
        """Build the keys now, and from now on whenever they change."""
        self._held = False
        self.bindings_changed(self.screen)

    def _bindings_now(self) -> tuple[object, ...]:
        return tuple(
            (binding, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
        )

    async def recompose(self) -> None:
        if self._held or not self.is_attached:
            return
        bindings = self._bindings_now()
        if bindings == self._shown:
            return
        self._shown = bindings
        await super().recompose()
