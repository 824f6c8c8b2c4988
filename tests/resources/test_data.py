"""The bundled data says what the five articles say, and no more: each fix of the audit "Faithful to
the letter" is checked here. The articles (in the team's shared sources, not in the repository) are
quoted in comments where a check rests on their wording."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing_app.core.model import Briefing, Discrepancy, Fact

def disagreement(briefing: Briefing, id_: str) -> Discrepancy:
    return next(d for d in briefing.discrepancies if d.id == id_)


def facts(items: tuple[Fact, ...], start: str) -> list[Fact]:
    return [f for f in items if f.text.startswith(start)]


def test_what_was_discussed_is_not_cited_to_a_forecast(briefing: Briefing) -> None:
    assert briefing.meeting is not None
    # article: "ians-001", "the two sides are expected to share their assessment"
    done = [f for f in briefing.meeting.discussed if not f.text.startswith("Expected")]
    assert done and all("ians-001" not in f.sources for f in done)
    (expected,) = facts(briefing.meeting.discussed, "Expected beforehand")
    assert expected.sources == ("ians-001",)


def test_sharing_perceptions_is_an_agreement_only_in_joongang(briefing: Briefing) -> None:
    assert briefing.meeting is not None
    # article: "herald-002", 'served as an opportunity for both sides to "share their perceptions'
    wording = disagreement(briefing, "perceptions-wording")
    assert {s for v in wording.versions for s in v.sources} == {"herald-002", "copy-003", "joongang-004"}
    # The outcome states the preferred version, not the one the disagreement sets aside.
    assert not facts(briefing.meeting.outcome, "Agreed to share perceptions")
    (served,) = [f for f in briefing.meeting.outcome if "perceptions" in f.text]
    assert '"served as an opportunity"' in served.text and served.sources == wording.preferred.sources
    # joongang-004: "between the foreign affairs and security authorities of the two countries"
    (agreed,) = wording.others
    assert "the foreign affairs and security authorities" in agreed.text


def test_the_forced_labor_rulings_have_no_place(briefing: Briefing) -> None:
    rulings = next(e for e in briefing.events if e.id == "forced-labor-rulings")
    assert rulings.place is None


def test_sarah_kim_keeps_the_form_the_article_prints(briefing: Briefing) -> None:
    kim = next(p for p in briefing.people if p.id == "sarah-kim")
    forms = {n.text: n for n in kim.names}
    # joongang-004 prints only "BY SARAH KIM [kim.sarah@joongang.co.kr]"
    assert "SARAH KIM" in forms
    assert forms["Sarah Kim"].note and "capitals" in forms["Sarah Kim"].note
    # The address reads "kim.sarah": it does not order the name given name first.
    assert "as the email address" not in forms["Sarah Kim"].note and "family name first" in forms["Sarah Kim"].note


def test_ians_is_cited_on_the_suspension(briefing: Briefing) -> None:
    # article: "ians-001", "the first such talks since March 2018"
    suspension = next(e for e in briefing.events if e.id == "talks-suspended")
    assert "ians-001" in suspension.sources


def test_jiji_is_not_cited_for_the_foreign_ministry_building(briefing: Briefing) -> None:
    assert briefing.meeting is not None
    # jiji-000: "Foreign and defense officials from the two countries met in Seoul on the day"
    assert "jiji-000" not in briefing.meeting.venue.sources
    assert set(briefing.meeting.venue.sources) == {"herald-002", "copy-003", "joongang-004"}


def test_why_the_talks_stopped_has_three_versions(briefing: Briefing) -> None:
    cause = disagreement(briefing, "hiatus-cause")
    assert len(cause.versions) == 3
    (history,) = [v for v in cause.versions if "colonization" in v.text]
    assert set(history.sources) == {"ians-001", "herald-002", "copy-003"}
    # article: "ians-001", "strained ties due to historical disputes stemming from Japan's colonization"
    assert "three" in cause.reason


def test_funakoshis_title_is_a_recorded_difference(briefing: Briefing) -> None:
    title = disagreement(briefing, "funakoshi-title")
    assert len(title.versions) == 3
    assert title.about == ("takehiro-funakoshi",)
    # article: "jiji-000", "director-general of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau"
    funakoshi = next(p for p in briefing.people if p.id == "takehiro-funakoshi")
    assert funakoshi.note is None  # no longer kept only in a note


def test_the_drills_procedures_are_every_one_either_passage_names(briefing: Briefing) -> None:
    # herald-002's body: procedures "including detecting, tracking, sharing information on a virtual
    # ballistic missile"; its caption: an exercise "which includes, detecting, tracking, and
    # intercepting simulated targets". Neither list is whole, so neither is preferred over the other.
    assert briefing.exercise is not None
    procedures = [f.text for f in briefing.exercise.procedures]
    assert [p.split()[0] for p in procedures] == ["Detecting", "Tracking", "Sharing", "Intercepting"]
    notes = {f.text.split()[0]: f.note or "" for f in briefing.exercise.procedures}
    assert "body" in notes["Sharing"] and "caption" in notes["Intercepting"]
    assert all(f.sources == ("herald-002",) for f in briefing.exercise.procedures)
    assert "drill-procedures" not in {d.id for d in briefing.discrepancies}


def test_gsomias_normalization_is_two_events_not_a_disagreement(briefing: Briefing) -> None:
    # herald-002: 'announced the "normalization" of a military intelligence-sharing pact during the summit'
    # joongang-004: "After the Yoon-Kishida summit, Korea formally normalized Gsomia with Japan"
    assert "gsomia-normalization" not in {d.id for d in briefing.discrepancies}
    announced = briefing.event_by_id["gsomia-normalization-announced"]
    normalized = briefing.event_by_id["gsomia-normalized"]
    assert announced.sources == ("herald-002", "copy-003") and "joongang-004" in normalized.sources
    assert "removing such technicalities" in " ".join(normalized.text.split())
    summit = briefing.event_by_id["yoon-kishida-summit"]
    assert announced.when.sort_key() >= summit.when.sort_key() and not briefing.disputes_for("yoon-kishida-summit")


def test_funakoshis_role_cites_only_the_texts_that_word_it_so(briefing: Briefing) -> None:
    # jiji-000 prints "director-general of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau"
    funakoshi = briefing.person_by_id["takehiro-funakoshi"]
    assert funakoshi.roles[0].title == "director-general of Asian and Oceanian affairs"
    assert "jiji-000" not in funakoshi.roles[0].sources


def test_matsuno_is_quoted_as_he_spoke(briefing: Briefing) -> None:
    # jiji-000: "our defense authorities will continue to communicate closely"
    text = " ".join(briefing.event_by_id["matsuno-press-conference"].text.split())
    assert "our defense authorities will continue to communicate closely" in text and "Japan's defense" not in text


def test_the_suspension_begins_after_march_2018(briefing: Briefing) -> None:
    # joongang-004: "The last such joint meeting was held in March 2018"; "hiatus following Korea's
    # Supreme Court rulings later in 2018"; herald-002: "suspended in 2018"
    suspension = briefing.event_by_id["talks-suspended"]
    last = briefing.event_by_id["last-consultation-2018"]
    assert suspension.when.start.month != 3 and suspension.when.sort_key() > last.when.sort_key()
    assert suspension.when.display().startswith("Later in 2018")


@pytest.mark.parametrize(
    ("where", "phrase", "source"),
    [
        ("security-policy-consultation-12", "strategic competition between the United States and China", "joongang-004"),
        ("security-policy-consultation-12", "Washington has pushed for closer trilateral coordination", "joongang-004"),
        ("bmd-exercise-2023-04-17", "nuclear-capable missiles with different ranges targeting the three countries", "herald-002"),
        ("yoon-kishida-summit", "step up security cooperation in the wake of North Korea's escalating provocations", "ians-001"),
        ("security-policy-consultation-12", "thaw in bilateral", "herald-002"),
        ("security-policy-consultation-12", "thaw in bilateral", "ians-001"),
    ],
)
def test_facts_the_articles_give_are_in_the_events(briefing: Briefing, where: str, phrase: str, source: str) -> None:
    event = next(e for e in briefing.events if e.id == where)
    assert phrase in " ".join(event.text.split()) and source in event.sources


def test_facts_the_articles_give_are_in_the_meeting(briefing: Briefing) -> None:
    assert briefing.meeting is not None
    (ways,) = facts(briefing.meeting.discussed, "Ways to deal with North Korea's nuclear and missile development")
    assert ways.sources == ("jiji-000",)  # "discussed ways to deal with North Korea's nuclear and missile development"
    (details,) = facts(briefing.meeting.outcome, "The statement announced the agreement without further details")
    assert "herald-002" in details.sources  # "the statement said, without further details"
    assert "thaw" in briefing.summary.text and {"ians-001", "herald-002"} <= set(briefing.summary.sources)


def test_each_difference_is_of_its_kind(briefing: Briefing) -> None:
    kinds = {d.id: d.kind for d in briefing.discrepancies}
    assert kinds["president-name"] == "error"  # a misnamed president is jiji-000's slip, not a version
    assert kinds["sea-name"] == "convention"  # the editors' naming note, not a dispute
    assert {kinds[k] for k in ("seo-spelling", "woo-spelling", "seo-title", "ando-title", "funakoshi-title")} == {"variant"}
    assert {kinds[k] for k in ("hiatus-cause", "perceptions-wording", "statement-issuer")} == {"disagreement"}


def test_no_flag_on_the_exercise_for_a_naming_convention(briefing: Briefing) -> None:
    for record in ("bmd-exercise-2022-10", "bmd-exercise-2023-02"):
        assert briefing.discrepancies_for(record) and not briefing.disputes_for(record)
    assert not briefing.disputes_for("bmd-drill")


def test_body_and_caption_of_one_article_are_labelled(briefing: Briefing) -> None:
    title = disagreement(briefing, "seo-title")
    assert [title.source_labels(v)[2:] for v in title.versions] == [("herald-002 (caption)", "copy-003 (caption)", "joongang-004"), ()]
    assert title.source_labels(title.versions[1]) == ("herald-002 (body)", "copy-003 (body)")
    seo = disagreement(briefing, "seo-spelling")
    assert seo.source_labels(seo.preferred)[2:4] == ("herald-002 (caption)", "copy-003 (caption)")
    assert seo.source_labels(seo.preferred)[0] == "jiji-000"  # an article on one side only needs no label


def test_the_panes_word_each_kind_as_it_is(briefing: Briefing) -> None:
    from briefing_app.ui.shared.details import discrepancy_html, event_html
    from briefing_app.ui.shared.tablemodels import disputed_tooltip

    moon = discrepancy_html(briefing, disagreement(briefing, "president-name"))
    assert "printed in error as “Moon Suk-yeol” " in moon and "⚑" not in moon and "other version" not in moon
    sea = discrepancy_html(briefing, disagreement(briefing, "sea-name"))
    assert "Note: The name of the sea" in sea and "also called Sea of Japan" in sea and "⚑" not in sea
    title = discrepancy_html(briefing, disagreement(briefing, "seo-title"))
    assert "⚑ Sources disagree" in title and "herald-002 (body)" in title and "herald-002 (caption)" in title
    earlier = event_html(briefing, briefing.event_by_id["bmd-exercise-2023-02"])
    assert "⚑" not in earlier and "Note: The name of the sea" in earlier  # a note, not a dispute
    tip = disputed_tooltip(briefing, "yoon-suk-yeol") or ""
    assert "Error in a source" in tip and "printed in error as “Moon Suk-yeol” [jiji-000]" in tip


def test_a_credit_in_parentheses_is_not_wrapped_twice(briefing: Briefing) -> None:
    from briefing_app.ui.shared.details import source_list

    listed = source_list(briefing, ("herald-002", "copy-003"))
    assert re.sub(r"<[^>]+>", "", listed) == "herald-002 (Ji Da-gyum); copy-003 (no credit in the text)"
    assert 'href="source:copy-003"' in listed  # each id is a link to its source in the Sources tab


def test_the_ship_table_shows_each_ships_sources(briefing: Briefing, qapp: object) -> None:
    from PySide6.QtCore import Qt

    from briefing_app.ui.shared.tablemodels import vessels_model

    model = vessels_model(briefing)
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
    column = headers.index("Sources")
    assert [model.index(r, column).data() for r in range(model.rowCount())] == ["herald-002"] * 3


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("17 Apr 2023 07:04:34 GMT9", "17 Apr 2023 07:04:34 GMT9 (2023-04-17T07:04:34+09:00)"),
        ("First Published: Apr 17 2023 | 1:39 PM IST", "First Published: Apr 17 2023 | 1:39 PM IST (2023-04-17T13:39 IST)"),
        ("date 2023-04-17", "date 2023-04-17"),  # already ISO
        ("Monday", "Monday"),  # nothing to parse: shown as written, no guess
    ],
)
def test_a_time_stamp_shows_its_written_form_and_an_iso_one(written: str, shown: str) -> None:
    from briefing_app.core.timestamps import with_iso

    assert with_iso(written) == shown


# Facts the audit found missing, each with the record that holds it and a source that states it. Where
# the team's copies of the articles are at hand, the words are also looked up in that article.
ARTICLES = Path("/work/shared/sources")
ARTICLE_FILES = {"jiji-000": "000_551265be76c774ac.txt", "ians-001": "001_daa0e6968f975ad1.txt",
                 "herald-002": "002_14f628a7fb75e46b.txt", "joongang-004": "004_22660dbefd1ab76d.txt"}
ADDED = [
    ("discussed", "ways to further cooperate on information-sharing", "joongang-004"),
    ("context", "closely consult in advance", "joongang-004"),
    ("context", "significantly impact the security of the Korean Peninsula and its national interests", "joongang-004"),
    ("context", "intensifying strategic competition between the United States and China", "joongang-004"),
    ("security-policy-consultation-12", "rapidly changing security environment in Northeast Asia", "joongang-004"),
    ("yoon-kishida-summit", "especially taking into consideration rising regional security risks", "joongang-004"),
    ("yoon-kishida-summit", "quickly restore various channels of communication designed to discuss issues of mutual interest", "herald-002"),
    ("talks-suspended", "the first such talks since March 2018", "ians-001"),
    ("talks-suspended", "Seoul's Foreign Ministry", "ians-001"),
    ("discussed", "according to both governments' announcements", "jiji-000"),
    ("perceptions-wording", "between the foreign affairs and security authorities of the two countries", "joongang-004"),
    ("first-consultation", "interruptions due to their complex bilateral relationship", "herald-002"),
    ("gsomia-termination-suspended", "technically leaving open", "joongang-004"),
    ("japan-security-documents", "fundamentally strengthen", "joongang-004"),
    ("security-policy-consultation-12", "slow thaw", "ians-001"),
    ("defense-trilateral-talks-13", "regularize missile defense", "herald-002"),
    ("matsuno-press-conference", "our defense authorities will continue to communicate closely", "jiji-000"),
]


def _holders(briefing: Briefing, where: str) -> list[tuple[str, tuple[str, ...]]]:
    """The texts of a record (or of the meeting's list `where`) with their sources."""
    assert briefing.meeting is not None
    if where in ("discussed", "context", "outcome"):
        return [(f.text, f.sources) for f in getattr(briefing.meeting, where)]
    if where in briefing.event_by_id:
        e = briefing.event_by_id[where]
        return [(e.text + " " + e.title, e.sources)]
    d = disagreement(briefing, where)
    return [(v.text, v.sources) for v in d.versions]


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split())


@pytest.mark.parametrize(("where", "phrase", "source"), ADDED)
def test_each_added_fact_is_recorded_with_its_source(briefing: Briefing, where: str, phrase: str, source: str) -> None:
    held = [sources for text, sources in _holders(briefing, where) if phrase in _plain(text)]
    assert held and any(source in sources for sources in held)
    if ARTICLES.is_dir():
        article = _plain((ARTICLES / ARTICLE_FILES[source]).read_text(encoding="utf-8"))
        assert phrase in article
