"""The reading screen for a learner's own text: no quiz, no English, every word kept.

An own text (`core/library/own_texts`) has no questions and no translation, so the
toolbar offers neither a quiz nor a Parallel English switch that would do nothing:
both step aside while it is open and come back with the next article. Its words
have no teacher's glossary either: each click is answered by the dictionaries, and
the word the dictionary explains is kept for review at once (as a glossary's word
is for an article), the gloss card saying « ✓ Added to my words » (as an article's card does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizapp.gui.reading.article_meta import is_own

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article
    from quizapp.gui.window.main_window import MainWindow


class OwnTextReading:
    """Follows the articles the window opens; built with the reading screen."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.view = window.reading_view
        window.article_opened.connect(self.follow)
        # after the view's own slot, which has shown the dictionary's answer
        self.view.passage.word_looked_up.connect(self._looked_up)

    def own(self) -> bool:
        article = self.view.article
        return article is not None and is_own(article)

    def follow(self, article: Article) -> None:
        """The toolbar and the passage for this article: an own text's, or an article's."""
        own = is_own(article)
        actions = self.window.actions_by_name
        for name in ("start_quiz", "parallel"):
            actions[name].setVisible(not own)  # hidden: their keys rest too
        self.view.parallel_button.setVisible(not own)
        self.view.passage.set_parallel(False if own else bool(self.window.settings.parallel))
        self.view.retranslate_ui()  # the quiz button follows its action, the row refits

    def _looked_up(self, sentence_id: str, _word: str, hit: Any) -> None:
        """A dictionary's answer on an own text: kept for review, counted by the end card."""
        popover = self.view.popover
        if hit is not None or not self.own() or popover is None:
            return
        answers = getattr(popover, "_answers", ())
        button = popover.add_button
        if not answers or popover._saved:
            return
        button.click()  # « Add to my words »: the same path as the learner's own click
        first = answers[0]
        span = self.view.passage.gloss_highlight() or (sentence_id, 0, 0)
        self.view.end_card.note_word(sentence_id, first.headword, first.gloss, span[1])
