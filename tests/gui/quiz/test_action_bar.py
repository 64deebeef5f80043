"""The question page's fixed action bar, the verdict kept beside the pick, the chip
strip on one line, and the quiz's drop-downs (arrow from the theme, picks never cut)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from quizapp.core.grading.responses import right_response
from quizapp.gui.quiz.style_controls import arrow_file
from quizapp.gui.quiz.style_controls import rules as control_rules
from quizapp.gui.window.theme import DARK, Theme
from quizapp.paths import user_cache_dir
from tests.gui.quiz_fixtures import answer_current, click, load, make_host

LONG_MATCH = """\
id: long-match
title: Des réponses longues
level: A2
sentences:
  - id: s1
    paragraph: 1
    fr: Une machine à coudre sert à fabriquer ou réparer des vêtements.
    en: A sewing machine makes or mends clothes.
questions:
  - id: q1
    type: match
    sentences: [s1]
    prompt: Associez.
    pairs:
      - left: une machine à coudre
        right: fabriquer ou réparer des vêtements et des rideaux de la maison
      - left: une échelle
        right: monter en hauteur
"""


def sixteen_questions() -> str:
    head = (
        "id: seize\ntitle: Seize questions\nlevel: A2\nsentences:\n"
        "  - id: s1\n    paragraph: 1\n    fr: Marie habite à Lyon.\n"
        "    en: Marie lives in Lyon.\nquestions:\n"
    )
    question = (
        "  - id: q{n}\n    type: truefalse\n    sentences: [s1]\n"
        "    prompt: Marie habite à Lyon ({n}).\n    answer: true\n"
    )
    return head + "".join(question.format(n=n) for n in range(1, 17))


def start(qtbot, tmp_path, text=None, width=1200, height=800, zoom=0):
    article = load(tmp_path) if text is None else load(tmp_path, text)
    view, panel = make_host(qtbot, article, width=width, height=height)
    panel.set_theme(Theme(zoom=zoom))
    click(qtbot, panel.chooser.practice_button)
    return article, view, panel


def in_view(page, widget) -> bool:
    """Whether all of `widget` shows in the question's scrolled viewport."""
    viewport = page.scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def inside_page(page, widget) -> bool:
    corner = widget.mapTo(page, QPoint(0, 0))
    return corner.y() >= 0 and corner.y() + widget.height() <= page.height()


def test_check_and_next_stay_in_reach_outside_the_scrolled_body(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path, width=900, height=520, zoom=6)
    page = panel.page
    body = page.scroll.widget()
    for button in (page.check_button, page.next_button, page.previous_button):
        assert not body.isAncestorOf(button)  # never scrolled away
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().maximum() > 0)  # the body overflows
    assert page.check_button.isVisible() and inside_page(page, page.check_button)
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    assert page.next_button.isVisible() and inside_page(page, page.next_button)
    assert page.next_button.property("primary") == "true"
    click(qtbot, page.next_button)
    assert panel.session.index == 1


def test_finish_is_a_quiet_link_in_the_header_far_from_the_accent(qtbot, tmp_path):
    _article, _view, panel = start(qtbot, tmp_path)
    page = panel.page
    finish, check = page.finish_button, page.check_button
    assert finish is page.end_button and page.head.isAncestorOf(finish)
    assert finish.property("endlink") == "true" and finish.property("primary") != "true"
    assert finish.text() == "Finish and see the score" and not page.results_button.isVisible()
    for zoom, width in ((0, 1200), (6, 900)):
        panel.set_theme(Theme(zoom=zoom))
        panel.window().resize(width, 700)
        page.layout().activate()
        qtbot.waitUntil(finish.isVisible)
        link_bottom = finish.mapTo(page, QPoint(0, finish.height())).y()
        assert check.mapTo(page, QPoint(0, 0)).y() - link_bottom > 3 * check.height()
        right = finish.mapTo(page, QPoint(finish.width(), 0)).x()
        assert right <= page.width() and right > page.width() * 0.75  # the header's far end
    assert page.previous_button.accessibleName() == "Previous question"
    assert page.previous_button.toolTip() == "Previous question (Page Up)"
    skip = "Skip →" if page.action_bar.skip_words_shown() else "→"
    assert page.next_button.text() == skip and page.next_button.accessibleName() == (
        "Skip this question"  # before an answer, ▶ skips it
    )
    assert page.next_button.toolTip() == "Skip this question (Page Down)"
    assert finish.toolTip() == "End the quiz now and see your score"  # ends and scores
    click(qtbot, page.next_button)  # « Skip → » (or the small →) skips ahead
    assert panel.session.index == 1
    click(qtbot, finish)  # unanswered questions: asks first
    assert page.finish_bar.isVisible() and finish.text() == "Finish (click again)"
    assert not panel.session.finished
    click(qtbot, finish)
    assert panel.session.finished


