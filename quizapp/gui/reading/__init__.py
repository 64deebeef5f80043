"""Reading an article: the passage (sentences, paragraphs, highlights, clicks),
the gloss card, and the reading screen that hosts the quiz beside it.

Public face: `view.ReadingView`; `passage.PassageView`."""
