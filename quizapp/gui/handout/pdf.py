"""Drawing the handout to an A4 PDF with QTextDocument and QPdfWriter, offscreen.

Qt lays the pages out (the answer key's page break included) and embeds the
fonts, so French text prints as written: accents, ’, « » and their no-break
spaces. Sizes and fonts come from the theme's print scale. The face is the system's
serif, not the bundled Source Serif Pro: that face draws ’ and ʼ (U+02BC) with one
glyph, and Qt's PDF text layer then gives ʼ back to a reader who copies or searches
« d’État » (the teacher's ’ must survive a copy, as French text is content).
"""

from __future__ import annotations

import os
from pathlib import Path

from quizapp.core.exchange.handout import Sizes, handout_html
from quizapp.core.model import Article
from quizapp.gui.window.theme import PRINT_MARGIN_MM, PRINT_PT, SERIF

PRINT_SERIF = [family for family in SERIF if family != "Source Serif Pro"]


def _application() -> object:
    """The Qt application fonts need; a headless one when the command runs alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["quizapp"])


def write_pdf(article: Article, out: Path) -> None:
    """The handout of `article` as an A4 PDF at `out`."""
    app = _application()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    margin = PRINT_MARGIN_MM
    writer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    writer.setTitle(article.title)
    writer.setCreator("quizapp")
    document = QTextDocument()
    font = QFont()
    font.setFamilies(PRINT_SERIF)
    font.setPointSizeF(PRINT_PT["body"])
    document.setDefaultFont(font)
    sizes = Sizes(
        body=PRINT_PT["body"],
        passage=PRINT_PT["passage"],
        small=PRINT_PT["caption"],
        heading=PRINT_PT["heading"],
        title=PRINT_PT["title"],
    )
    document.setHtml(handout_html(article, sizes))
    document.print_(writer)
    del app  # kept alive until the document is printed
