"""The quiz beside the passage: the mode chooser, one question at a time with its
answer widget and feedback, the summary, and the selftest driver.

Public face: `hookup.QuizHookup` (joins the quiz to the main window),
`panel.QuizPanel`, `controller.QuizController`, `selftest_driver`."""
