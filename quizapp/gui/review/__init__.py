"""The Review screen (spaced review with FSRS), its settings, and known words in the window.

Public face: `hookup.ReviewHookup` (the "Review (N due)" action, the screen,
ratings saved through the progress bridge), `section.ReviewSection` (desired
retention and new cards a day, for Preferences), `known.KnownWords` (K, the
gloss card's Known button, the passage colouring, the library's new-word
counts). Built after the first paint.
"""
