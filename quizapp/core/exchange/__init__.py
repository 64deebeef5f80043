"""Quizzes out to other programs: Moodle XML, GIFT, and the handout's HTML.

Public face: `moodle.moodle_xml(article)`, `gift.gift(article)` (the text and
the questions GIFT cannot hold), `handout.handout_html(article)`. Plain Python:
the PDF itself is drawn by `quizapp/gui/handout` (Qt), late.
"""