def test_after_checking_the_pick_and_the_verdict_show_together(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path, width=900, height=560, zoom=6)
    page, widget = panel.page, panel.widget
    options = article.questions[0].options
    # the wrong option shown lowest, whichever the shuffle put there (a right one brings
    # its quoted proof, which takes the room first: test_progress_strip checks that)
    row = max(r for r, i in enumerate(widget.order) if not options[i].correct)
    click(qtbot, widget.labels[row])
    card = widget.picked()
    assert card is widget.cards[row]
    click(qtbot, page.check_button)
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and in_view(page, page.feedback.verdict))
    assert in_view(page, card), "the chosen answer scrolled away from its verdict"
    page.resize(page.width(), page.height() - 20)  # a new size keeps both in view
    qtbot.waitUntil(lambda: in_view(page, page.feedback.verdict) and in_view(page, card))


def test_a_wrong_pick_stays_in_view_with_its_verdict_and_retry_follows(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path, width=900, height=640, zoom=6)
    page, widget = panel.page, panel.widget
    options = article.questions[0].options
    row = max(r for r, i in enumerate(widget.order) if not options[i].correct)
    click(qtbot, widget.labels[row])  # the wrong option shown lowest (the 2nd or 3rd)
    card = widget.picked()
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: in_view(page, page.feedback.verdict) and in_view(page, card))
    assert page.retry_button.isVisible()  # under the feedback, not between pick and verdict
    below = page.retry_button.mapTo(page.body, QPoint(0, 0)).y()
    assert below > page.feedback.mapTo(page.body, QPoint(0, 0)).y()


def test_a_pick_too_far_from_its_verdict_is_said_under_it(qtbot, tmp_path):
    # short enough that the first option and the verdict never both show, whatever the
    # shuffle (at 430 px an order with short options fitted both, and nothing was said)
    _article, view, panel = start(qtbot, tmp_path, width=900, height=400, zoom=6)
    page, widget = panel.page, panel.widget
    click(qtbot, widget.labels[0])  # the first option: the farthest from the feedback
    click(qtbot, page.check_button)
    feedback = page.feedback
    qtbot.waitUntil(lambda: in_view(page, feedback.verdict) and feedback.pick.isVisible())
    assert not in_view(page, widget.cards[0])
    assert feedback.pick.text() == f"Your answer: {widget.labels[0].text()}"
    assert in_view(page, feedback.pick)
    view.resize(view.width(), 1400)  # room for both again: the pick is seen, not said
    qtbot.waitUntil(lambda: not feedback.pick.isVisible() and in_view(page, widget.cards[0]))


def test_a_pick_by_its_key_comes_into_view(qtbot, tmp_path):
    _article, _view, panel = start(qtbot, tmp_path, width=900, height=480, zoom=6)
    page, widget = panel.page, panel.widget
    last = len(widget.buttons)
    qtbot.waitUntil(lambda: not in_view(page, widget.cards[last - 1]))
    qtbot.keyClick(widget, Qt.Key(Qt.Key.Key_0 + last))
    assert widget.buttons[last - 1].isChecked()
    assert in_view(page, widget.cards[last - 1])


def test_sixteen_chips_keep_to_one_line_and_say_their_number(qtbot, tmp_path):
    _article, view, panel = start(qtbot, tmp_path, sixteen_questions(), width=900, height=700)
    view.splitter.setSizes([480, 420])
    strip = panel.page.strip

    def tops() -> set[int]:
        return {chip.mapTo(strip, QPoint(0, 0)).y() for chip in strip.chips}

    qtbot.waitUntil(lambda: 380 <= strip.width() <= 420 and len(tops()) == 1)
    for chip in strip.chips:
        assert chip.mapTo(strip, QPoint(chip.width(), 0)).x() <= strip.width()
    click(qtbot, panel.widget.labels[0])
    click(qtbot, panel.page.check_button)
    first = strip.chips[0]
    assert first.shown == "✓" and first.accessibleName() == "Question 1: right (current)"
    assert strip.chips[1].shown == "2"


def test_a_long_pick_is_never_cut(qtbot, tmp_path):
    article, view, panel = start(qtbot, tmp_path, LONG_MATCH, width=1000, height=700)
    widget = panel.widget
    long_right = article.questions[0].pairs[0].right
    answer_current(qtbot, panel, right_response(article.questions[0]))
    slot = widget.slots[0]
    assert slot.shown() == long_right
    chip = next(c for c in widget.word_bank.chips if c.word == long_right)

    def whole(button) -> bool:  # as tall as its wrapped text, inside the panel
        inside = button.mapTo(panel, QPoint(button.width(), 0)).x() <= panel.width()
        return inside and button.height() >= button.heightForWidth(button.width())

    assert chip.isHidden()  # placed: it left the bank
    view.splitter.setSizes([300, 700])  # room enough: one line
    qtbot.waitUntil(lambda: abs(panel.width() - 700) < 60 and whole(slot))
    one_line = slot.height()
    view.splitter.setSizes([700, 300])  # too narrow: the pick wraps, whole, in its slot
    qtbot.waitUntil(lambda: panel.width() < 360 and slot.height() > one_line)
    qtbot.waitUntil(lambda: whole(slot))
    click(qtbot, slot)  # emptied: the chip is back in the bank, whole as well
    qtbot.waitUntil(lambda: chip.isVisible() and whole(chip))


