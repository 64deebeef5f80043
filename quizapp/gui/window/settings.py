"""The learner's window preferences, in an INI file inside the data folder.

Kept next to the progress store rather than in the platform registry, so that
`--data-dir` (a USB stick, a temp dir in tests) moves everything at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ZOOM_MIN = -4
ZOOM_MAX = 6  # 1.8× the base size: the largest step at which a 900 px window still fits
RECENT_BANKS = 6
THEME_MODES = ("light", "dark", "system")
QUIZ_MODES = ("practice", "test")
WORD_COLOURS = ("off", "mine", "all")


class AppSettings:
    """Typed access to the few values the window remembers across runs."""

    def __init__(self, data_dir: Path):
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    def _str(self, key: str) -> str | None:
        value = self._qs.value(key)
        return str(value) if value not in (None, "") else None

    @property
    def language(self) -> str | None:
        value = self._str("ui/language")
        return value if value in ("fr", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def bank(self) -> Path | None:
        value = self._str("library/bank")
        return Path(value) if value else None

    @bank.setter
    def bank(self, value: Path) -> None:
        self._qs.setValue("library/bank", str(value))

    @property
    def zoom(self) -> int:
        try:
            value = int(self._qs.value("reading/zoom", 0))
        except (TypeError, ValueError):
            value = 0
        return max(ZOOM_MIN, min(ZOOM_MAX, value))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._qs.setValue("reading/zoom", max(ZOOM_MIN, min(ZOOM_MAX, int(value))))

    @property
    def parallel(self) -> bool:
        return str(self._qs.value("reading/parallel", "false")).lower() == "true"

    @parallel.setter
    def parallel(self, value: bool) -> None:
        self._qs.setValue("reading/parallel", "true" if value else "false")

    def _list(self, key: str) -> list[str]:
        import json

        try:
            value = json.loads(str(self._qs.value(key, "[]")))
        except ValueError:
            return []
        return [str(v) for v in value] if isinstance(value, list) else []

    def _set_list(self, key: str, value: list[str]) -> None:
        import json

        self._qs.setValue(key, json.dumps(list(value), ensure_ascii=False))

    @property
    def dictionary_order(self) -> list[str]:
        """The learner's dictionaries by id (their index file), first asked first."""
        return self._list("dictionaries/order")

    @dictionary_order.setter
    def dictionary_order(self, value: list[str]) -> None:
        self._set_list("dictionaries/order", value)

    @property
    def dictionaries_off(self) -> list[str]:
        return self._list("dictionaries/off")

    @dictionaries_off.setter
    def dictionaries_off(self, value: list[str]) -> None:
        self._set_list("dictionaries/off", value)

    @property
    def dictionary_hint_shown(self) -> bool:
        return str(self._qs.value("dictionaries/hint_shown", "false")).lower() == "true"

    @dictionary_hint_shown.setter
    def dictionary_hint_shown(self, value: bool) -> None:
        self._qs.setValue("dictionaries/hint_shown", "true" if value else "false")

    def _bool(self, key: str, default: bool) -> bool:
        return str(self._qs.value(key, "true" if default else "false")).lower() == "true"

    def _set_bool(self, key: str, value: bool) -> None:
        self._qs.setValue(key, "true" if value else "false")

    @property
    def theme_mode(self) -> str:
        value = self._str("ui/theme")
        return value if value in THEME_MODES else "system"

    @theme_mode.setter
    def theme_mode(self, value: str) -> None:
        self._qs.setValue("ui/theme", value if value in THEME_MODES else "system")

    @property
    def base_px(self) -> int:
        from quizapp.gui.window.theme import BASE_PX, BASE_PX_CHOICES

        try:
            value = int(self._qs.value("ui/base_px", BASE_PX))
        except (TypeError, ValueError):
            value = BASE_PX
        return value if value in BASE_PX_CHOICES else BASE_PX

    @base_px.setter
    def base_px(self, value: int) -> None:
        self._qs.setValue("ui/base_px", int(value))

    @property
    def serif_passage(self) -> bool:
        return self._bool("reading/serif", True)

    @serif_passage.setter
    def serif_passage(self, value: bool) -> None:
        self._set_bool("reading/serif", value)

    @property
    def gloss_marks(self) -> bool:
        return self._bool("reading/gloss_marks", True)

    @gloss_marks.setter
    def gloss_marks(self, value: bool) -> None:
        self._set_bool("reading/gloss_marks", value)

    @property
    def english_titles(self) -> bool:
        return self._bool("reading/english_titles", True)

    @english_titles.setter
    def english_titles(self, value: bool) -> None:
        self._set_bool("reading/english_titles", value)

    @property
    def word_hint_done(self) -> bool:
        """The learner has looked a word up once: the reading hint line is no longer shown."""
        return self._bool("reading/word_hint_done", False)

    @word_hint_done.setter
    def word_hint_done(self, value: bool) -> None:
        self._set_bool("reading/word_hint_done", value)

    @property
    def quiz_mode(self) -> str:
        value = self._str("quiz/default_mode")
        return value if value in QUIZ_MODES else "practice"

    @quiz_mode.setter
    def quiz_mode(self, value: str) -> None:
        self._qs.setValue("quiz/default_mode", value if value in QUIZ_MODES else "practice")

    @property
    def recent_banks(self) -> list[Path]:
        """The folders of articles opened last, newest first."""
        value = self._qs.value("library/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(str(item)) for item in items if str(item)][:RECENT_BANKS]

    def remember_bank(self, folder: Path) -> None:
        """`folder` becomes the bank and heads the recent list."""
        self.bank = folder
        rest = [p for p in self.recent_banks if p != folder]
        self._qs.setValue("library/recent", [str(p) for p in [folder, *rest][:RECENT_BANKS]])

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        if self.geometry != value:  # QSettings rewrites (and syncs) the file for any set
            self._qs.setValue("window/geometry", value)

    # -- spaced review and known words (the Review screen's settings, for Preferences) --
    @property
    def review_retention(self) -> float:
        """FSRS's desired retention, 0.70-0.99 (Anki's default, 0.9, when unset or odd)."""
        try:
            value = float(self._qs.value("review/retention", 0.9))
        except (TypeError, ValueError):
            value = 0.9
        return max(0.7, min(0.99, value)) if value == value else 0.9

    @review_retention.setter
    def review_retention(self, value: float) -> None:
        self._qs.setValue("review/retention", round(max(0.7, min(0.99, float(value))), 2))

    @property
    def review_new_per_day(self) -> int:
        try:
            value = int(self._qs.value("review/new_per_day", 20))
        except (TypeError, ValueError):
            value = 20
        return max(0, min(999, value))

    @review_new_per_day.setter
    def review_new_per_day(self, value: int) -> None:
        self._qs.setValue("review/new_per_day", max(0, min(999, int(value))))

    @property
    def word_colours(self) -> str:
        """Words tinted in the passage: "off", "mine" (the learner's words, the default)
        or "all" (every word never met, too). The old switch tinted every new word: on
        reads as "all"; off (the old default) as the new default, which that switch lacked."""
        value = self._str("reading/word_colours")
        if value in WORD_COLOURS:
            return value
        old = self._str("reading/known_words")
        return "all" if (old or "").lower() == "true" else "mine"

    @word_colours.setter
    def word_colours(self, value: str) -> None:
        self._qs.setValue("reading/word_colours", value if value in WORD_COLOURS else "mine")

    @property
    def speech_slow(self) -> bool:
        """The voice at a learner's pace (the default), or at its normal speed."""
        return self._bool("speech/slow", True)

    @speech_slow.setter
    def speech_slow(self, value: bool) -> None:
        self._set_bool("speech/slow", value)

    def learner_level(self, profile_id: int) -> str | None:
        """The CEFR level a learner said they have (None: not said, or "I don't know")."""
        return self._str(f"learners/{int(profile_id)}/level")

    def set_learner_level(self, profile_id: int, level: str | None) -> None:
        self._qs.setValue(f"learners/{int(profile_id)}/level", level or "")

    def daily_goal(self, profile_id: int) -> str:
        """A learner's daily goal: "relaxed", "normal" (unset) or "intensive"."""
        from quizapp.core.progress.goal import DEFAULT_GOAL, GOAL_SIZES

        value = self._str(f"learners/{int(profile_id)}/goal")
        return value if value in GOAL_SIZES else DEFAULT_GOAL

    def set_daily_goal(self, profile_id: int, goal: str) -> None:
        self._qs.setValue(f"learners/{int(profile_id)}/goal", goal)
