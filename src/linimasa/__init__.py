"""linimasa: structured, source-linked timelines of Indonesian news."""
from .document import Document, document_id

__version__ = "0.1.0"
__all__ = ["Document", "document_id", "__version__"]
