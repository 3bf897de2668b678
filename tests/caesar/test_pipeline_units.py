"""Unit tests of the emulated Caesar pipeline logic (``zoo_sdk.emulator.caesar_engine``) against
the behaviour of Caesar's source, zooniverse/caesar@fd95f5e. Each test names the file it follows;
most cases are the examples of Caesar's own specs (``spec/models/...``)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from zoo_sdk.emulator.caesar_engine import (
    NO_DATA,
    HashBindings,
    PipelineError,
    Reduction,
    RuleBindings,
    StoredReductions,
    apply_filters,
    classification_from,
    csv_export,
    evaluate,
    extract,
    group_extracts,
    jsonpath,
    parse_annotations,
    reduce,
    reduce_into,
    ruby_to_f,
    ruby_to_i,
    version_less,
)

JSON = dict[str, Any]


def classification(annotations: list[Any], **extra: Any) -> Any:
    data = {"id": "5678", "annotations": annotations,
            "metadata": extra.pop("metadata", {"workflow_version": "3.1"}),
            "created_at": "2024-02-05T10:00:00.000Z",
            "links": {"workflow": "1021", "project": "7", "user": extra.pop("user", "1234"),
                      "subjects": ["99"]}}
    return classification_from(data, extra.pop("subject", None))


def extractor(kind: str, **config: Any) -> JSON:
    minimum = config.pop("minimum_workflow_version", None)
    return {"id": 1, "key": "x", "type": kind, "config": config,
            "minimum_workflow_version": minimum}


def reducer(kind: str, **attrs: Any) -> JSON:
    config = attrs.pop("config", {})
    return {"id": 1, "key": attrs.pop("key", "r"), "type": kind, "config": config,
            "filters": attrs.pop("filters", {}), "grouping": attrs.pop("grouping", {}),
            "topic": "reduce_by_subject",
            "reduction_mode": attrs.pop("reduction_mode", "default_reduction")}


def extract_row(data: Any, n: int = 1, **attrs: Any) -> JSON:
    return {"id": n, "classification_id": attrs.pop("classification_id", n),
            "classification_at": attrs.pop("at", f"2017-02-{n:02d}T00:00:00.000Z"),
            "extractor_key": attrs.pop("key", "s"), "user_id": attrs.pop("user_id", None),
            "subject_id": attrs.pop("subject_id", 1), "data": data, **attrs}


# ----- annotations (app/models/annotation.rb) ------------------------------------------------


def test_annotations_are_flattened_and_grouped_by_task() -> None:
    parsed = parse_annotations([
        {"task": "T0", "value": 1},
        {"task": "T9", "value": [{"task": "T1", "value": "a"}, {"task": "T2", "value": 2}]},
        {"task": "T3", "value": [{"value": "x"}, {"value": "y"}]},
        {"task": "T0", "value": 0},
    ])
    assert parsed == {"T0": [{"task": "T0", "value": 1}, {"task": "T0", "value": 0}],
                      "T1": [{"task": "T1", "value": "a"}], "T2": [{"task": "T2", "value": 2}],
                      "T3": [{"value": "x", "task": "T3"}, {"value": "y", "task": "T3"}]}


# ----- extractors (app/models/extractors/*.rb; spec/models/extractors/*_spec.rb) -------------


def test_question_extractor_counts_answers() -> None:  # question_extractor.rb
    q = extractor("Extractors::QuestionExtractor")
    assert extract(q, classification([{"task": "T0", "value": "0"}])) == {"0": 1}
    assert extract(q, classification([{"task": "T0", "value": "0"}, {"task": "T0", "value": "0"},
                                      {"task": "T0", "value": "1"}])) == {"0": 2, "1": 1}
    assert extract(q, classification([{"task": "T0", "value": ["0", "1"]}])) == {"0": 1, "1": 1}
    assert extract(q, classification([{"task": "T0", "value": 3}])) == {"3": 1}  # key to_s


def test_question_extractor_if_missing() -> None:  # question_extractor.rb
    empty = classification([])
    with pytest.raises(PipelineError, match="No annotations for task T0"):
        extract(extractor("question"), empty)
    assert extract(extractor("question", if_missing="ignore"), empty) == {}
    assert extract(extractor("question", if_missing="reject"), empty) is NO_DATA


def test_survey_extractor() -> None:  # survey_extractor.rb
    def choice(name: str) -> JSON:
        return {"choice": name, "answers": {"HWMN": "1"}, "filters": {}}

    survey = extractor("Extractors::SurveyExtractor")
    many = [{"task": "T0", "value": [choice("RCCN"), choice("RCCN"), choice("BBN")]}]
    assert extract(survey, classification(many)) == {"RCCN": 2, "BBN": 1}
    assert extract(extractor("survey", if_missing="ignore"), classification([])) == {}
    nothing = extractor("survey", if_missing="nothing_here", nothing_here_choice="NTHNGHR")
    assert extract(nothing, classification([])) == {"NTHNGHR": 1}
    empty_value = extractor("survey", nothing_here_choice="NTHNGHR")
    assert extract(empty_value, classification([{"task": "T0", "value": []}])) == \
        {"NTHNGHR": 1}
    with pytest.raises(PipelineError, match="No annotations"):
        extract(survey, classification([]))


def test_blank_extractor() -> None:  # blank_extractor.rb
    blank = extractor("blank", task_key="T1")
    assert extract(blank, classification([{"task": "T1", "value": []}])) == {"blank": True}
    mark = {"x": 601.8, "y": 357, "tool": 0, "frame": 0, "details": []}
    assert extract(blank, classification([{"task": "T1", "value": [mark]}])) == {"blank": False}
    assert extract(blank, classification([{"task": "T1", "value": 1}])) == {"blank": False}
    assert extract(blank, classification([{"task": "T1", "value": 0}])) == {"blank": False}
    assert extract(blank, classification([{"task": "T1", "value": ""}])) == {"blank": True}
    assert extract(blank, classification([])) == {"blank": True}


def test_who_extractor() -> None:  # who_extractor.rb
    assert extract(extractor("who"), classification([])) == {"user_id": 1234}
    assert extract(extractor("who"), classification([], user=None)) == {"user_id": None}


def test_pluck_field_extractor() -> None:  # pluck_field_extractor.rb (+ its spec's examples)
    subject = {"id": 99, "metadata": {"shutter_speed": ["1/8", "1/4"], "#training_subject": "t"}}
    c = classification([{"some_key": "some_value"}], subject=subject)
    both = extractor("pluck_field", field_map={"whodunit": "$.user_id",
                                               "how_fast": "$.subject.metadata.shutter_speed"})
    assert extract(both, c) == {"whodunit": 1234, "how_fast": ["1/8", "1/4"]}
    missing = {"cantfind": "$.missing_element"}
    with pytest.raises(PipelineError, match="FailedMatch"):
        extract(extractor("pluck_field", field_map=missing), c)
    assert extract(extractor("pluck_field", field_map=missing, if_missing="ignore"), c) == \
        {"cantfind": None}
    assert extract(extractor("pluck_field", field_map=missing, if_missing="reject"), c) is NO_DATA


def test_jsonpath_subset() -> None:  # the jsonpath gem, as PluckFieldExtractor calls it
    doc = {"a": {"b": [1, 2, 3], "#c": "x"}, "d": [{"e": 1}, {"e": 2}]}
    assert jsonpath("$.a.b", doc) == [[1, 2, 3]]
    assert jsonpath("$.a.b[0]", doc) == [1]
    assert jsonpath("$.a.b[-1]", doc) == [3]
    assert jsonpath("$.a.b[0:2]", doc) == [1, 2]
    assert jsonpath("$['a']['#c']", doc) == ["x"]
    assert jsonpath("$.a.#c", doc) == ["x"]
    assert jsonpath("$.d[*].e", doc) == [1, 2]
    assert jsonpath("$..e", doc) == [1, 2]
    assert jsonpath("$.nope", doc) == []
    with pytest.raises(PipelineError, match="filters"):
        jsonpath("$.d[?(@.e > 1)]", doc)


def test_pluck_field_reads_grouped_annotations() -> None:  # classification.rb#prepare
    c = classification([{"task": "T0", "value": 2}, {"task": "T1", "value": "yes"}])
    pluck = extractor("pluck_field", field_map={"answer": "$.annotations.T1[0].value"})
    assert extract(pluck, c) == {"answer": "yes"}


def test_shape_extractor_is_the_aggregation_service_output() -> None:
    # shape_extractor.rb posts to aggregation-caesar; its answer ported from
    # panoptes_aggregation/extractors/shape_extractor.py
    marks = [{"x": 1, "y": 2, "tool": 0, "frame": 0}, {"x": 3, "y": 4, "tool": 0, "frame": 0},
             {"x": 5, "y": 6, "tool": 1, "frame": 1}, {"x": 7, "tool": 0}]
    c = classification([{"task": "T0", "value": marks}, {"task": "T1", "value": 1}])
    out = extract(extractor("shape", shape="point", task_key="T0"), c)
    assert out == {"frame0": {"T0_tool0_x": [1, 3], "T0_tool0_y": [2, 4]},
                   "frame1": {"T0_tool1_x": [5], "T0_tool1_y": [6]},
                   "aggregation_version": "5.3.1"}
    v2 = classification([{"task": "T0", "taskType": "drawing",
                          "value": [{"x": 1, "y": 2, "toolIndex": 0, "frame": 0}]}],
                        metadata={"classifier_version": "2.0"})
    assert extract(extractor("shape", shape="point"), v2) == {
        "frame0": {"T0_toolIndex0_x": [1], "T0_toolIndex0_y": [2]},
        "classifier_version": "2.0", "aggregation_version": "5.3.1"}


def test_external_extractor_posts_the_prepared_classification() -> None:
    # external_extractor.rb + http_extraction.rb + lib/http_operation.rb
    sent: list[tuple[str, Any]] = []

    def post(url: str, payload: Any) -> Any:
        sent.append((url, payload))
        return {"lines": 2}

    c = classification([{"task": "T0", "value": 1}], subject={"id": 99, "metadata": {}})
    ext = extractor("external", url="https://127.0.0.1:9/x")
    assert extract(ext, c, post) == {"lines": 2}
    url, payload = sent[0]
    assert url == "https://127.0.0.1:9/x"
    assert payload["annotations"] == {"T0": [{"task": "T0", "value": 1}]}
    assert payload["subject"] == {"id": 99, "metadata": {}} and payload["user_id"] == 1234
    assert extract(ext, c, lambda url, payload: "a string") is NO_DATA
    with pytest.raises(PipelineError, match="Improperly configured"):
        extract(extractor("external"), c, post)


def test_minimum_workflow_version() -> None:  # extractor.rb#too_old? (Gem::Version)
    c = classification([{"task": "T0", "value": 1}], metadata={"workflow_version": "3.9"})
    assert extract(extractor("question", minimum_workflow_version="3.10"), c) is NO_DATA
    assert extract(extractor("question", minimum_workflow_version="3.9"), c) == {"1": 1}
    assert version_less("1.0.a", "1.0") and not version_less("2", "1.99")
    assert not version_less("1.0", "1")


# ----- filters and grouping (extract_filter.rb, filters/*.rb, extract_grouping.rb) -----------


def test_repeated_classifications() -> None:  # filters/filter_by_repeatedness.rb
    rows = [extract_row({"a": 1}, 1, user_id=7), extract_row({"b": 1}, 2, user_id=7),
            extract_row({"c": 1}, 3, user_id=None), extract_row({"d": 1}, 4, user_id=None),
            extract_row({"e": 1}, 5, user_id=8)]
    assert [e["id"] for e in apply_filters(rows, {})] == [1, 3, 4, 5]  # keep_first
    assert [e["id"] for e in apply_filters(rows, {"repeated_classifications": "keep_last"})] \
        == [2, 3, 4, 5]
    assert len(apply_filters(rows, {"repeated_classifications": "keep_all"})) == 5


def test_extractor_keys_emptiness_training_and_subrange() -> None:  # filters/*.rb
    rows = [extract_row({"a": 1}, 1, key="s"), extract_row({}, 2, key="s"),
            extract_row({"t": 1}, 3, key="t", subject_id=2), extract_row({"a": 2}, 4, key="s")]
    assert [e["id"] for e in apply_filters(rows, {"extractor_keys": "t"})] == [3]
    assert [e["id"] for e in apply_filters(rows, {"extractor_keys": ["s"]})] == [1, 2, 4]
    assert [e["id"] for e in apply_filters(rows, {"empty_extracts": "ignore_empty"})] == [1, 3, 4]
    training = {2: {"#training_subject": "TRUE"}}
    assert [e["id"] for e in apply_filters(rows, {"training_behavior": "training_only"},
                                           training.get)] == [3]
    assert [e["id"] for e in apply_filters(rows, {"training_behavior": "experiment_only"},
                                           training.get)] == [1, 2, 4]
    # filter_by_subrange_spec.rb: from 2 → from the third classification; to -2 → all but last
    assert [e["id"] for e in apply_filters(rows, {"from": 2})] == [3, 4]
    assert [e["id"] for e in apply_filters(rows, {"to": 1})] == [1, 2]
    assert [e["id"] for e in apply_filters(rows, {"to": -2})] == [1, 2, 3]
    assert [e["id"] for e in apply_filters(rows, {"from": "1", "to": "2"})] == [2, 3]
    with pytest.raises(PipelineError):  # ``extract_groups[5..-1]`` is nil
        apply_filters(rows, {"from": 5})


def test_filters_order_classifications_by_time() -> None:  # extracts_for_classification.rb
    rows = [extract_row({"late": 1}, 1, at="2017-02-09T00:00:00.000Z", user_id=7),
            extract_row({"early": 1}, 2, at="2017-02-01T00:00:00.000Z", user_id=7)]
    assert [e["id"] for e in apply_filters(rows, {})] == [2]  # keep_first = the earliest


def test_grouping() -> None:  # extract_grouping.rb (extract_grouping_spec.rb's classrooms)
    rows = [extract_row({"LN": 1}, 1, classification_id=1), extract_row({"classroom": 1}, 2,
                                                                         classification_id=1,
                                                                         key="g"),
            extract_row({"TGR": 1}, 3, classification_id=2), extract_row({"classroom": 2}, 4,
                                                                          classification_id=2,
                                                                          key="g"),
            extract_row({"LN": 1}, 5, classification_id=3)]
    groups = dict(group_extracts(rows, {"field_name": "g.classroom"}))
    assert sorted(groups) == [1, 2]
    assert [e["id"] for e in groups[1]] == [1, 2] and [e["id"] for e in groups[2]] == [3, 4]
    assert group_extracts(rows, {}) == [("_default", rows)]
    with pytest.raises(PipelineError, match="Missing grouping field"):
        group_extracts(rows, {"field_name": "g.classroom", "if_missing": "error"})


# ----- reducers (reducers/*.rb; spec/models/reducers/*_spec.rb) ------------------------------


def fresh() -> Reduction:
    return Reduction("r", "_default", data={}, store={})


def test_count_reducer() -> None:  # count_reducer.rb
    rows = [extract_row({"a": 1}, 1, classification_id=1),
            extract_row({"b": 1}, 2, classification_id=1), extract_row({}, 3, classification_id=2)]
    assert reduce_into(reducer("count"), rows, fresh()).data == {"classifications": 2,  # type: ignore[union-attr]
                                                                 "extracts": 3}
    running = Reduction("r", "_default", data={"classifications": 5, "extracts": 9})
    assert reduce_into(reducer("count"), rows, running).data == {"classifications": 7,  # type: ignore[union-attr]
                                                                 "extracts": 12}


def consensus_extracts(choices: list[Any]) -> list[JSON]:
    rows = []
    for n, choice in enumerate(choices, 1):
        values = choice if isinstance(choice, list) else [choice]
        rows.append(extract_row({v: 1 for v in values}, n))
    return rows


def test_consensus_reducer() -> None:  # consensus_reducer.rb + consensus_reducer_spec.rb
    r = reducer("consensus")
    assert reduce_into(r, [], fresh()).data == {"num_votes": 0}  # type: ignore[union-attr]
    out = reduce_into(r, consensus_extracts(["ZEBRA", "ZEBRA", "ZEBRA", ["ZEBRA", "BIRD"]]),
                      fresh())
    assert out is not None and out.data == {"most_likely": "ZEBRA", "num_votes": 3,
                                            "agreement": 0.75}
    out = reduce_into(r, consensus_extracts([["ZEBRA", "BIRD"], ["BIRD", "ZEBRA"]]), fresh())
    assert out is not None and out.data["most_likely"] == "BIRD+ZEBRA"
    running = Reduction("r", "_default", data={}, store={"RCCN": 4})
    reduce_into(r, consensus_extracts(["ZEBRA"] * 3), running)
    assert running.data["most_likely"] == "RCCN" and running.data["num_votes"] == 4
    reduce_into(r, consensus_extracts(["ZEBRA"] * 2), running)
    assert running.data["most_likely"] == "ZEBRA" and running.data["num_votes"] == 5
    ignoring = reducer("consensus", config={"ignore_empty_extracts": True})
    out = reduce_into(ignoring, consensus_extracts([[], [], ["1"]]), fresh())
    assert out is not None and out.data == {"most_likely": "1", "num_votes": 1,
                                            "agreement": 1.0}
    tie = reduce_into(r, consensus_extracts(["A", "B"]), fresh())  # CountingHash#max: the later
    assert tie is not None and tie.data["most_likely"] == "B"


def test_stats_reducer() -> None:  # stats_reducer.rb
    rows = [extract_row({"ZEBRA": 1, "seen": True}, 1), extract_row({"ZEBRA": 2, "seen": False},
                                                                    2)]
    assert reduce_into(reducer("stats"), rows, fresh()).data == {"ZEBRA": 3, "seen": 1}  # type: ignore[union-attr]
    with pytest.raises(PipelineError, match="coerced"):
        reduce_into(reducer("stats"), [extract_row({"a": "x"})], fresh())


def test_first_extract_and_placeholder_reducers() -> None:
    rows = [extract_row({"late": 1}, 1, at="2017-02-09T00:00:00.000Z"),
            extract_row({"early": 1}, 2, at="2017-02-01T00:00:00.000Z", user_id=3)]
    fetcher = StoredReductions([])
    # first_extract_reducer.rb: after the filters' sort by classification time
    assert [r.data for r in reduce(reducer("first_extract"), rows, fetcher)] == [{"early": 1}]
    # placeholder_reducer.rb: data nil, so Reducer#process keeps nothing
    assert reduce(reducer("placeholder"), rows, fetcher) == []


def test_unique_count_reducer() -> None:  # unique_count_reducer.rb + its spec
    r = reducer("unique_count", config={"field": "choices"})
    rows = [extract_row({"choices": ["NTHNGHR"]}, 1), extract_row({"choices": ["RCCN", "BR"]}, 2),
            extract_row({"choices": ["BR", "RCCN"]}, 3)]
    assert reduce_into(r, rows, fresh()).data == 2  # type: ignore[union-attr]
    running = Reduction("r", "_default", data={}, store={"items": ["A", "B"]})
    two = [extract_row({"choices": "B"}, 1), extract_row({"choices": "C"}, 2)]
    assert reduce_into(r, two, running).data == 3  # type: ignore[union-attr]
    assert reduce_into(r, two[:1], running).data == 3  # type: ignore[union-attr]


def summary(operation: str, rows: list[JSON], store: JSON | None = None) -> Any:
    r = reducer("summary_stats", config={"summarize_field": "some_field",
                                         "operations": [operation]})
    reduction = Reduction("r", "_default", data={}, store=store or {})
    out = reduce_into(r, rows, reduction)
    assert out is not None
    return out.data[operation], reduction


SOME_1 = [extract_row({"some_field": 4.7}, 1), extract_row({"some_field": "5"}, 2)]
SOME_2 = [extract_row({"some_field": 3}, 3), extract_row({"some_other_field": 2}, 4)]


def test_summary_statistics_reducer() -> None:  # summary_statistics_reducer.rb + its spec
    assert summary("min", SOME_1)[0] == 4.7 and summary("min", SOME_2)[0] == 3
    assert summary("min", SOME_1, {"min": 4})[0] == 4
    assert summary("max", SOME_1)[0] == 5
    assert summary("count", SOME_1)[0] == 2 and summary("count", SOME_2)[0] == 1
    value, running = summary("count", SOME_1, {"count": 5})
    assert value == 7
    assert reduce_into(reducer("summary_stats", config={
        "summarize_field": "some_field", "operations": ["count"]}), SOME_2,
        running).data == {"count": 8}  # type: ignore[union-attr]
    assert math.isclose(summary("sum", SOME_1)[0], 9.7)
    assert math.isclose(summary("sum", SOME_1, {"sum": 5})[0], 14.7)
    assert math.isclose(summary("product", SOME_1)[0], 23.5)
    assert math.isclose(summary("mean", SOME_1)[0], 4.85)
    assert summary("sse", SOME_2)[0] == 0 and summary("variance", SOME_2)[0] is None
    assert summary("stdev", SOME_2)[0] is None
    assert math.isclose(summary("variance", SOME_1)[0], 0.045)
    assert summary("median", SOME_2)[0] == 3
    assert math.isclose(summary("median", SOME_1)[0], 4.85)
    modes = [extract_row({"some_field": v}, n) for n, v in enumerate([4.7, 4.7, 5], 1)]
    assert summary("mode", modes)[0] == 4.7
    assert summary("mode", modes[2:], {"frequencies": {"4.7": 2}})[0] == 4.7
    with pytest.raises(PipelineError):  # values.reduce(:+) of no values is nil + 0
        summary("sum", [extract_row({"other": 1})])
    dotted = reducer("summary_stats", config={"summarize_field": "s.some_field",
                                              "operations": "max"})
    rows = [*SOME_1, extract_row({"some_field": 99}, 5, key="elsewhere")]
    assert reduce_into(dotted, rows, fresh()).data == {"max": 5.0}  # type: ignore[union-attr]


def test_external_reducer_answers() -> None:  # external_reducer.rb + http_reduction.rb#unpack
    rows = [extract_row({"a": 1}, 1)]
    seen: list[Any] = []

    def answering(result: Any) -> Any:
        def post(url: str, payload: Any) -> Any:
            seen.append(payload)
            return result
        return post

    r = reducer("external", config={"url": "https://127.0.0.1:1/r"})
    out = reduce_into(r, rows, fresh(), answering({"data": {"x": 1}, "store": {"n": 1}}))
    assert out is not None and (out.data, out.store) == ({"x": 1}, {"n": 1})
    out = reduce_into(r, rows, fresh(), answering({"x": 2, "_store": {"n": 2}}))
    assert out is not None and (out.data, out.store) == ({"x": 2}, {"n": 2})
    assert reduce(r, rows, StoredReductions([]), post=answering(NO_DATA)) == []  # 204
    assert seen[0][0]["data"] == {"a": 1}  # default reduction: the extracts
    running = reducer("external", config={"url": "https://127.0.0.1:1/r"},
                      reduction_mode="running_reduction")
    reduce_into(running, rows, Reduction("r", "_", data={}, store={"k": 1}), answering({"y": 1}))
    assert seen[-1]["store"] == {"k": 1} and seen[-1]["extracts"][0]["id"] == 1


def test_running_reduction_skips_extracts_it_has_taken_in() -> None:  # reducer.rb#process
    rows = [extract_row({"a": 1}, 1), extract_row({"a": 1}, 2)]
    stored = StoredReductions([{"id": 10, "reducer_key": "r", "subgroup": "_default",
                                "data": {"classifications": 1, "extracts": 1}, "store": {}}],
                              {10: {1}})
    running = reducer("count", reduction_mode="running_reduction")
    [out] = reduce(running, rows, stored)
    assert out.data == {"classifications": 2, "extracts": 2} and out.extract_ids == {1, 2}
    # default reduction: no associations are made, so all of them, from scratch
    [again] = reduce(reducer("count"), rows, StoredReductions(stored.records))
    assert again.data == {"classifications": 2, "extracts": 2} and again.extract_ids == set()


def test_grouped_reduction_subgroups() -> None:  # reducer.rb#process + extract_grouping.rb
    rows = [extract_row({"LN": 1}, 1, classification_id=1),
            extract_row({"team": "red"}, 2, classification_id=1, key="g"),
            extract_row({"TGR": 1}, 3, classification_id=2),
            extract_row({"team": "blue"}, 4, classification_id=2, key="g")]
    grouped = reducer("stats", grouping={"field_name": "g.team"},
                      filters={"extractor_keys": ["s"]})
    out = {r.subgroup: r.data for r in reduce(grouped, rows, StoredReductions([]))}
    assert out == {"red": {"LN": 1}, "blue": {"TGR": 1}}


# ----- conditions (conditions/*.rb, rule_bindings.rb; spec/models/conditions/*_spec.rb) ------

BINDINGS = RuleBindings(
    [{"reducer_key": "count", "data": {"a": 1, "zero": 0, "nil": None}},
     {"reducer_key": "other", "data": {"b": 2}},
     {"reducer_key": "savannah", "data": {"serval": 1, "hippo": 1, "cerulean": 1}},
     {"reducer_key": "mountain", "data": {"ibis": 1, "alpaca": 1, "cerulean": 5}},
     {"reducer_key": "unique", "data": 3}],
    {"id": 1234, "metadata": {"region": "oxford"}})


def c(value: Any) -> list[Any]:
    return ["const", value]


@pytest.mark.parametrize(("condition", "expected"), [
    # comparison_spec.rb
    (["lt", c(1), c(2), c(4)], True), (["lt", c(1), c(1), c(4)], False),
    (["lte", c(1), c(1), c(2), c(4)], True), (["gt", c(4), c(2), c(1)], True),
    (["gt", c(4), c(2), c(2)], False), (["gte", c(4), c(2), c(2), c(1)], True),
    (["eq", c(4), c(4), c(4)], True), (["eq", c(4), c(2), c(4)], False),
    (["eq", c(1), c(1.0)], True), (["eq", c(True), c(1)], False), (["eq", c("1"), c(1)], False),
    (["eq", c(None), c(None)], False),  # compare returns the last value: !!nil
    (["lt", c("a"), c("b")], True),
    # calculator_spec.rb
    (["+", c(1), c(5), c(-3)], 3), (["-", c(1), c(5), c(-3)], -1), (["*", c(1), c(5), c(-3)], -15),
    (["/", c(5), c(2)], 2.5), (["%", c(5), c(2)], 1), (["+", c("a"), c("b")], "ab"),
    # text_transform_spec.rb
    (["upcase", c("foo")], "FOO"), (["downcase", c("fOo")], "foo"), (["to_i", c("35")], 35),
    (["int", c("12abc")], 12), (["to_f", c("3.5e7")], 3.5e7), (["float", c(3)], 3.0),
    # lookup_spec.rb / rule_bindings_spec.rb
    (["lookup", "count.a", 0], 1), (["lookup", "other.b", 0], 2), (["lookup", "count.b", 7], 7),
    (["lookup", "count.zero", 7], 0), (["lookup", "count.nil", 7], 7),
    (["lookup", "missing.a", "d"], "d"), (["lookup", "subject.region", None], "oxford"),
    (["lookup", "subject.zooniverse_subject_id", None], 1234),
    # and / or / not with Ruby truthiness (0 and "" are true)
    (["and", c(True), c(5)], 5), (["and", c(False), c(5)], False), (["or", c(None), c(0)], 0),
    (["not", c(0)], False), (["not", c(None)], True), (["and"], True), (["or"], False),
    # any_spec.rb / all_spec.rb
    (["any", "mountain", ["gte", ["lookup", "value", 0], c(5)]], True),
    (["any", "savannah", ["gte", ["lookup", "value", 0], c(5)]], False),
    (["all", "savannah", ["eq", ["lookup", "value", 0], c(1)]], True),
    (["any", "subject", ["eq", ["lookup", "key", None], c("region")]], True),
])
def test_conditions(condition: list[Any], expected: Any) -> None:
    result = evaluate(condition, BINDINGS)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize("condition", [
    ["lt", ["lookup", "count.missing", None], c(3)],  # nil < 3: NoMethodError
    ["gt", c(3), c("a")],                             # comparison of Integer with String failed
    ["any", "friends", ["gte", ["lookup", "value", 0], c(5)]],  # any_spec.rb: KeyError
    ["lookup", "unique.x", 0],                        # Integer#fetch
    ["upcase", c(1)],                                 # text_transform_spec.rb: TypeError
    ["to_i", c(1.5)],
    ["+", c(1), c("a")],
    ["%", c(1), c(0)],
    ["lookup", "count.a"],                            # exactly two arguments
    ["nope", c(1)],
])
def test_conditions_that_raise(condition: list[Any]) -> None:
    with pytest.raises(PipelineError):
        evaluate(condition, BINDINGS)


def test_bindings() -> None:  # rule_bindings.rb
    assert BINDINGS.fetch("count").data["a"] == 1  # the reduction itself
    assert RuleBindings([], None).fetch("subject.region", "d") == "d"
    later = RuleBindings([{"reducer_key": "k", "data": {"v": 1}},
                          {"reducer_key": "k", "data": {"v": 2}}], None)
    assert later.fetch("k.v") == 2  # index_by: the last one wins
    assert HashBindings({"value": None}).fetch("value", 5) is None  # Hash#fetch keeps nil
    assert evaluate(["/", c(1), c(0)], BINDINGS) == math.inf  # Float#/ by zero


def test_ruby_conversions() -> None:
    assert ruby_to_f("1.5x") == 1.5 and ruby_to_f("x") == 0.0 and ruby_to_f(None) == 0.0
    assert ruby_to_i(" 12 apples") == 12 and ruby_to_i("-3") == -3 and ruby_to_i("x") == 0


# ----- data request CSV (exporters/csv_exporter.rb) -------------------------------------------


def test_csv_layout() -> None:
    rows = [{"id": 2, "reducer_key": "count", "workflow_id": 5, "subject_id": 9,
             "created_at": "2024-02-05T10:00:00.123Z", "updated_at": "2024-02-05T10:00:01.000Z",
             "subgroup": "_default", "lock_version": 0, "reducible_id": 5,
             "reducible_type": "Workflow", "data": {"n": 3, "list": [1, 2], "no": False,
                                                   "empty": ""}},
            {"id": 1, "reducer_key": "x", "workflow_id": 5, "subject_id": 8,
             "created_at": "2024-02-05T10:00:00.000Z", "updated_at": "2024-02-05T10:00:00.000Z",
             "subgroup": "_default", "lock_version": 1, "reducible_id": 5,
             "reducible_type": "Workflow", "data": {"text": 'a "b", c'}, "store": {"s": 1}}]
    text = csv_export("subject_reductions", rows).decode()
    assert text.splitlines() == [
        "id,reducer_key,workflow_id,subject_id,created_at,updated_at,subgroup,lock_version,"
        "reducible_id,reducible_type,data.empty,data.list,data.n,data.no,data.text",
        '1,x,5,8,2024-02-05 10:00:00 UTC,2024-02-05 10:00:00 UTC,_default,1,5,Workflow,'
        '"","","","","a ""b"", c"',
        '2,count,5,9,2024-02-05 10:00:00 UTC,2024-02-05 10:00:01 UTC,_default,0,5,Workflow,'
        '"","[1,2]",3,false,""',
    ]
