"""Listening: French speech through the platform's voices (QtTextToSpeech, late)."""
