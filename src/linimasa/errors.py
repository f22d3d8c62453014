"""Every error message linimasa shows, with its code, in one place (as spaCy's errors.py).

Raise with the code and the values the message needs:

    raise IngestError("E201", path=path, reason="not UTF-8") from exc
"""
from __future__ import annotations

MESSAGES = {
    # pipeline
    "E101": "Unknown stage '{stage}'. Registered stages: {known}.",
    "E102": "Stage '{stage}' needs {missing}, which no earlier stage adds. Put a stage that adds it first.",
    # resources
    "E150": "Resource file '{name}' is missing from the package (looked in {where}).",
    "E151": "Resource file '{name}' has no header: a top-level 'about' (what it is) and 'source' (where it comes from) are required.",
    "E152": "Resource file '{name}' is invalid: {reason}",
    "E153": "Model file '{name}' is missing. Build it with `{how}`.",
    # ingest and input
    "E201": "Cannot read {path}: {reason}",
    "E202": "{path} has no text to analyse (empty after decoding).",
    "E203": "{path}, line {line}: not a JSON object ({reason}).",
    "E204": "{path}: a document needs a 'text' field; it has {fields}.",
    "E205": "{path}: column '{column}' is not in the CSV header ({header}).",
    "E206": "{path}: unsupported file type '{suffix}'. Use .txt, .html, .htm, .json, .jsonl or .csv.",
    "E207": "{path}: '{value}' is not a date (expected YYYY-MM-DD, D/M/YYYY, or the format given with --date-format).",
    "E208": "{path}: the page has no main text that could be extracted.",
    "E209": "{path} looks binary ({reason}), not text.",
    "E210": "{path}: the document is written in '{language}', not Indonesian; it was not coded.",
    "E211": "{path}: analysis failed in stage '{stage}' ({reason}). The document was not stored; please report this with the file.",
    "E212": "{path}: the document is only boilerplate (navigation, credits, widgets); there is no content to analyse.",
    "E213": "{path}: the text was {size:,} characters, over the limit of {limit:,}; only the first {kept:,} were analysed and stored.",
    "E214": "{count} sentence(s) longer than {limit:,} characters were split into pieces of at most {limit:,}.",
    "E215": "{found:,} mentions were found, over the limit of {limit:,}; only the first {limit:,} were kept.",
    "E216": "{path}: failed in stage '{stage}' ({reason}); the input was not stored, the rest of the batch went on.",
    "E217": "{path}: field '{field}' must be text, a number or a date; it is {kind}.",
    "E218": "{path}: {count} NUL character(s) were removed from the text.",
    "E219": "the text reads as Malay (its Malaysian spellings outnumber its Indonesian ones); it was analysed with the Indonesian rules, which may miss Malay-only words.",
    # store
    "E301": "Database {path} is used by another process or cannot be opened: {reason}",
    "E302": "Migration '{name}' failed and was rolled back: {reason}",
    # cli
    "E401": "No input files were found under {paths}.",
    "E402": "Nothing is stored in {db} yet. Run `linimasa ingest PATH` first.",
    # watch (feeds, sitemaps, fetching)
    "E501": "Cannot read the sources file {path}: {reason}",
    "E502": "{path}: source {index} is invalid: {reason}",
}


class LinimasaError(Exception):
    """Base class: carries a code and a formatted message."""

    def __init__(self, code: str, **values):
        self.code = code
        self.values = values
        template = MESSAGES.get(code, code)
        try:
            message = template.format(**values)
        except (KeyError, IndexError):
            message = f"{template} {values}"
        super().__init__(f"[{code}] {message}")
        self.message = message


class PipelineError(LinimasaError):
    pass


class ResourceError(LinimasaError):
    pass


class InputError(LinimasaError):
    """A bad input: the batch goes on, and the error is reported for this input."""

    def __init__(self, code: str, *, path: str | None = None, line: int | None = None, **values):
        super().__init__(code, path=path, line=line, **values)
        self.path = path
        self.line = line


class StoreError(LinimasaError):
    pass
