"""The window's frame: start-up, the main window, menus and shortcuts, dialogs,
errors, settings, languages, loading the bank off the event loop, and the small
widgets every screen shares. `dialogs` is the only module that opens dialogs.
"""
