"""The wording check: obscene and insulting words that get a complaint returned.

Resolution of the Supreme Court No. 1, para. 8: a complaint with improper expressions,
obscene words or insults of participants is returned under CPC 489(1)(1).
"""

from assistant.wording.detector import WordHit, find_improper_words
from assistant.wording.lexicon import Category

__all__ = ["Category", "WordHit", "find_improper_words"]
