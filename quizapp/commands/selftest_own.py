"""The self-test's pictures of a learner's own text: pasted, read with a word's card,
then its first generated exercise; the text is deleted again after."""

from __future__ import annotations

OWN_TEXT = (
    "Le marché du samedi",
    "Chaque samedi, le marché s’installe sur la place de l’église. Dès sept heures, les"
    " commerçants montent leurs stands sous les platanes. On y trouve des fruits, des"
    " fromages de la région et du pain encore chaud.\n\n"
    "Mme Roux vend des légumes depuis trente ans. Elle connaît ses clients par leur"
    " prénom et leur garde souvent les plus belles tomates. «\u00a0Ici, on prend le temps"
    " de parler\u00a0», dit-elle en souriant.\n\n"
    "Vers midi, les enfants font la queue devant le stand de crêpes. Les parents, eux,"
    " boivent un café à la terrasse d’en face. Puis, peu à peu, la place se vide et"
    " retrouve son calme jusqu’à la semaine suivante.",
)


def shoot_own_text(window, shoot) -> None:
    """A learner's own text, pasted and open with a word's card; deleted again after."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from quizapp.gui.window.screenshots import pump

    shelf = window.own_shelf()
    if shelf.submit(*OWN_TEXT) is not None:
        return  # the data folder refuses it: no picture, nothing to undo
    article = window.reading_view.article

    def gloss() -> None:
        passage, first = window.reading_view.passage, article.sentences[0]
        passage.set_current(first.id)
        pump()
        point = passage.word_position(first.id, first.fr.index("marché") + 1)
        QTest.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)

    try:
        shoot("own-text", gloss)
        window.reading_view.close_popover()
        shoot_own_exercises(window, shoot)
    finally:
        window.reading_view.close_popover()
        shelf.delete(article.id)
        window.show_screen("library")


def shoot_own_exercises(window, shoot) -> None:
    """The own text's first exercise (made from its words); the run is then abandoned,
    so the store keeps no unfinished quiz of a text deleted after."""
    from quizapp.gui.quiz.selftest_driver import click, wait_until

    if not window.reading_view.article.questions:
        return  # a text too short for exercises: the toolbar offers none
    window.actions_by_name["start_quiz"].trigger()
    wait_until(lambda: window.quiz.panel is not None, "the exercises' panel")
    panel = window.quiz.panel
    wait_until(lambda: panel.chooser.practice_button.isVisible(), "the Practice button")
    click(panel.chooser.practice_button)
    wait_until(lambda: panel.in_question(), "the first exercise")
    panel.page.motion.settle()
    shoot("own-exercises")
    bridge = window.progress_screens.bridge
    session_id = getattr(bridge.recorder, "session_id", None)
    panel.close_quiz()
    if bridge.store is not None and session_id is not None:
        bridge.write(lambda: bridge.store.abandon_session(session_id))
