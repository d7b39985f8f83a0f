"""TimeML I/O: fresh TIMEX3 tags go in, every other byte stays as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.temporal.timeml import strip_timexes, tag_timeml, tag_timeml_dir

DOC = (
    '<?xml version="1.0" ?>\r\n<TimeML>\r\n<DOCID>X1</DOCID>\r\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">19981120</TIMEX3></DCT>\r\n'
    '<TEXT>\r\nThe FBI <EVENT eid="e1" class="REPORTING">said</EVENT> '
    '<TIMEX3 tid="t3" type="DATE" value="1998-11-20">Friday</TIMEX3> it &amp; police '
    '<EVENT eid="e2" class="OCCURRENCE">met</EVENT> last <EVENT eid="e3">week</EVENT> '
    'and will meet again in <SIGNAL sid="s1">three</SIGNAL> <EVENT eid="e4">days</EVENT>.\r\n'
    '</TEXT>\r\n<TLINK lid="l1" relType="BEFORE" timeID="t3" relatedToTime="t0"/>\r\n</TimeML>\r\n'
)
_NEW_TIMEX = re.compile(r"<TIMEX3 [^>]*>|</TIMEX3>")


def test_strip_keeps_dct_and_other_tags() -> None:
    stripped = strip_timexes(DOC)
    assert 'functionInDocument="CREATION_TIME">19981120</TIMEX3></DCT>' in stripped
    assert "<TEXT>" in stripped and 'tid="t3"' not in stripped
    assert '<EVENT eid="e1" class="REPORTING">said</EVENT> Friday it' in stripped


def test_only_new_tags_are_added() -> None:
    tagged, timexes = tag_timeml(DOC)
    start = tagged.index("<TEXT>")
    end = tagged.index("</TEXT>")
    assert tagged[:start] == DOC[: DOC.index("<TEXT>")]
    assert tagged[end:] == DOC[DOC.index("</TEXT>") :]
    assert _NEW_TIMEX.sub("", tagged[start:end]) == _NEW_TIMEX.sub("", DOC[start : DOC.index("</TEXT>")])
    assert "\r\n" in tagged
    assert any(t.text == "Friday" and t.value == "1998-11-20" for t in timexes)


def test_timex_crossing_an_event_is_dropped() -> None:
    doc = DOC.replace(
        '<EVENT eid="e2" class="OCCURRENCE">met</EVENT> last <EVENT eid="e3">week</EVENT>',
        '<EVENT eid="e2" class="OCCURRENCE">met last</EVENT> week',
    )
    tagged, timexes = tag_timeml(doc)
    assert all(t.text != "last week" for t in timexes)
    assert '<EVENT eid="e2" class="OCCURRENCE">met last</EVENT> week' in tagged


def test_timex_around_signal_and_event_wraps_them() -> None:
    tagged, timexes = tag_timeml(DOC)
    assert any(t.text == "three days" for t in timexes)
    assert re.search(
        r'value="P3D"><SIGNAL sid="s1">three</SIGNAL> <EVENT eid="e4">days</EVENT>'
        r"</TIMEX3>",
        tagged,
    )


def test_timex_wrapping_whole_elements_nests() -> None:
    doc = DOC.replace(
        '<SIGNAL sid="s1">three</SIGNAL> <EVENT eid="e4">days</EVENT>', 'three <EVENT eid="e4">days</EVENT>'
    )
    tagged, timexes = tag_timeml(doc)
    assert any(t.text == "three days" for t in timexes)
    assert re.search(r'<TIMEX3 [^>]*value="P3D">three <EVENT eid="e4">days</EVENT></TIMEX3>', tagged)


def test_new_tids_do_not_clash() -> None:
    tagged, _ = tag_timeml(DOC)
    tids = re.findall(r'tid="(t\d+)"', tagged)
    assert len(tids) == len(set(tids))


def test_tag_dir_writes_same_names(tmp_path: Path) -> None:
    source = tmp_path / "in" / "sub"
    source.mkdir(parents=True)
    (source / "a.tml").write_bytes(DOC.encode())
    report = tag_timeml_dir(tmp_path / "in", tmp_path / "out")
    assert report.files == 1 and report.timexes >= 1
    assert (tmp_path / "out" / "sub" / "a.tml").exists()


def test_tbaq_roundtrip_preserves_bytes() -> None:
    corpus = Path(__file__).resolve().parents[2] / ".." / "shared" / "tempeval3-tbaq"
    if not corpus.is_dir():
        pytest.skip("../shared/tempeval3-tbaq not found beside the repository")
    for path in sorted(corpus.rglob("*.tml"))[:40]:
        original = path.read_bytes().decode("utf-8")
        stripped = strip_timexes(original)
        tagged, _ = tag_timeml(stripped)
        assert _NEW_TIMEX.sub("", tagged) == _NEW_TIMEX.sub("", stripped)
        text_start = stripped.index("<TEXT>")
        assert tagged[:text_start] == stripped[:text_start]
