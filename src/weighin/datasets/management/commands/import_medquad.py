from pathlib import Path
from typing import Any

from weighin.datasets.command import ImportCommand, Reader
from weighin.datasets.formats import medquad


class Command(ImportCommand):
    help = (
        "Import MedQuAD question-answer pairs (NIH and other US government sites, CC BY 4.0) "
        "from its XML folder layout or from medquad.jsonl(.gz). Each answer is attributed to "
        "its source organisation with a link and the licence. Safe to run twice."
    )
    label = "Importing MedQuAD"
    path_help = "MedQuAD's folder of collections (or one collection), or medquad.jsonl(.gz)"

    def reader(self, path: Path, options: dict[str, Any]) -> Reader:
        return medquad.reader(path)
