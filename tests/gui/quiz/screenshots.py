"""Screenshots of every question type, for a person to look at (not a test).

Each type before an answer, after a wrong one, after "Show the answer" and
after a right one; light and dark, English and French, base and largest zoom:

    QT_QPA_PLATFORM=offscreen python -m tests.gui.quiz.screenshots /work/shots/win2
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from quizapp.core.grading.responses import right_response
from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz.panel import QuizPanel
from quizapp.gui.reading.view import ReadingView
from quizapp.gui.window.i18n import Translators, settle_language_change
from quizapp.gui.window.settings import ZOOM_MAX
from quizapp.gui.window.stylesheet import style_sheet
from quizapp.gui.window.theme import DARK, LIGHT, Palette, Theme
from tests.gui.quiz_fixtures import load, wrong_answer


def qpalette(p: Palette) -> QPalette:
    """A Qt palette from the theme's roles (what the window will do app-wide)."""
    out = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, p.window),
        (role.Base, p.surface),
        (role.AlternateBase, p.window),
        (role.Button, p.surface),
        (role.Text, p.text),
        (role.WindowText, p.text),
        (role.ButtonText, p.text),
        (role.PlaceholderText, p.muted),
        (role.Highlight, p.accent),
        (role.HighlightedText, p.on_accent),
        (role.Link, p.accent),
        (role.Mid, p.border),
        (role.ToolTipBase, p.surface),
        (role.ToolTipText, p.text),
    ):
        out.setColor(r, QColor(colour))
    out.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(p.muted))
    out.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(p.muted))
    out.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(p.muted))
    return out


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
    settle_language_change()


def shoot(app: QApplication, out: Path, article, theme: Theme, lang: str) -> None:
    view = ReadingView()
    scale = theme.scale
    view.resize(round(1280 * min(scale, 1.6)), round(820 * min(scale, 1.6)))
    view.set_article(article)
    panel = QuizPanel(view.passage)
    view.set_side_panel(panel)
    panel.set_theme(theme)
    view.show()
    tag = f"{'dark' if theme.palette.dark else 'light'}-{lang}-z{theme.zoom}"
    for index, question in enumerate(article.questions):
        name = f"{index + 1:02d}-{question.type.value}"
        for state, answer in (("wrong", wrong_answer(question)), ("right", None)):
            panel.offer(article)
            panel.start(Mode.PRACTICE, seed=3)
            panel.controller.go_to(index)
            settle(app)
            if state == "wrong":
                view.grab().save(str(out / f"{name}-0before-{tag}.png"))
            panel.widget.set_response(answer if answer is not None else right_response(question))
            panel.check()
            settle(app)
            view.grab().save(str(out / f"{name}-{'1wrong' if answer else '3right'}-{tag}.png"))
            if state == "wrong" and panel.session.can_retry(question.id):
                panel.controller.give_up()
                settle(app)
                view.grab().save(str(out / f"{name}-2shown-{tag}.png"))
    for name, count in (("summary-full", len(article.questions)), ("summary-mixed", 3)):
        panel.offer(article)
        panel.start(Mode.PRACTICE, seed=3)
        for index, question in enumerate(article.questions[:count]):
            panel.controller.go_to(index)
            right = name == "summary-full" or index != 1  # mixed: the second one wrong
            panel.widget.set_response(right_response(question) if right else wrong_answer(question))
            panel.check()
            if panel.session.can_retry(question.id):
                panel.controller.give_up()
        panel.finish()
        panel.finish()  # confirms, with questions left unanswered
        settle(app)
        view.grab().save(str(out / f"{name}-{tag}.png"))
    view.close()
    view.deleteLater()


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    translators = Translators()
    with tempfile.TemporaryDirectory() as tmp:
        article = load(Path(tmp))
        for lang in ("en", "fr"):
            translators.install(lang)
            for palette in (LIGHT, DARK):
                app.setPalette(qpalette(palette))
                for zoom in (0, ZOOM_MAX):
                    theme = Theme(palette=palette, zoom=zoom)
                    font = QFont(app.font())
                    font.setPointSizeF(theme.px("body") * 0.75)
                    app.setFont(font)
                    app.setStyleSheet(style_sheet(theme))  # what the window sets app-wide
                    shoot(app, out, article, theme, lang)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "shots")
