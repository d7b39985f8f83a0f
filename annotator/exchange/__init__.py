"""Annotation sets in and out: JSONL, CSV, W3C Web Annotation, ClaimReview, TimeML.

The app and the command line call these functions; none of them needs Qt.
Long runs take ``progress(done, total)`` and ``cancelled() -> bool`` callbacks.
"""

from annotator.exchange.agreement import agreement
from annotator.exchange.common import ExchangeCancelled, ExchangeError
from annotator.exchange.curation import Disagreement, curate, disagreements
from annotator.exchange.export import FORMATS, ExportReport, export_annotations
from annotator.exchange.importer import ImportReport, import_annotations, read_file
from annotator.exchange.query import Selection

__all__ = [
    "FORMATS",
    "Disagreement",
    "ExchangeCancelled",
    "ExchangeError",
    "ExportReport",
    "ImportReport",
    "Selection",
    "agreement",
    "curate",
    "disagreements",
    "export_annotations",
    "import_annotations",
    "read_file",
]
