<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ArticleTableModel</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/model.py" line="282" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Banner</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/banner.py" line="61" />
      <source>The file has %n error(s) since your last change; you are still reading the last version that loaded.</source>
      <translation>
        <numerusform>The file has %n error since your last change; you are still reading the last version that loaded.</numerusform>
        <numerusform>The file has %n errors since your last change; you are still reading the last version that loaded.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CardDelegate</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="107" />
      <source>%n new word(s) for you</source>
      <translation>
        <numerusform>%n new word for you</numerusform>
        <numerusform>%n new words for you</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="97" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="99" />
      <source>≈ %n min read</source>
      <translation>
        <numerusform>≈ %n min read</numerusform>
        <numerusform>≈ %n min read</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="110" />
      <source>%n word(s) not met yet</source>
      <translation>
        <numerusform>%n word not met yet</numerusform>
        <numerusform>%n words not met yet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="110" />
      <source>%n new word(s)</source>
      <translation>
        <numerusform>%n new word</numerusform>
        <numerusform>%n new words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DaysCard</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/day_bars.py" line="171" />
      <source>%n answer(s)</source>
      <translation>
        <numerusform>%n answer</numerusform>
        <numerusform>%n answers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/day_bars.py" line="173" />
      <source>%n answer(s), all today</source>
      <translation>
        <numerusform>%n answer, today</numerusform>
        <numerusform>%n answers, all today</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/day_bars.py" line="176" />
      <source>%n answer(s) over %1 days</source>
      <translation>
        <numerusform>%n answer over %1 days</numerusform>
        <numerusform>%n answers over %1 days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DictionariesSection</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="86" />
      <source>%1 — %n entry(s) (%3)</source>
      <translation>
        <numerusform>%1 — %n entry (%3)</numerusform>
        <numerusform>%1 — %n entries (%3)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="219" />
      <source>%n right</source>
      <translation>
        <numerusform>%n right</numerusform>
        <numerusform>%n right</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="221" />
      <source>%n to see again soon</source>
      <translation>
        <numerusform>%n to see again soon</numerusform>
        <numerusform>%n to see again soon</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="245" />
      <source>You have read all %n article(s)</source>
      <translation>
        <numerusform>You have read all %n article</numerusform>
        <numerusform>You have read all %n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="174" />
      <source>%n due within a day</source>
      <translation>
        <numerusform>%n due within a day</numerusform>
        <numerusform>%n due within a day</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="121" />
      <source>Reading streak: %n day(s) in a row</source>
      <translation>
        <numerusform>Reading streak: %n day in a row</numerusform>
        <numerusform>Reading streak: %n days in a row</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EndCard</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="258" />
      <source>These words will come back in your reviews</source>
      <translation>
        <numerusform>This word will come back in your reviews</numerusform>
        <numerusform>These words will come back in your reviews</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="282" />
      <source>Do the exercises (%n)</source>
      <translation>
        <numerusform>Do the exercises (%n)</numerusform>
        <numerusform>Do the exercises (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="284" />
      <source>Start the quiz (%n question(s))</source>
      <translation>
        <numerusform>Start the quiz (%n question)</numerusform>
        <numerusform>Start the quiz (%n questions)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="289" />
      <source>You have read all %n article(s)</source>
      <translation>
        <numerusform>You have read all %n article</numerusform>
        <numerusform>You have read all %n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="333" />
      <source>%n word(s) looked up during the quiz</source>
      <translation>
        <numerusform>%n word looked up during the quiz</numerusform>
        <numerusform>%n words looked up during the quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="335" />
      <source>%n word(s) looked up, %1 of them during the quiz</source>
      <translation>
        <numerusform>%n word looked up, %1 of them during the quiz</numerusform>
        <numerusform>%n words looked up, %1 of them during the quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="338" />
      <source>%n word(s) looked up during this reading</source>
      <translation>
        <numerusform>%n word looked up during this reading</numerusform>
        <numerusform>%n words looked up during this reading</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="168" />
      <source>%n word(s) looked up</source>
      <translation>
        <numerusform>%n word looked up</numerusform>
        <numerusform>%n words looked up</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FeedbackBox</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/feedback.py" line="285" />
      <source>The answer is in the highlighted sentence(s) of the text.</source>
      <translation>
        <numerusform>The answer is in the highlighted sentence of the text.</numerusform>
        <numerusform>The answer is in the highlighted sentences of the text.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FinishBar</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/finish_bar.py" line="54" />
      <source>%n question(s) not answered yet: %1.</source>
      <translation>
        <numerusform>%n question not answered yet: %1.</numerusform>
        <numerusform>%n questions not answered yet: %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GoalWords</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/goal_words.py" line="46" />
      <source>+%n answer(s)</source>
      <translation>
        <numerusform>+%n answer</numerusform>
        <numerusform>+%n answers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/goal_words.py" line="66" />
      <source>%n day(s) in a row</source>
      <translation>
        <numerusform>%n day in a row</numerusform>
        <numerusform>%n days in a row</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/goal_words.py" line="77" />
      <source>Today: %n answer(s)</source>
      <translation>
        <numerusform>Today: %n answer</numerusform>
        <numerusform>Today: %n answers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Greeting</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="268" />
      <source>%n day(s) in a row: read today to keep it going</source>
      <translation>
        <numerusform>%n day in a row: read today to keep it going</numerusform>
        <numerusform>%n days in a row: read today to keep it going</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="271" />
      <source>%n article(s) read today</source>
      <translation>
        <numerusform>%n article read today</numerusform>
        <numerusform>%n articles read today</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="266" />
      <location filename="../../quizapp/gui/library/greeting.py" line="281" />
      <source>%n day(s) in a row</source>
      <translation>
        <numerusform>%n day in a row</numerusform>
        <numerusform>%n days in a row</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="251" />
      <source>%n-day streak</source>
      <translation>
        <numerusform>%n-day streak</numerusform>
        <numerusform>%n-day streak</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="253" />
      <source>%n-day streak: read today to keep it</source>
      <translation>
        <numerusform>%n-day streak: read today to keep it</numerusform>
        <numerusform>%n-day streak: read today to keep it</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HeroCard</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/hero.py" line="335" />
      <source>%n word(s) or question(s) due: a few minutes</source>
      <translation>
        <numerusform>%n word or question due: a few minutes</numerusform>
        <numerusform>%n words or questions due: a few minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/hero.py" line="236" />
      <source>New · %n new word(s) for you</source>
      <translation>
        <numerusform>New · %n new word for you</numerusform>
        <numerusform>New · %n new words for you</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="244" />
      <source>attempt(s)</source>
      <translation>
        <numerusform>attempt</numerusform>
        <numerusform>attempts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="279" />
      <source>The teacher has changed %n question(s) since some of these results: older answers to them may not match the question you see now.</source>
      <translation>
        <numerusform>The teacher has changed %n question since some of these results: older answers to them may not match the question you see now.</numerusform>
        <numerusform>The teacher has changed %n questions since some of these results: older answers to them may not match the question you see now.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="221" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>%n attempt</numerusform>
        <numerusform>%n attempts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="238" />
      <source>Quizzes finished: %n</source>
      <translation>
        <numerusform>Quizzes finished: %n</numerusform>
        <numerusform>Quizzes finished: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Learners</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="123" />
      <source>Their %n quiz run(s) and the words they looked up go too.</source>
      <translation>
        <numerusform>Their %n quiz run and the words they looked up go too.</numerusform>
        <numerusform>Their %n quiz runs and the words they looked up go too.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="143" />
      <source>“%1” deleted, with %n quiz run(s)</source>
      <translation>
        <numerusform>“%1” deleted, with %n quiz run</numerusform>
        <numerusform>“%1” deleted, with %n quiz runs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="146" />
      <source>, %n answer(s)</source>
      <translation>
        <numerusform>, %n answer</numerusform>
        <numerusform>, %n answers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="147" />
      <source> and %n word(s).</source>
      <translation>
        <numerusform> and %n word.</numerusform>
        <numerusform> and %n words.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LocateAnswer</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/answer_arrange.py" line="64" />
      <location filename="../../quizapp/gui/quiz/answer_arrange.py" line="120" />
      <source>%n sentence(s) selected</source>
      <translation>
        <numerusform>%n sentence selected</numerusform>
        <numerusform>%n sentences selected</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LocateBar</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="83" />
      <source>%n sentence(s) selected</source>
      <translation>
        <numerusform>%n sentence selected</numerusform>
        <numerusform>%n sentences selected</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MistakesView</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/mistakes.py" line="174" />
      <source>%n question(s) to review, last answered below full marks.</source>
      <translation>
        <numerusform>%n question to review, last answered below full marks.</numerusform>
        <numerusform>%n questions to review, last answered below full marks.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/mistakes.py" line="285" />
      <source>You have read all %n article(s) and got every question right last time.</source>
      <translation>
        <numerusform>You have read all %n article and got every question right last time.</numerusform>
        <numerusform>You have read all %n articles and got every question right last time.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ModeChooser</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="160" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="167" />
      <source>Feedback after each question. You get %n try(s) per question; each retry costs %1 of its points, a hint %2.</source>
      <translation>
        <numerusform>Feedback after each question. You get %n try per question; each retry costs %1 of its points, a hint %2.</numerusform>
        <numerusform>Feedback after each question. You get %n tries per question; each retry costs %1 of its points, a hint %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="190" />
      <source>Part %1 of %2 (%n question(s))</source>
      <translation>
        <numerusform>Part %1 of %2 (%n question)</numerusform>
        <numerusform>Part %1 of %2 (%n questions)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="214" />
      <source>Carry on where you stopped: %1 of %n question(s) answered.</source>
      <translation>
        <numerusform>Carry on where you stopped: %1 of %n question answered.</numerusform>
        <numerusform>Carry on where you stopped: %1 of %n questions answered.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="185" />
      <source>The whole quiz (%n question(s))</source>
      <translation>
        <numerusform>The whole quiz (%n question)</numerusform>
        <numerusform>The whole quiz (%n questions)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MultiAnswer</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="311" />
      <source>%n selected</source>
      <translation>
        <numerusform>%n selected</numerusform>
        <numerusform>%n selected</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="213" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="153" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="155" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="157" />
      <source>%n file(s) not loaded</source>
      <translation>
        <numerusform>%n file not loaded</numerusform>
        <numerusform>%n files not loaded</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="135" />
      <source>… and %n more problem(s), not listed here: run `quizapp check` on the file to see them all.</source>
      <translation>
        <numerusform>… and %n more problem, not listed here: run `quizapp check` on the file to see them all.</numerusform>
        <numerusform>… and %n more problems, not listed here: run `quizapp check` on the file to see them all.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgressBridge</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/bridge.py" line="321" />
      <source>The teacher has changed %n question(s) since you stopped: they start afresh.</source>
      <translation>
        <numerusform>The teacher has changed %n question since you stopped: they start afresh.</numerusform>
        <numerusform>The teacher has changed %n questions since you stopped: they start afresh.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QuizHeader</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/page_head.py" line="91" />
      <source>Practice · %n tries</source>
      <translation>
        <numerusform>Practice · %n tries</numerusform>
        <numerusform>Practice · %n tries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/page_head.py" line="104" />
      <source>%n question(s) answered</source>
      <translation>
        <numerusform>%n question answered</numerusform>
        <numerusform>%n questions answered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/page_head.py" line="111" />
      <source>%n answered</source>
      <translation>
        <numerusform>%n answered</numerusform>
        <numerusform>%n answered</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewHookup</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="95" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="97" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="298" />
      <source>%n word(s) reviewed</source>
      <translation>
        <numerusform>%n word reviewed</numerusform>
        <numerusform>%n words reviewed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="247" />
      <source>%n card(s) reviewed</source>
      <translation>
        <numerusform>%n card reviewed</numerusform>
        <numerusform>%n cards reviewed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="106" />
      <source>%n word(s) or question(s) to review today (spaced repetition)</source>
      <translation>
        <numerusform>%n word or question to review today (spaced repetition)</numerusform>
        <numerusform>%n words or questions to review today (spaced repetition)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SummaryHead</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="238" />
      <source>right first try</source>
      <translation>
        <numerusform>right first try</numerusform>
        <numerusform>right first try</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="239" />
      <source>Right at the first try: %1 of %n question(s).</source>
      <translation>
        <numerusform>Right at the first try: %1 of %n question.</numerusform>
        <numerusform>Right at the first try: %1 of %n questions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="251" />
      <source>%n word(s) looked up while reading this text and during the quiz</source>
      <translation>
        <numerusform>%n word looked up while reading this text and during the quiz</numerusform>
        <numerusform>%n words looked up while reading this text and during the quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="269" />
      <source>Reading: %n day(s) in a row</source>
      <translation>
        <numerusform>Reading: %n day in a row</numerusform>
        <numerusform>Reading: %n days in a row</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="250" />
      <source>word(s) looked up</source>
      <translation>
        <numerusform>word looked up</numerusform>
        <numerusform>words looked up</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="268" />
      <source>Reading streak: %n day(s) in a row</source>
      <translation>
        <numerusform>Reading streak: %n day in a row</numerusform>
        <numerusform>Reading streak: %n days in a row</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="200" />
      <source>%n word(s) looked up during the quiz</source>
      <translation>
        <numerusform>%n word looked up during the quiz</numerusform>
        <numerusform>%n words looked up during the quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="183" />
      <source>right first time</source>
      <translation>
        <numerusform>right first time</numerusform>
        <numerusform>right first time</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="192" />
      <source>word(s) looked up during the quiz</source>
      <translation>
        <numerusform>word looked up during the quiz</numerusform>
        <numerusform>words looked up during the quiz</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SummaryView</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary.py" line="290" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>%n attempt</numerusform>
        <numerusform>%n attempts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary.py" line="321" />
      <source>Review mistakes (%n)</source>
      <translation>
        <numerusform>Review mistakes (%n)</numerusform>
        <numerusform>Review mistakes (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnsavedRescue</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="52" />
      <source>Some of your progress (%n item(s)) could not be saved: neither the progress file nor a file of its own in %1 or %2 could be written (%3).</source>
      <translation>
        <numerusform>Some of your progress (%n item) could not be saved: neither the progress file nor a file of its own in %1 or %2 could be written (%3).</numerusform>
        <numerusform>Some of your progress (%n items) could not be saved: neither the progress file nor a file of its own in %1 or %2 could be written (%3).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="64" />
      <source>Some of your progress (%n item(s)) could not be saved in the progress file. It is kept in this file:

%1

quizapp adds it to your progress the next time it starts. Keep the file until then.</source>
      <translation>
        <numerusform>Some of your progress (%n item) could not be saved in the progress file. It is kept in this file:

%1

quizapp adds it to your progress the next time it starts. Keep the file until then.</numerusform>
        <numerusform>Some of your progress (%n items) could not be saved in the progress file. It is kept in this file:

%1

quizapp adds it to your progress the next time it starts. Keep the file until then.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="114" />
      <source>The progress kept in %1 when quizapp last closed is now saved (%n item(s)); the file is renamed %2.</source>
      <translation>
        <numerusform>The progress kept in %1 when quizapp last closed is now saved (%n item); the file is renamed %2.</numerusform>
        <numerusform>The progress kept in %1 when quizapp last closed is now saved (%n items); the file is renamed %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="125" />
      <source>%n record(s) of that file could not be added and are set aside in %1: %2</source>
      <translation>
        <numerusform>%n record of that file could not be added and are set aside in %1: %2</numerusform>
        <numerusform>%n records of that file could not be added and are set aside in %1: %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WordsView</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/words.py" line="250" />
      <source>%n word(s) looked up</source>
      <translation>
        <numerusform>%n word looked up</numerusform>
        <numerusform>%n words looked up</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/words.py" line="253" />
      <source>%1 of %n word(s) shown</source>
      <translation>
        <numerusform>%1 of %n word shown</numerusform>
        <numerusform>%1 of %n words shown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/screen.py" line="203" />
      <source>%n right</source>
      <translation>
        <numerusform>%n right</numerusform>
        <numerusform>%n right</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/screen.py" line="205" />
      <source>%n to see again soon</source>
      <translation>
        <numerusform>%n to see again soon</numerusform>
        <numerusform>%n to see again soon</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QuestionPage</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/question.py" line="262" />
      <source>%n question(s) answered</source>
      <translation>
        <numerusform>%n question answered</numerusform>
        <numerusform>%n questions answered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/question.py" line="268" />
      <source>%n answered</source>
      <translation>
        <numerusform>%n answered</numerusform>
        <numerusform>%n answered</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QuizPanel</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/panel.py" line="309" />
      <source>%n question(s) not answered yet (they count 0). Click Finish again to end the quiz.</source>
      <translation>
        <numerusform>%n question not answered yet (they count 0). Click Finish again to end the quiz.</numerusform>
        <numerusform>%n questions not answered yet (they count 0). Click Finish again to end the quiz.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/main_window.py" line="381" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="117" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/main_window.py" line="382" />
      <source>%n file(s) with errors</source>
      <translation>
        <numerusform>%n file with errors</numerusform>
        <numerusform>%n files with errors</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QuizFormat</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz_format.py" line="55" />
      <source>%1 / %2 point(s)</source>
      <translation>
        <numerusform>%1 / %2 point</numerusform>
        <numerusform>%1 / %2 points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz_format.py" line="64" />
      <source>%1 point(s)</source>
      <translation>
        <numerusform>%1 point</numerusform>
        <numerusform>%1 points</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OwnTexts</name>
    <message numerus="yes">
      <source>%n own text(s) could not be read and were left out: %1</source>
      <translation>
        <numerusform>%n own text could not be read and was left out: %1</numerusform>
        <numerusform>%n own texts could not be read and were left out: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewWhen</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n word(s) by tomorrow</source>
      <translation>
        <numerusform>%n word by tomorrow</numerusform>
        <numerusform>%n words by tomorrow</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n question(s) by tomorrow</source>
      <translation>
        <numerusform>%n question by tomorrow</numerusform>
        <numerusform>%n questions by tomorrow</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryOverview</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history_overview.py" line="71" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history_overview.py" line="72" />
      <source>%n quiz(zes)</source>
      <translation>
        <numerusform>%n quiz</numerusform>
        <numerusform>%n quizzes</numerusform>
      </translation>
    </message>
  </context>
</TS>