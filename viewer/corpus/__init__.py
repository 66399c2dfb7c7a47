"""Reading article files into Documents: encodings, formats, metadata and boilerplate."""

from viewer.corpus.errors import CorpusError
from viewer.corpus.reader import content_hash, read_corpus, read_document, visible_fragment

__all__ = ["CorpusError", "content_hash", "read_corpus", "read_document", "visible_fragment"]
