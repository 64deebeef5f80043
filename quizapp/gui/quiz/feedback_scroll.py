"""Where the question's body scrolls once a verdict shows: the learner's pick, the
verdict and the quoted proof in view together when they fit, moving as little as
possible (kept apart from the page so the page's module stays about layout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint

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


def show_feedback(page: QuestionPage) -> None:
    """The verdict and the quoted proof in view, with the learner's answer above them:
    the pick and as much as fits under it (the whole feedback and retry, the proof,
    the verdict line), moving as little as possible. When the pick can't show with
    the proof (a tall answer, a large zoom), an option picked is said under the
    verdict; when even verdict and proof can't both show, the verdict is on top."""
    if not page.feedback.isVisibleTo(page):
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # settled sizes
    body, view = page.body, page.scroll.viewport().height()
    pad = page.theme.space(0.75)
    tail = max(pad, page.scroll.fade.band)  # a bottom end clears the fade over the edge
    anchor = page.widget.picked() if page.widget is not None else None
    if anchor is None:
        anchor = page.widget if page.widget is not None else page.feedback
    top = anchor.mapTo(body, QPoint(0, 0)).y() - pad
    feedback_top = page.feedback.mapTo(body, QPoint(0, 0)).y()
    apart = proof_bottom(page, feedback_top) + tail - view > top
    said = page.widget.picked_text() if apart and page.widget is not None else ""
    page.feedback.show_pick(said)  # too far apart: the pick said under the verdict
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    proof = proof_bottom(page, feedback_top)
    ends = [proof, max(proof, feedback_top + page.feedback.height())]  # least, then more
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
    # whatever else: the verdict and the proof in view, or the verdict on top
    value = max(value, min(proof + tail - view, feedback_top - pad))
    value = min(value, feedback_top - pad)
    bar.setValue(max(0, value))
