"""The reading screen for a learner's own text: exercises, no English, every word kept.

An own text (`core/library/own_texts`) has no teacher's questions and no translation.
When it is opened it gets exercises made offline from its own words
(`core/library/own_exercises`: match with the dictionaries' senses, clozes, order),
so the toolbar's primary button says « Exercises » and starts them through the same
quiz as an article's; a text too short for any keeps the button aside. The Parallel
English switch, which would do nothing, steps aside too. Its words
have no teacher's glossary either: each click is answered by the dictionaries, and
the word the dictionary explains is kept for review at once (as a glossary's word
is for an article), the gloss card saying « ✓ Added to my words » (as an article's card does).
"""

from __future__ import annotations

from dataclasses import replace
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
        window.dictionaries.ready.connect(self._dictionaries_ready)
        # after the view's own slot, which has shown the dictionary's answer
        self.view.passage.word_looked_up.connect(self._looked_up)

    def own(self) -> bool:
        article = self.view.article
        return article is not None and is_own(article)

    def prepare(self, article: Article) -> Article:
        return prepare(self.window, article)

    def _dictionaries_ready(self) -> None:
        """An own text opened before the dictionaries were indexed: its exercises gain
        the match of its words, unless a quiz on it is already showing."""
        article = self.view.article
        if article is None or not self.own() or self.view.side_panel() is not None:
            return
        again = prepare(self.window, replace(article, questions=()))
        if again.questions != article.questions:
            self.view.article = again
            self.view.end_card.refresh()
            self.follow(again)

    def follow(self, article: Article) -> None:
        """The toolbar and the passage for this article: an own text's, or an article's."""
        own = is_own(article)
        actions = self.window.actions_by_name
        actions["start_quiz"].setVisible(bool(article.questions))  # an own text's exercises
        actions["parallel"].setVisible(not own)  # hidden: its keys rest too
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


def prepare(window: Any, article: Article) -> Article:
    """An own text with its exercises as its questions (any other article as it is):
    the dictionaries ready now answer the match, the words the learner looked up in
    this text come first. Kept per text, so History and Mistakes find the same
    questions the quiz asked (`progress/screens.articles`)."""
    if not is_own(article) or article.questions:
        return article
    from quizapp.core.library.own_exercises import with_exercises

    cache: dict[Any, Article] = window.__dict__.setdefault("_own_exercises", {})
    lookup = _lookup(window)
    key = (article.id, article.sentences, lookup is not None)
    if key not in cache:
        cache[key] = with_exercises(article, lookup, _looked_up_here(window, article.id))
    return cache[key]


def prepared(window: Any, articles: dict[str, Article]) -> dict[str, Article]:
    """`articles` (by id) with each own text's exercises, as the quiz asked them."""
    return {ident: prepare(window, a) for ident, a in articles.items()}


def _lookup(window: Any) -> Any:
    service = window.dictionaries
    catalog = service.catalog
    if catalog is None:  # still indexing: the clozes and the order need none
        return None
    chain = catalog.chain(service.settings.dictionary_order, service.settings.dictionaries_off)
    if not chain:
        return None
    from quizapp.core.dictionary import answer_word

    def lookup(word: str, sentence: str) -> tuple[str, str] | None:
        """A noun only: a conjugated verb or an adjective's first sense is too often
        another use (« montent » → "get in", « suivante » → "hind"); its headword, with
        a plain sense (`choose_sense`: « enfants » → enfant, "child", not the plural
        entry's "sons and daughters")."""
        from quizapp.core.library.own_exercises import choose_sense

        answers = answer_word(word, chain, sentence).answers
        nouns = [a for a in answers if a.pos.split(",")[0].strip() == "n" and a.gloss]
        return choose_sense([(a.headword, a.senses or (a.gloss,)) for a in nouns])

    return lookup


def _looked_up_here(window: Any, article_id: str) -> list[str]:
    bridge = getattr(getattr(window, "progress_screens", None), "bridge", None)
    store, profile = getattr(bridge, "store", None), getattr(bridge, "profile", None)
    if bridge is None or store is None or profile is None:
        return []
    words = bridge.guard(lambda: store.words(profile), [])
    return [w.word for w in words if w.article_id == article_id]
