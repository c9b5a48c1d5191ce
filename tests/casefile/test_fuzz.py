"""Fuzzing the loader: never another exception, never a hang."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.casefile import (
    CaseFileError,
    ErrorKind,
    loads_case,
)
from assistant.casefile.format import encode_document
from tests.casefile.samples import (
    document_bytes,
    sample_case,
)


@given(data=st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_arbitrary_bytes_give_a_case_or_a_case_file_error(data: bytes) -> None:
    with contextlib.suppress(CaseFileError):
        loads_case(data)


_VALID = encode_document(sample_case())


@given(
    position=st.integers(0, len(_VALID) - 1),
    replacement=st.binary(max_size=8),
    cut=st.integers(0, 8),
)
@settings(max_examples=400, deadline=None)
def test_mutated_valid_files_give_a_case_or_a_case_file_error(
    position: int, replacement: bytes, cut: int
) -> None:
    mutated = _VALID[:position] + replacement + _VALID[position + cut :]
    with contextlib.suppress(CaseFileError):
        loads_case(mutated)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=30,
)
_FIELD_NAMES = st.sampled_from(
    ["filer", "acts", "offences", "filing", "signature", "video_link", "request", "scope"]
)


@given(case=st.dictionaries(_FIELD_NAMES, _JSON, max_size=4))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_json_in_the_case_gives_a_case_or_wrong_type(case: dict[str, object]) -> None:
    try:
        loads_case(document_bytes(case))
    except CaseFileError as error:
        assert error.kind is ErrorKind.WRONG_TYPE
        assert error.pointer is not None
