"""Fuzz the OpenAPI schema with schemathesis: a bounded number of generated requests, no server error.

Schemathesis' pytest plugin does not run under this pytest, so the test walks
the schema's operations itself and draws cases from each one's hypothesis
strategy. Slow (about a minute): run with `make test-slow` or `make test-web-fuzz`.
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from linimasa.web.app import create_app  # noqa: E402

from .web_sample import sample_db  # noqa: E402

MAX_EXAMPLES = 40  # per operation


@pytest.mark.slow
def test_web_fuzz_no_server_errors(tmp_path_factory, analyzer):
    app = create_app(sample_db(tmp_path_factory, analyzer, "fuzz.duckdb"), allow_ingest=True, token="fuzz-token",
                     max_body_bytes=50_000, analyzer=analyzer)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures, cases = [], 0
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            nonlocal cases
            cases += 1
            response = case.call(headers={"Authorization": "Bearer fuzz-token"})  # reach the ingest code too
            if response.status_code >= 500:
                failures.append((case.method, case.formatted_path, case.query, response.status_code,
                                 response.text[:200]))

        check()
    print(f"schemathesis: {cases} cases over {len(operations)} operations, {len(failures)} server errors")
    assert not failures, failures[:5]
