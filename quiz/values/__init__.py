"""Parsing of short answer values (dates, numbers) and normalisation of answer text.

Headless and dependency-free: grading compares answers with it, and the generator can reuse
it to recognise and render the values it finds. Import the submodules directly:
``quiz.values.text``, ``quiz.values.dates``, ``quiz.values.numbers``.
"""
