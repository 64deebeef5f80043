"""The sitting's end always offers a way on: the next article, or, with every article
read at 100 %, the one read longest ago to reread, in the accent; the library is then
the page's back link's alone."""

from __future__ import annotations

from quizapp.gui.review.done import DonePage


def test_every_article_read_the_end_offers_a_reread(qtbot):
    from quizapp.gui.window.theme import Theme

    done = DonePage()
    qtbot.addWidget(done)
    done.set_theme(Theme())
    done.resize(900, 700)
    done.show()
    done.set_next("Une bibliothèque d’outils", again=True)
    assert done.primary() is done.next_button and done.next_button.isVisible()
    assert done.next_button.text() == "Reread: Une bibliothèque d’outils"
    assert done.up_next.text().startswith("You have read everything: reread one at your level")
    assert done.next_button.accessibleName() == "Reread: Une bibliothèque d’outils"
    done.resize(300, 700)  # a narrow window: the words cut to the card, never wider
    qtbot.waitUntil(lambda: done.next_button.text().endswith("…"))
    assert done.next_button.text().startswith("Reread: ")
    assert done.next_button.accessibleName() == "Reread: Une bibliothèque d’outils"
    done.resize(900, 700)
    assert done.button.isHidden()  # the page's back link is the library's: no second one
    done.set_next("Le marché du samedi")  # an unread one: the next article
    assert done.next_button.text() == "Read the next article →"
    assert done.up_next.text() == "Up next: Le marché du samedi"
    done.set_next("")  # nothing to propose: the library is the way on
    assert done.primary() is done.button and not done.next_button.isVisible()
    assert done.button.isVisible()
    assert done.button.property("primary") == "true"
