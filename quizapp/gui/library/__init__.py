"""The library: every article of the bank, filtered by level, tag and title.

Public face: `view.LibraryView`; `model` holds its rows and filters."""
