"""The quiz session: modes, tries, hints, penalties, navigation, display orders, results."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.core.model import Article, Settings
from quizapp.core.quiz.session import Mode, QuizSession
from tests.core import quiz_factory as f


def make(mode: Mode = Mode.PRACTICE, seed: int = 7, **settings: object) -> QuizSession:
    s = Settings(**settings)  # type: ignore[arg-type]
    return QuizSession(f.article(s=s), mode, seed=seed)


# -- practice mode ------------------------------------------------------------------


def test_practice_right_first_time_scores_full_and_closes_the_question() -> None:
    quiz = make()
    out = quiz.answer("choice", 0)
    assert (out.score, out.question_score, out.attempts_used, out.attempts_left) == (1, 1, 1, 0)
    assert out.done and not out.can_retry and out.feedback_visible
    assert out.feedback == "Bonne réponse." and out.feedback_en == "Right answer."
    with pytest.raises(ValueError, match="no tries left"):
        quiz.answer("choice", 1)


def test_practice_retry_costs_the_retry_penalty() -> None:
    quiz = make(attempts=2, retry_penalty=0.5)
    first = quiz.answer("choice", 1)
    assert first.can_retry and not first.done and first.attempts_left == 1
    # the retry feedback says what is wrong, not the answer
    assert first.feedback.startswith("Non, c’est le contraire. Essayez encore")
    assert "il vous reste 1\u00a0essai" not in first.feedback
    assert "il vous reste 1 essai." in first.feedback
    assert "Stationner" not in first.feedback + first.feedback_en
    assert first.note == ""
    second = quiz.answer("choice", 0)
    assert (second.score, second.question_score, second.attempts_used) == (0.5, 0.5, 2)
    assert second.done and not second.can_retry
    assert quiz.question_score("choice") == 0.5


def test_explanation_and_evidence_come_once_the_question_is_done() -> None:
    quiz = make(attempts=2)
    first = quiz.answer("choice", 1)
    assert (first.explanation, first.evidence) == ("", ())
    last = quiz.answer("choice", 0)
    assert (last.explanation, last.explanation_en) == ("La phrase 1 le dit.", "Sentence 1 says so.")
    assert last.evidence == ("s1",)
    test = make(Mode.TEST)
    assert test.answer("choice", 0).evidence == ()
    test.finish()
    shown = test.outcome("choice")
    assert shown is not None and shown.evidence == ("s1",)


def test_practice_out_of_tries_shows_the_full_feedback() -> None:
    quiz = make(attempts=2)
    quiz.answer("choice", 1)
    last = quiz.answer("choice", 2)
    assert last.done and last.attempts_left == 0
    assert "La bonne réponse était" in last.feedback
    assert quiz.question_score("choice") == 0


def test_one_attempt_means_no_retry() -> None:
    quiz = make(attempts=1)
    out = quiz.answer("short", "Pologne")
    assert out.done and not out.can_retry and "La réponse attendue" in out.feedback


def test_penalties_never_take_a_score_below_zero() -> None:
    quiz = make(attempts=4, retry_penalty=0.75, hint_penalty=0.5)
    quiz.answer("choice", 1)
    quiz.reveal_hint("choice")
    out = quiz.answer("choice", 0)
    assert out.grade.score == 1 and out.score == 0 and out.question_score == 0


def test_the_best_try_counts() -> None:
    quiz = make(attempts=3, retry_penalty=0.25)
    first = quiz.answer("short", "génrale")  # slip: half the points
    assert first.score == 0.5 and first.can_retry and "vérifiez l’orthographe" in first.feedback
    assert "générale" not in first.feedback
    second = quiz.answer("short", "autre chose")
    assert second.score == 0 and second.question_score == 0.5
    third = quiz.answer("short", "générale")
    assert third.score == 0.5 and third.question_score == 0.5


def test_give_up_closes_a_practice_question_with_the_full_feedback() -> None:
    quiz = make(attempts=3)
    with pytest.raises(ValueError, match="not been answered"):
        quiz.give_up("short")
    quiz.answer("short", "génrale")
    out = quiz.give_up("short")
    assert out.done and not out.can_retry and out.attempts_left == 0
    assert "«\u00a0générale\u00a0»" in out.note
    assert not quiz.can_answer("short")


# -- hints --------------------------------------------------------------------------


def test_hint_costs_on_answers_given_after_it() -> None:
    quiz = make(hint_penalty=0.25)
    assert quiz.reveal_hint("choice") == ("Relisez la phrase 1.", "Read sentence 1 again.")
    assert quiz.hint_shown("choice")
    quiz.reveal_hint("choice")  # showing it again costs nothing more
    assert quiz.answer("choice", 0).score == 0.75


def test_hint_after_the_answer_costs_nothing_for_that_answer() -> None:
    quiz = make(hint_penalty=0.25, retry_penalty=0.5)
    quiz.answer("choice", 0)
    quiz.reveal_hint("choice")
    assert quiz.question_score("choice") == 1
    assert quiz.result().rows[0].hints == 1


def test_no_hint_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no hint"):
        make().reveal_hint("multi")


# -- test mode ----------------------------------------------------------------------


def test_test_mode_hides_feedback_until_the_end() -> None:
    quiz = make(Mode.TEST, attempts=3)
    out = quiz.answer("choice", 1)
    assert not out.feedback_visible and out.feedback == "" and out.note == ""
    assert not out.can_retry and not out.done and out.attempts_left == 0
    # the answer may be changed until the end: still one try
    out = quiz.answer("choice", 0)
    assert out.attempts_used == 1 and out.score == 1
    quiz.answer("short", "generale")
    result = quiz.finish()
    assert quiz.finished and result.score == 2
    shown = quiz.outcome("choice")
    assert shown is not None and shown.feedback_visible and shown.done
    assert shown.feedback == "Bonne réponse."
    note = quiz.outcome("short")
    assert note is not None and "accents" in note.note
    assert quiz.outcome("multi") is None
    with pytest.raises(ValueError, match="finished"):
        quiz.answer("multi", {0})


def test_test_mode_has_no_give_up() -> None:
    quiz = make(Mode.TEST)
    quiz.answer("choice", 1)
    with pytest.raises(ValueError, match="practice mode"):
        quiz.give_up("choice")


def test_test_mode_hint_penalty_applies() -> None:
    quiz = make(Mode.TEST, hint_penalty=0.25)
    quiz.reveal_hint("choice")
    assert quiz.answer("choice", 0).score == 0.75


# -- navigation ---------------------------------------------------------------------


def test_questions_keep_the_file_order_and_navigation_moves_through_them() -> None:
    quiz = make()
    ids = ("choice", "multi", "tf", "short", "cloze", "match", "order", "locate")
    assert quiz.question_ids == ids
    assert quiz.index == 0 and quiz.current.id == "choice" and not quiz.has_previous
    assert quiz.previous() is False and quiz.index == 0
    assert quiz.next() is True and quiz.current.id == "multi"
    assert quiz.go_to(7).id == "locate" and not quiz.has_next
    assert quiz.next() is False and quiz.index == 7
    assert quiz.previous() is True and quiz.current.id == "order"
    assert quiz.go_to("tf").id == "tf" and quiz.index == 2
    with pytest.raises(IndexError, match="numbered 0 to 7"):
        quiz.go_to(8)
    with pytest.raises(IndexError):
        quiz.go_to(-1)
    with pytest.raises(KeyError, match="nope"):
        quiz.go_to("nope")
    with pytest.raises(KeyError, match="nope"):
        quiz.answer("nope", 0)


def test_a_malformed_response_is_refused_and_not_recorded() -> None:
    quiz = make()
    with pytest.raises(ValueError, match="out of range"):
        quiz.answer("choice", 9)
    with pytest.raises(TypeError):
        quiz.answer("multi", "0")
    assert quiz.attempts_used("choice") == 0 and quiz.answered == 0


# -- display orders -----------------------------------------------------------------


def test_display_orders_are_permutations_and_responses_use_file_indices() -> None:
    quiz = make(seed=3)
    assert sorted(quiz.option_order("choice")) == [0, 1, 2]
    assert sorted(quiz.right_order("match")) == [0, 1, 2]
    assert sorted(quiz.item_order("order")) == [0, 1, 2, 3]
    right = next(i for i, o in enumerate(quiz.article.question("choice").options) if o.correct)
    assert quiz.answer("choice", right).grade.correct
    with pytest.raises(ValueError, match="no options"):
        quiz.option_order("short")
    with pytest.raises(ValueError, match="no items"):
        quiz.item_order("match")


def test_same_seed_same_orders_and_other_seeds_vary() -> None:
    a, b = make(seed=11), make(seed=11)
    assert a.option_order("multi") == b.option_order("multi")
    assert a.item_order("order") == b.item_order("order")
    seen = {make(seed=s).option_order("multi") for s in range(30)}
    assert len(seen) > 5


def test_order_items_are_never_shown_in_the_right_order() -> None:
    three = replace(f.order(), items=("un", "deux", "trois"))
    for seed in range(200):
        quiz = QuizSession(f.article((three,)), seed=seed)
        assert quiz.item_order("order") != (0, 1, 2)


def test_order_items_and_word_banks_are_shuffled_even_when_shuffle_is_off() -> None:
    orders = {make(seed=x, shuffle=False).item_order("order") for x in range(20)}
    assert (0, 1, 2, 3) not in orders and len(orders) > 3
    quiz = make(shuffle=False)
    assert quiz.option_order("choice") == (0, 1, 2)
    # a match's drop-down is a word bank: in file order it would line up with the answers
    rights = {make(seed=x, shuffle=False).right_order("match") for x in range(20)}
    assert (0, 1, 2) not in rights and len(rights) > 1


def test_a_question_can_turn_shuffling_off_for_itself() -> None:
    q = f.choice(shuffle=False)
    assert QuizSession(f.article((q,)), seed=5).option_order("choice") == (0, 1, 2)


def test_shuffled_right_sides_never_face_their_own_left() -> None:
    two = f.match(pairs=f.match().pairs[:2])
    for seed in range(50):
        assert QuizSession(f.article((two,)), seed=seed).right_order("match") == (1, 0)


# -- totals, results, review --------------------------------------------------------


def _answer_all(quiz: QuizSession) -> None:
    quiz.answer("choice", 0)  # right
    quiz.answer("multi", {0})  # half
    quiz.answer("tf", False)  # right
    quiz.answer("short", "générale")  # right
    quiz.answer("cloze", ["frontière", "Russie"])  # half
    q = quiz.article.question("match")
    quiz.answer("match", {p.left: p.right for p in q.pairs})  # type: ignore[attr-defined]


def test_running_score_result_and_percent() -> None:
    quiz = make()
    assert (quiz.score, quiz.points, quiz.answered) == (0, 8, 0)
    _answer_all(quiz)
    assert quiz.score == 5 and quiz.answered == 6
    result = quiz.finish()
    assert (result.score, result.points, result.percent) == (5, 8, 62.5)
    row = {r.id: r for r in result.rows}
    assert row["multi"].score == 0.5 and row["multi"].attempts == 1 and not row["multi"].correct
    assert row["order"].attempts == 0 and row["order"].score == 0
    assert row["choice"].type == "choice" and row["choice"].correct
    # a skipped question is not a mistake (the Mistakes screen knows only answers)
    assert result.mistakes == ("multi", "cloze")
    assert result.skipped == ("order", "locate") and row["order"].skipped
    assert row["choice"].first_try and not row["multi"].first_try
    data = result.to_dict()
    assert result.mode is Mode.PRACTICE and data["mode"] == "practice"
    assert data["percent"] == 62.5 and data["rows"][0]["type"] == "choice"
    assert quiz.finish() == result  # finishing twice is harmless


def test_review_mistakes_runs_over_the_questions_not_at_full_marks() -> None:
    quiz = make(attempts=2)
    _answer_all(quiz)
    quiz.answer("locate", {"s3"})  # half
    quiz.answer("locate", {"s3", "s4"})  # right on the retry: 0.5 after penalty
    quiz.finish()
    review = quiz.review_mistakes(seed=1)
    assert review.question_ids == ("multi", "cloze", "locate")  # "order" was skipped
    assert review.mode is Mode.PRACTICE and review.answered == 0 and review.points == 3


def test_no_mistake_to_review() -> None:
    quiz = QuizSession(f.article((f.choice(),)), seed=1)
    quiz.answer("choice", 0)
    with pytest.raises(ValueError, match="no mistake"):
        quiz.review_mistakes()


def test_responses_are_kept_as_given_and_as_json() -> None:
    quiz = make(attempts=2)
    assert quiz.response("multi") is None and quiz.response_json("multi") is None
    quiz.answer("multi", [2, 0, 1])
    quiz.answer("multi", (2, 0))
    assert quiz.responses("multi") == (frozenset({0, 1, 2}), frozenset({0, 2}))
    assert quiz.response_json("multi") == [0, 2]
    quiz.answer("cloze", ("limite", None))
    assert quiz.response_json("cloze") == ["limite", ""]


def test_lookups_are_kept_per_question() -> None:
    quiz = make()
    quiz.record_lookup("choice", "stationner")
    quiz.record_lookup("choice", "ogive")
    assert quiz.lookups("choice") == ("stationner", "ogive") and quiz.lookups("multi") == ()


def test_a_subset_session_takes_the_file_order() -> None:
    art: Article = f.article()
    quiz = QuizSession(art, question_ids=["order", "choice"], seed=1)
    assert quiz.question_ids == ("choice", "order")
    with pytest.raises(KeyError, match="nope"):
        QuizSession(art, question_ids=["nope"])
