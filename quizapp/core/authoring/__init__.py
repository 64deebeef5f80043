"""Helping a teacher start a file: `segment` splits French text into
sentences, `skeleton` writes the YAML of a new article (`quizapp new`)."""
