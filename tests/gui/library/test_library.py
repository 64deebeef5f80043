"""The library screen: listing, filters, search, opening, problems, summaries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from quizapp.core.library.bank_name import bank_name
from quizapp.core.model import Article, Level, Sentence, TrueFalseQuestion
from quizapp.gui.library.model import ARTICLE_ROLE
from quizapp.gui.library.view import ArticleTableModel, Column, LibraryFilter, LibraryView, fold


def titles(window) -> list[str]:
    return [a.title for a in window.library_view.visible_articles()]


def test_lists_every_article_and_the_broken_file(window):
    assert sorted(titles(window)) == sorted(
        ["L’École et la rentrée", "La Russie au Belarus <b>x</b>"]
    )
    lines = window.problems_panel.lines()
    assert lines and all(line.startswith("broken.yaml:") for line in lines)
    assert any("broken.yaml:3:" in line and "Z9" in line for line in lines)
    assert window.problems_dock.isVisible()
    assert "2 articles" in window.status.text()


def test_title_markup_is_shown_as_characters(window):
    view = window.library_view
    row = next(r for r in range(view.proxy.rowCount()) if "Russie" in view.proxy.index(r, 0).data())
    assert view.proxy.index(row, Column.TITLE).data() == "La Russie au Belarus <b>x</b>"
    assert view.table.model().index(row, Column.LEVEL).data() == "B1"
    assert view.table.model().index(row, Column.QUESTIONS).data() == "1"


def test_search_is_accent_and_case_insensitive(qtbot, window):
    view = window.library_view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "ECOLE")
    assert titles(window) == ["L’École et la rentrée"]
    view.search.clear()
    qtbot.keyClicks(view.search, "russia")  # the English title
    assert titles(window) == ["La Russie au Belarus <b>x</b>"]
    view.search.clear()
    qtbot.keyClicks(view.search, "zzz")
    assert titles(window) == []
    assert view.pages.currentIndex() == 1 and "No article matches" in view.empty.text()


def test_level_and_tag_filters(qtbot, window):
    view = window.library_view
    view.level.setFocus()
    view.level.setCurrentIndex(view.level.findData("A2"))
    assert titles(window) == ["L’École et la rentrée"]
    view.level.setCurrentIndex(0)
    assert len(titles(window)) == 2
    view.tag.setCurrentIndex(view.tag.findData("défense"))
    assert titles(window) == ["La Russie au Belarus <b>x</b>"]
    # the teachers' French tags in English in the English interface; the data stays the tag
    topics = [view.tag.itemText(i) for i in range(view.tag.count())][1:]
    assert topics == ["defence", "education", "politics"]
    assert view.tag.currentText() == "defence" and view.tag.currentData() == "défense"
    window.set_language("fr")
    try:
        topics = [view.tag.itemText(i) for i in range(view.tag.count())][1:]
        assert topics == ["défense", "éducation", "politique"]
        assert view.tag.currentData() == "défense"  # the choice kept across the change
        assert titles(window) == ["La Russie au Belarus <b>x</b>"]
    finally:
        window.set_language("en")


def test_enter_opens_the_current_article(qtbot, window):
    view = window.library_view
    view.table.setFocus()
    listed = [view.proxy.index(r, 0).data(ARTICLE_ROLE).id for r in range(view.proxy.rowCount())]
    assert listed == ["armes-belarus"]  # the other one: the « Continue » card's, above
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(view.article_activated) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args[0].id == "armes-belarus"
    assert window.current_screen() == "reading"
    assert window.reading_view.article.id == "armes-belarus"


def test_double_click_opens(qtbot, window):
    view = window.library_view
    rect = view.table.visualRect(view.proxy.index(0, 0))
    viewport = view.table.viewport()
    with qtbot.waitSignal(window.article_opened) as signal:
        # a real double-click: Qt's item views need the first press before the double one
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0].id == "armes-belarus"  # the list's first: the other is the hero's


def test_summaries_fill_the_score_columns(window):
    view = window.library_view
    view.set_summaries(
        {"armes-belarus": {"best": 0.75, "last": 0.5, "date": "2026-11-20", "unfinished": True}}
    )
    model = view.model  # the article to resume is the « Continue » card's, not the list's
    row = next(r for r in range(model.rowCount()) if "Russie" in model.index(r, 0).data())
    assert view.hero.article.id == "armes-belarus" and view.proxy.rowCount() == 1
    assert model.index(row, Column.BEST).data() == "In progress · resume"
    assert model.index(row, Column.LAST).data() == "20 Nov 2026"
    other = next(r for r in range(model.rowCount()) if r != row)
    assert model.index(other, Column.BEST).data() == "New"
    # the cards say it: where it stopped, a button to resume, when it was read
    card = model.index(row, 0)
    assert view.cards.state_text(card) == "In progress"
    assert view.cards.action_text(card) == "Resume"
    assert "read on 20 Nov 2026" in view.cards.meta_text(card)
    # a new article is quiet: its button alone, the state said to a screen reader
    fresh = model.index(other, 0)
    assert view.cards.action_text(fresh) == "Read" and view.cards.state_text(fresh) == ""
    assert "New" in fresh.data(Qt.ItemDataRole.AccessibleTextRole).split(" — ")
    resumed = {"best": None, "date": "2026-11-20", "unfinished": True, "at": (5, 16)}
    view.set_summaries({"armes-belarus": resumed})  # where the run stopped, when known
    assert view.cards.state_text(model.index(row, 0)) == "Question 5 of 16"


def test_a_finished_article_says_done_with_its_best_score(window):
    view = window.library_view
    view.set_summaries({"armes-belarus": {"best": 0.75, "last": 0.5, "date": "2026-11-20"}})
    row = next(r for r in range(view.proxy.rowCount()) if "Russie" in view.proxy.index(r, 0).data())
    assert view.proxy.index(row, Column.BEST).data() == "Done · best 75%"
    assert view.cards.state_text(view.proxy.index(row, 0)) == "Best 75%"
    assert view.cards.action_text(view.proxy.index(row, 0)) == "Read again"


def test_open_folder_is_remembered(qtbot, window, tmp_path: Path):
    other = tmp_path / "other"
    other.mkdir()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
    assert dialog.isVisible()  # opened with open(), never a blocking exec()
    with qtbot.waitSignal(window.bank_loaded, timeout=10_000):
        dialog.fileSelected.emit(str(other))
    assert window.settings.bank == other
    assert titles(window) == []
    assert "no articles" in window.library_view.empty.text()
    assert window.library_view.open_button.isVisible()
    dialog.close()


def test_missing_folder_says_so(window, tmp_path: Path):
    window.load_bank(tmp_path / "nowhere")
    assert "does not exist" in window.status.text()
    assert titles(window) == []


def _article(i: int) -> Article:
    return Article(
        id=f"a{i}",
        title=f"Été numéro {i}",
        title_en=f"Summer {i}",
        level=list(Level)[i % 6],
        tags=(f"t{i % 7}",),
        sentences=(Sentence("s1", "Bonjour.", "Hello."),),
        questions=(TrueFalseQuestion(id="q", prompt="p", sentences=("s1",), answer=True),),
    )


def test_model_scales_to_hundreds(qtbot):
    model = ArticleTableModel()
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    model.set_articles(_article(i) for i in range(600))
    assert proxy.rowCount() == 600
    proxy.set_search("ÉTÉ numero 599")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_level(Level.B1)
    assert proxy.rowCount() == 100
    proxy.set_tag("t3")
    assert 0 < proxy.rowCount() < 20


def test_fold():
    assert fold("L’ÉCOLE Œuvre") == "l’ecole oeuvre"


def test_empty_library_while_loading(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_loading(True)
    assert view.empty.text() == "Loading the articles…"
    assert not view.open_button.isVisibleTo(view)


def test_problems_panel_shows_markup_as_text_and_copies(qtbot, window):
    from quizapp.core.bank.problems import Problem, Severity

    problem = Problem(window.bank / "x.yaml", 2, 3, Severity.WARNING, "<b>bold</b> & <img src=y>")
    window.problems_panel.set_problems([problem], window.bank, "en")
    assert window.problems_panel.lines() == ["x.yaml:2:3: warning: <b>bold</b> & <img src=y>"]
    panel = window.problems_panel
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "x.yaml:2:3: warning: <b>bold</b> & <img src=y>"


def test_levels_follow_the_model_and_load_without_it():
    from quizapp.gui.library.model import LEVELS

    assert tuple(level.value for level in Level) == LEVELS
    probe = (
        "import sys, quizapp.gui.library.view, quizapp.gui.reading.view; "
        "print('quizapp.core.model' in sys.modules)"
    )
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_without_libyaml_the_window_says_reading_is_slow(
    qtbot, bank, data_dir, monkeypatch, capsys
):
    from quizapp.core.bank import yamlsafe
    from tests.gui.conftest import make_window

    monkeypatch.setattr(yamlsafe, "LIBYAML", False)
    win = make_window(bank, data_dir)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
        win.after_first_paint()
    assert "slow reading: PyYAML has no libyaml" in win.status.text()
    with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
        win.load_bank(bank)  # told once a run, not at each listing
    assert "slow reading" in win.status.text()
    err = capsys.readouterr().err
    assert err.count("warning: PyYAML has no libyaml here") == 1
    assert "pip install --force-reinstall pyyaml" in err
    win.shutdown()


def test_cards_wrap_a_long_title_and_keep_their_button_inside(qtbot, window):
    """A card grows to a second line for a long title, and its button stays on the card."""
    view = window.library_view
    window.resize(900, 700)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0)
    long = Article(
        id="long",
        title=(
            "Une très longue histoire de bibliothèques, de rentrées et de livres prêtés tout l’été"
        ),
        title_en="A very long story",
        level=Level.B2,
        tags=(),
        sentences=(Sentence("s1", "Bonjour.", "Hello."),),
        questions=(TrueFalseQuestion(id="q", prompt="p", sentences=("s1",), answer=True),),
    )
    view.set_articles([*view.model.articles(), long])
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == long.title
    )
    index = view.proxy.index(row, 0)
    short = next(view.proxy.index(r, 0) for r in range(view.proxy.rowCount()) if r != row)
    qtbot.waitUntil(lambda: view.table.visualRect(index).height() > 0)
    assert view.table.visualRect(index).height() > view.table.visualRect(short).height()
    card, button = view.table.visualRect(index), view.action_rect(row)
    assert card.contains(button) and button.height() >= view.cards.theme.target
    assert view.cards.state_text(index) == ""  # new: the button alone


def test_the_card_button_opens_its_article(qtbot, window):
    view = window.library_view
    view.table.scrollToTop()
    rect = view.action_rect(0)
    qtbot.mouseMove(view.table.viewport(), rect.center())  # a hand: one click opens
    qtbot.waitUntil(
        lambda: view.table.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    )
    with qtbot.waitSignal(window.article_opened) as signal:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0].id == view.proxy.index(0, 0).data(ARTICLE_ROLE).id


def test_an_empty_search_says_what_to_try_and_shows_all_again(qtbot, window):
    view = window.library_view
    view.search.setFocus()
    qtbot.keyClicks(view.search, "zzz")
    assert view.pages.currentIndex() == 1
    assert "Try fewer letters" in view.empty.text()
    assert view.show_all_button.isVisible()
    qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
    assert view.search.text() == "" and len(titles(window)) == 2
    assert view.table.hasFocus() and view.table.currentIndex().isValid()


def test_up_and_down_move_between_cards(qtbot, window):
    view = window.library_view
    qtbot.keyClicks(view.search, "la")  # both titles: a search lists every match
    assert view.proxy.rowCount() == 2
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert view.table.currentIndex().row() == 0


def test_screen_readers_hear_the_column_titles(window):
    from PySide6.QtCore import Qt

    proxy = window.library_view.table.model()
    titles = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(len(Column))]
    assert titles[:3] == ["Title", "English title", "Level"]
    assert proxy.headerData(0, Qt.Orientation.Vertical) is None


def test_problems_panel_copy_button_and_double_click_opens_the_file(qtbot, window, monkeypatch):
    from quizapp.core.bank.problems import Problem, Severity
    from quizapp.gui.window.problems_panel import ProblemsPanel

    path = window.bank / "broken.yaml"
    problem = Problem(path, 4, 1, Severity.ERROR, "sentences: needs at least 1")
    panel = window.problems_panel
    panel.set_problems([problem], window.bank, "en")
    window.show_problems()
    qtbot.waitUntil(panel.list.isVisible)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "broken.yaml:4:1: error: sentences: needs at least 1"
    opened = []
    monkeypatch.setattr(ProblemsPanel, "open_url", staticmethod(opened.append))
    monkeypatch.delenv("VISUAL", raising=False)  # no editor named: the system's default opens it
    monkeypatch.delenv("EDITOR", raising=False)
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [url.toLocalFile() for url in opened] == [str(path.resolve())]


def test_the_problems_panel_never_covers_a_good_article(qtbot, window):
    window.show_problems()  # the bank has a broken file: the panel is for the teacher
    qtbot.waitUntil(window.problems_dock.isVisible)
    article = next(a for a in window.library_view.model.articles() if a.id == "armes-belarus")
    window.library_view.table.setFocus()
    row = next(
        r
        for r in range(window.library_view.proxy.rowCount())
        if window.library_view.proxy.index(r, 0).data() == article.title
    )
    window.library_view.table.setCurrentIndex(window.library_view.proxy.index(row, 0))
    button = window.library_view.action_rect(row)  # the card's own Read button
    viewport = window.library_view.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=button.center())
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    assert not window.problems_dock.isVisible()
    assert window.windowTitle() == f"quizapp — {article.title}"
    window.show_screen("library")
    assert window.windowTitle() == "quizapp"


def test_status_bar_names_the_bank_with_its_path_in_the_tooltip(window):
    text = window.status.text()  # "2 articles · Bank · 1 file with errors"
    assert text.startswith(f"2 articles · {bank_name(window.bank)} · ")  # counted, named
    assert str(window.bank) not in window.status.text()
    assert window.status.toolTip() == f"Articles folder: {window.bank}"


def test_recent_folders_are_remembered_and_reopen(qtbot, window, tmp_path: Path, data_dir: Path):
    from quizapp.gui.window.settings import AppSettings

    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
    with qtbot.waitSignal(window.bank_loaded, timeout=10_000):
        window.set_bank(first)
    with qtbot.waitSignal(window.bank_loaded, timeout=10_000):
        window.set_bank(second)
    menu = window.recent_menu
    menu.refresh()
    assert [a.text() for a in menu.actions()] == ["second", "first"]
    assert menu.actions()[1].toolTip() == str(first)
    with qtbot.waitSignal(window.bank_loaded, timeout=10_000):
        menu.actions()[1].trigger()
    assert window.bank == first
    window.settings.sync()
    assert AppSettings(data_dir).recent_banks[:2] == [first, second]
