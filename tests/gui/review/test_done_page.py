"""The sitting's end offers the way a learner expects: the next unread article in the
accent; with every article read, « Back to the library » as the primary under « You have
read all N articles », a text of one's own as a quiet link, never a reread."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.gui.review.done import DonePage


def page(qtbot) -> DonePage:
    from quizapp.gui.window.theme import Theme

    done = DonePage()
    qtbot.addWidget(done)
    done.set_theme(Theme())
    done.resize(900, 700)
    done.show()
    return done


def test_every_article_read_the_end_offers_the_library_never_a_reread(qtbot, translators):
    done = page(qtbot)
    done.set_next("Une bibliothèque d’outils", "reread", 15)
    assert done.primary() is done.button and done.button.isVisible()
    assert done.button.text() == "Back to the library"
    assert done.button.property("primary") == "true"
    assert not done.next_button.isVisible()
    assert done.up_next.isVisible() and done.up_next.text() == "You have read all 15 articles"
    assert done.up_next.property("achievement") is True  # in the text's ink, not a caption
    shown = [w.text() for w in (done.up_next, done.button, done.own_button) if w.isVisible()]
    assert not any("Reread" in text or "everything" in text for text in shown)
    assert done.own_button.isVisible() and done.own_button.text() == "Paste a text of your own"
    with qtbot.waitSignal(done.own_requested):
        qtbot.mouseClick(done.own_button, Qt.MouseButton.LeftButton)
    done.set_next("Le marché", "redo", 15)  # one below full marks: the library says it
    assert done.primary() is done.button and done.up_next.text().startswith("You have read all")


def test_an_unread_article_is_the_way_on_and_nothing_is_the_library(qtbot):
    done = page(qtbot)
    done.set_next("Le marché du samedi", "new", 15)  # an unread one: the next article
    assert done.primary() is done.next_button and done.next_button.isVisible()
    assert done.next_button.text() == "Read the next article →"
    assert done.up_next.text() == "Up next: Le marché du samedi"
    assert done.button.isHidden() and done.own_button.isHidden()  # the back link's
    with qtbot.waitSignal(done.next_article_requested):
        qtbot.mouseClick(done.next_button, Qt.MouseButton.LeftButton)
    long = "Un titre très long " * 6
    done.set_next(long, "resume", 15)  # left half-way: still the next to read
    done.resize(300, 700)  # a narrow window: the words cut to the card, never wider
    qtbot.waitUntil(lambda: done.next_button.text().endswith("…") or done.width() > 300)
    assert done.next_button.accessibleName() == f"Read the next article: {long}"
    done.resize(900, 700)
    done.set_next("")  # nothing to propose: the library is the way on
    assert done.primary() is done.button and not done.next_button.isVisible()
    assert done.button.isVisible() and not done.up_next.isVisible()
    assert done.own_button.isHidden()


def test_words_alone_ring_the_count_kept_not_a_percentage(qtbot):
    """Self-rated words are no score: the ring says « 2/3 » kept, a checked question's
    sitting keeps its percentage."""
    from datetime import UTC, datetime

    from quizapp.core.progress.review_records import ReviewLogRecord
    from quizapp.core.review.due import Summary
    from quizapp.core.review.ratings import Rating

    now = datetime(2026, 12, 8, 9, tzinfo=UTC)

    def logged(kind: str, rating: Rating) -> ReviewLogRecord:
        return ReviewLogRecord(1, kind, "a", "mot", now, int(rating), None, None, now, now)

    done = page(qtbot)
    words = [logged("word", Rating.GOOD), logged("word", Rating.EASY), logged("word", Rating.AGAIN)]
    done.fill(Summary(words, None, 0), lambda n, w: f"{n} words")
    assert done.ring.isVisible() and done.ring.big == "2/3"
    done.fill(Summary([*words[:2], logged("question", Rating.GOOD)], None, 0), lambda n, w: "")
    assert done.ring.big == "100%"
