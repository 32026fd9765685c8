"""Article -> facts -> cards: the offline, deterministic question generator.

Pipeline (each step its own module): ``article`` reads a file and splits sentences;
``dates``, ``actors``, ``figures`` and ``causes`` each turn sentences into :class:`Fact`
values; ``entities`` merges names across articles into alias sets; ``questions`` turns facts
into cards (typed, choice with distractors from the whole corpus, cloze, true/false, order);
``conflicts`` finds facts that articles state differently; ``ids`` derives stable card ids;
``pipeline`` runs it all and builds the decks.
"""
