"""Staff download of the full export (a link on the admin's Questions page)."""

from django.contrib import admin
from django.http import HttpRequest, StreamingHttpResponse
from django.utils import timezone

from weighin.datasets.exporter import stream_export


def export_download(request: HttpRequest) -> StreamingHttpResponse:
    """The export as it is now, streamed while it is written: gzip by default, plain JSON
    Lines with `?format=jsonl`. Routed as `admin_export` (below): staff only."""
    compress = request.GET.get("format") != "jsonl"
    name = f"weighin-export-{timezone.now():%Y%m%d-%H%M}.jsonl" + (".gz" if compress else "")
    response = StreamingHttpResponse(
        stream_export(compress=compress),
        content_type="application/gzip" if compress else "application/x-ndjson; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


# The admin's own gate: active staff only; anyone else goes to the admin login page.
admin_export = admin.site.admin_view(export_download)
