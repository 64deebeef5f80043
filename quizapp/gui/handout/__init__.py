"""The printed handout: the article's HTML (`core/exchange/handout`) drawn to an A4 PDF."""
