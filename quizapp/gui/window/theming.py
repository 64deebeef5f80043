"""Applying the design language app-wide: Fusion, a QPalette, a style sheet, a font.

The window owns one `ThemeHub`; Preferences and the zoom keys change it, and
every screen that draws its own colours (the passage) listens to
`theme_changed(Theme)`. Widgets that only need the type scale or a colour role
set a dynamic property (see `stylesheet.py`) and need no code at all.
`restore()` gives the application back its own look (tests, embedding).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from quizapp.gui.window import fonts
from quizapp.gui.window import theme as tokens
from quizapp.gui.window.theme import SANS, Theme, ThemeMode

_ROLES = (
    ("Window", "window"),
    ("WindowText", "text"),
    ("Base", "surface"),
    ("AlternateBase", "window"),
    ("Text", "text"),
    ("Button", "surface"),
    ("ButtonText", "text"),
    ("BrightText", "wrong"),
    ("Highlight", "accent"),
    ("HighlightedText", "on_accent"),
    ("PlaceholderText", "muted"),
    ("Link", "accent"),
    ("LinkVisited", "accent"),
    ("ToolTipBase", "surface"),
    ("ToolTipText", "text"),
    ("Mid", "border"),
    ("Midlight", "border"),
)


def qpalette(palette: tokens.Palette) -> QPalette:
    """The Qt palette of a token palette (for widgets Qt's style draws itself)."""
    out = QPalette()
    for role_name, token in _ROLES:
        role = getattr(QPalette.ColorRole, role_name)
        out.setColor(role, QColor(getattr(palette, token)))
    disabled = QColor(palette.muted)
    for role_name in ("WindowText", "Text", "ButtonText"):
        out.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role_name), disabled)
    return out


def app_font(theme: Theme, base: QFont) -> QFont:
    """The interface font: the body size of the type scale at this zoom (for the chrome)."""
    font = QFont(base)
    font.setFamilies(SANS[:-1] + list(base.families()))
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    font.setPointSizeF(theme.ui_px("body") * 72.0 / max(dpi, 1.0))
    return font


_PLATFORM_DARK: list[bool] = []  # read once, before any theme replaces the app's palette


def _platform_is_dark(app: QApplication) -> bool:
    """Whether the platform's own palette is dark (before the first paint, without `Qt`)."""
    if not _PLATFORM_DARK:
        _PLATFORM_DARK.append(app.palette().color(QPalette.ColorRole.Window).lightness() < 128)
    return _PLATFORM_DARK[0]


class ThemeHub(QObject):
    """The current theme, applied to the whole application, and its changes."""

    theme_changed = Signal(object)

    def __init__(self, parent: QObject, settings) -> None:
        super().__init__(parent)
        self.settings = settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        fonts.register(first_paint=True)  # Inter Regular; the rest with the style sheet
        self._saved = (app.palette(), app.styleSheet(), app.font(), app.style().name())
        self._system_dark = _platform_is_dark(app)
        self._theme = self._from_settings()
        self._applied = False
        self._sheet_wanted = False

    # -- what the theme is --------------------------------------------------
    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def mode(self) -> ThemeMode:
        return ThemeMode(self.settings.theme_mode)

    def _from_settings(self) -> Theme:
        s = self.settings
        return Theme(
            palette=tokens.pick(s.theme_mode, self._system_dark),
            zoom=s.zoom,
            serif_passage=s.serif_passage,
            base_px=s.base_px,
            gloss_marks=s.gloss_marks,
            english_titles=s.english_titles,
        )

    # -- changing it -----------------------------------------------------------
    def set_mode(self, mode: ThemeMode | str) -> None:
        self.settings.theme_mode = ThemeMode(mode).value
        self.refresh()

    def set_system_dark(self, dark: bool) -> None:
        """The platform switched between light and dark (only "system" follows it)."""
        self._system_dark = dark
        self.refresh()

    def refresh(self, sheet: bool = True) -> None:
        """Re-read the settings; apply and announce the theme if anything changed.

        `sheet=False` (before the first paint): the palette and the font only; the style
        sheet (~8 ms of start-up) comes with `apply_sheet()` once the window shows.
        """
        new = self._from_settings()
        if new != self._theme or not self._applied:
            self._theme = new
            self._sheet_wanted = self._sheet_wanted or sheet
            self.apply()

    def apply(self) -> None:
        """Fusion, the palette, the font and the style sheet, on the whole application."""
        app, theme = self.app, self._theme
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(qpalette(theme.palette))
        app.setFont(app_font(theme, self._saved[2]))
        if self._sheet_wanted:
            from quizapp.gui.window.stylesheet import style_sheet  # after the first paint

            fonts.register()  # every bundled face, before the sheet asks for its weights
            app.setStyleSheet(style_sheet(theme))
        self._applied = True
        self.theme_changed.emit(theme)

    def apply_sheet(self) -> None:
        """The style sheet, deferred from before the first paint (start-up speed)."""
        if not self._sheet_wanted:
            self._sheet_wanted = True
            from quizapp.gui.window.stylesheet import style_sheet  # its rule modules too

            fonts.register()  # every bundled face, before the sheet asks for its weights
            self.app.setStyleSheet(style_sheet(self._theme))
            font = app_font(self._theme, self._saved[2])
            self.app.setFont(QFont())  # a change, so every widget takes the font again
            self.app.setFont(font)

    def follow_platform(self) -> None:
        """After the first paint: follow the platform's light/dark switch live."""
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._scheme_changed)
            self._scheme_changed(hints.colorScheme())

    def _scheme_changed(self, scheme) -> None:
        name = getattr(scheme, "name", "")
        if name in ("Dark", "Light"):  # "Unknown" (offscreen, old desktops): keep the guess
            self.set_system_dark(name == "Dark")

    def restore(self) -> None:
        """The application's own palette, style sheet, font and style again."""
        if not self._applied:
            return
        palette, sheet, font, _style = self._saved
        self.app.setStyleSheet(sheet)
        self.app.setPalette(palette)
        self.app.setFont(font)
        # Fusion stays: replacing the application's style again and again under a
        # style sheet crashed Qt (a window opened next re-set it on each zoom step)
        self._applied = False


def tinted(icon, colour: str, side: int = 64):
    """`icon` redrawn in one theme colour, so a style's dark glyph reads on a dark theme."""
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    source = icon.pixmap(side, side)
    out = QPixmap(source.size())
    out.setDevicePixelRatio(source.devicePixelRatio())
    out.fill(QColor(0, 0, 0, 0))
    painter = QPainter(out)
    painter.drawPixmap(0, 0, source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), QColor(colour))
    painter.end()
    return QIcon(out)


def arrow_icon(colour: str, side: int = 64, back: bool = True):
    """A thin ← (or →) in one colour: the app's navigation arrow, the same as its words'
    « ← » and « → » (a style's SP_ArrowBack is a filled ◀, which the app keeps for nothing)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPen, QPixmap

    out = QPixmap(side, side)
    out.fill(QColor(0, 0, 0, 0))
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), side * 0.09)  # Qt's default caps: no `Qt` named before
    painter.setPen(pen)  # the first paint (qt_names.py), where a page builds its link
    tip, tail, mid, head = side * 0.2, side * 0.8, side * 0.5, side * 0.24
    if not back:
        tip, tail = tail, tip
    sign = 1 if back else -1
    path = QPainterPath(QPointF(tail, mid))
    path.lineTo(tip, mid)
    path.moveTo(tip + sign * head, mid - head)
    path.lineTo(tip, mid)
    path.lineTo(tip + sign * head, mid + head)
    painter.drawPath(path)
    painter.end()
    return QIcon(out)
