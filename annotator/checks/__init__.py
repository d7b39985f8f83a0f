"""The date-consistency checks: a second system beside the TIMEX3 tagger.

The tagger (:mod:`annotator.temporal`) says what the dates in a text are; the checks say
whether the text gets a title, a tense, an order, a weekday or an elapsed time wrong for the
time each sentence talks about. ``analysis`` reads an article once; ``rules`` judge that
reading against the knowledge base (``kb``); ``engine`` runs them over an article or a
corpus; ``runner`` does it for a workspace and stores the flags.
"""