def test_drop_down_arrows_are_drawn_in_the_theme_s_colours(tmp_path):
    sheet = "\n".join(control_rules(Theme(palette=DARK, zoom=3)))
    assert "QComboBox::down-arrow" in sheet
    urls = [part.split('")')[0] for part in sheet.split('url("')[1:]]
    assert len(set(urls)) == 2  # one chevron per colour, shared by every drop-down
    assert "\nQComboBox::down-arrow" in sheet  # the library's and the learner's too
    colours = {opaque_colour(QImage(url)) for url in urls}
    assert colours == {DARK.text.lower(), DARK.muted.lower()}
    for url in urls:  # in this user's own cache, never a shared temporary folder
        assert Path(url).parent == user_cache_dir() / "style"
        assert Path(url).stat().st_mode & 0o077 == 0


def opaque_colour(image) -> str:
    """The colour of the chevron's solid pixels (its antialiased edges are see-through)."""
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour.name()
    raise AssertionError("no solid pixel in the arrow")


def test_a_planted_arrow_is_replaced_not_followed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    target = tmp_path / "someone-elses-file"
    target.write_text("keep me", encoding="utf-8")
    first = Path(arrow_file("#123456", 12))
    first.unlink()
    first.symlink_to(target)  # planted where the arrow goes
    again = Path(arrow_file("#123456", 12))
    assert again == first and not again.is_symlink()
    assert target.read_text(encoding="utf-8") == "keep me"
    assert opaque_colour(QImage(str(again))) == "#123456"


def test_the_accent_keeps_its_place_and_size_whatever_it_says(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.stylesheet import style_sheet

    text = sixteen_questions().split("  - id: q3\n")[0]  # two true/false questions
    app = QApplication.instance()
    for width, zoom in ((900, 6), (1400, 0)):
        app.setStyleSheet(style_sheet(Theme(zoom=zoom)))  # the window's sizes at that zoom
        try:
            accent_stays_put(qtbot, tmp_path / str(zoom), text, width, zoom)
        finally:
            app.setStyleSheet("")


def accent_stays_put(qtbot, folder, text, width, zoom):
    folder.mkdir()
    article, _view, panel = start(qtbot, folder, text, width=width, height=700, zoom=zoom)
    page = panel.page

    def place(button):
        return (button.mapTo(page.action_bar, QPoint(0, 0)), button.size())

    check = page.check_button
    answer_current(qtbot, panel, right_response(article.questions[0]))
    qtbot.waitUntil(check.isEnabled)
    page.action_bar.layout().activate()  # laid out as it is now shown
    before = place(check)
    click(qtbot, check)
    assert page.action_bar.accent() is page.next_button and page.next_button.text() != "▶"
    qtbot.waitUntil(lambda: place(page.next_button) == before)
    click(qtbot, page.next_button)
    answer_current(qtbot, panel, right_response(article.questions[1]))
    qtbot.waitUntil(lambda: place(check) == before)
    click(qtbot, check)
    assert page.action_bar.accent() is page.finish_button
    qtbot.waitUntil(lambda: place(page.finish_button) == before)


def test_the_quiet_buttons_say_their_words_when_wide_and_keep_their_keys(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.stylesheet import style_sheet

    app = QApplication.instance()
    app.setStyleSheet(style_sheet(Theme()))
    try:
        _article, view, panel = start(qtbot, tmp_path, sixteen_questions(), width=1400)
        page, bar = panel.page, panel.page.action_bar
        previous, following = page.previous_button, page.next_button
        view.splitter.setSizes([500, 900])  # a roomy pane: the words
        qtbot.waitUntil(lambda: bar.width() > 800 and bar.words_shown())
        assert previous.text() == "← Previous" and following.text() == "Skip →"
        assert previous.accessibleName() == "Previous question"  # names for screen readers
        assert following.accessibleName() == "Skip this question"
        assert previous.width() == following.width()  # one width whatever they say
        assert previous.width() >= previous.fontMetrics().horizontalAdvance("← Previous")
        qtbot.keyClick(panel, Qt.Key.Key_PageDown)  # the keys still move
        assert panel.session.index == 1
        qtbot.keyClick(panel, Qt.Key.Key_PageUp)
        assert panel.session.index == 0
        click(qtbot, following)
        assert panel.session.index == 1
        view.splitter.setSizes([1100, 300])  # a narrow pane: the icons, with tooltips
        qtbot.waitUntil(lambda: bar.width() < 320 and not bar.words_shown())
        assert previous.text() == "←"
        assert following.text() == ("Skip →" if bar.skip_words_shown() else "→")
        assert previous.toolTip() == "Previous question (Page Up)"
        accent = bar.accent()
        right = accent.mapTo(bar, QPoint(accent.width(), 0)).x()
        assert right <= bar.width()  # the accent is never pushed off the bar
        click(qtbot, previous)
        assert panel.session.index == 0
    finally:
        app.setStyleSheet("")
