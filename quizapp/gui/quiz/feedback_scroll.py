"""Where the question's body scrolls once a verdict shows: the learner's pick, the
verdict and the quoted proof in view together when they fit, moving as little as
possible (kept apart from the page so the page's module stays about layout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint

from quizapp.gui.quiz.block_place import space_answer

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.quiz.question import QuestionPage


def proof_bottom(page: QuestionPage, feedback_top: int) -> int:
    """Where the verdict line, the quoted proof and its "Show in the text" link end, in
    the body: what a check must bring into view (the verdict alone when nothing is quoted)."""
    bottom = feedback_top + page.feedback.verdict_bottom()
    for part in (page.feedback.quote, page.feedback.evidence_button):
        if part.isVisibleTo(page.feedback):
            bottom = max(bottom, part.mapTo(page.body, QPoint(0, part.height())).y())
    return bottom


def _pack(page: QuestionPage, folded: bool) -> None:
    """The body's rows and ends and the feedback's padding: the page's usual ones, or
    closer when the options are folded."""
    theme = page.theme
    page.feedback.set_compact(folded)
    gap = theme.space(0.25 if folded else 1)
    space_answer(page, gap, air=not folded)
    page.column.setSpacing(gap)
    side = page.column.contentsMargins()
    # folded, the rows closer, but the last line still clears the edge once scrolled to
    top, bottom = (gap, theme.space(0.5)) if folded else (theme.space(0.5), theme.space(1))
    page.column.setContentsMargins(side.left(), top, side.right(), bottom)


def fold_options(page: QuestionPage) -> bool:
    """Once marked, every option stays in sight, each with its ✓ or ✗ (the wrong ones
    teach too); the explanation may scroll under them. Only when the question, all
    the options and the verdict's line would not fit the pane together (a large zoom
    in a short window) do the options with nothing to say fold away, and the link in
    their place says they were hidden for room (the rows closer if still needed).
    Measured unfolded, with the usual rows, each time, so it never flips on its own.
    True when folded."""
    widget = page.widget
    if widget is None:
        return False
    _pack(page, False)
    if not page.feedback.isVisibleTo(page):
        widget.fold_others(False)
        return False
    if widget.fold_extra() > 0:
        widget.fold.show_cards()  # measured unfolded (the learner's "show all" kept)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    body = page.body
    whole = body.layout().totalHeightForWidth(body.width())
    body.resize(body.width(), max(body.height(), whole))  # laid out at its full height
    body.layout().activate()
    verdict = page.feedback.mapTo(body, QPoint(0, 0)).y() + page.feedback.verdict_bottom()
    widget.fold_others(verdict > page.scroll.shown_room(whole))  # « More ↓ » may take a row
    folded = widget.fold_extra() > 0
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if folded and body.layout().totalHeightForWidth(body.width()) > page.scroll.room():
        _pack(page, True)  # still too tall folded: the rows closer as well
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return folded


def show_feedback(page: QuestionPage) -> None:
    """The learner's pick and its verdict whole in view, under the strip, with as much
    of the feedback and the quoted proof under them as fits, moving as little as
    possible. When the pick and its verdict can't both show (a tall answer, a large
    zoom) the verdict is on top and the pick is said under it, the card scrolled wholly
    out of view: never a pick cut in half at the top edge. Without a pick (blanks,
    pairs, an order) the verdict and the proof show, with the answer's end above."""
    if not page.feedback.isVisibleTo(page):
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # settled sizes
    folded = fold_options(page)
    body = page.body
    view = page.scroll.shown_room(body.layout().totalHeightForWidth(body.width()))
    pad = page.theme.space(0.75)
    tail = max(pad, page.scroll.fade.band)  # a bottom end clears the fade over the edge
    picked = page.widget.picked() if page.widget is not None else None
    anchor = picked or page.widget or page.feedback
    top = anchor.mapTo(body, QPoint(0, 0)).y() - pad
    feedback_top = page.feedback.mapTo(body, QPoint(0, 0)).y()
    least = feedback_top + page.feedback.verdict_bottom(with_pick=False)
    if picked is None:
        least = proof_bottom(page, feedback_top)
    if folded and least + tail <= view:  # folded to keep the question above its verdict
        top = 0
    apart = least + tail - view > top
    said = page.widget.picked_text() if apart and page.widget is not None else ""
    page.feedback.show_pick(said)  # too far apart: the pick said under the verdict
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    proof = proof_bottom(page, feedback_top)
    ends = [proof, max(proof, feedback_top + page.feedback.height())]  # least, then more
    if picked is not None:  # the verdict line first: the pick and it are what must show
        ends.insert(0, min(proof, feedback_top + page.feedback.verdict_bottom()))
    for button in (page.retry_button, page.give_up_button):  # what to do next, if shown
        if button.isVisibleTo(body):
            ends.append(max(ends[-1], button.mapTo(body, QPoint(0, button.height())).y()))
    bar = page.scroll.verticalScrollBar()
    value = ends[0] + tail - view  # nothing fits with the pick: the proof at the bottom
    if said:  # the pick is in the verdict: as much of the feedback as fits, from its top
        value = min(ends[-1] + tail - view, feedback_top - pad)
    for end in reversed(ends):  # the most that fits under the pick
        low = end + tail - view
        if low <= top:  # all fits: move least; else the pick on top, the most under it
            value = min(max(bar.value(), low), top) if end == ends[-1] else top
            break
    if picked is None or said:  # the verdict and the proof in view, or the verdict on top
        value = max(value, min(proof + tail - view, feedback_top - pad))
    if said and picked is not None:  # the card wholly out of view, never cut in half
        value = max(value, picked.mapTo(body, QPoint(0, picked.height())).y())
    value = min(value, feedback_top - pad)
    bar.setValue(max(0, value))
