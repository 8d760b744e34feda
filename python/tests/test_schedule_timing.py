"""vest.schedule's statement timing (events, double trigger, earlier / later
of, chained statements) gives what `vest schedule` gives for the same options:
both are read by engine/core/schedule_parameters (and timing_parameters)."""
import json
import subprocess
import warnings

import pytest

import vest
from conftest import run_vest, vest_binary

# (command-line options, vest.schedule keywords, as-of date or None)
CASES = [
    ("--grant-date 2021-01-31 --shares 4800 --then 1x12m:25% --then 36x1m:rest",
     dict(grant_date="2021-01-31", shares=4800, then=["1x12m:25%", "36x1m:rest"]), "2023-06-30"),
    ("--grant-date 2021-01-31 --shares 4800 --then 1x12m:25% --then 36x1m",
     dict(grant_date="2021-01-31", shares=4800, then=[(1, "12m", "25%"), (36, "1m")]), None),
    ("--grant-date 2021-01-31 --shares 4800 --anchor-event ipo --installments 48 --cliff 12 --event ipo:2022-01-31",
     dict(grant_date="2021-01-31", shares=4800, anchor_event="ipo", installments=48, cliff=12,
          events={"ipo": "2022-01-31"}), "2023-06-30"),
    ("--grant-date 2021-01-31 --shares 4800 --anchor-event ipo --installments 48 --cliff 12",
     dict(grant_date="2021-01-31", shares=4800, anchor_event="ipo", installments=48, cliff=12), "2023-06-30"),
    ("--grant-date 2021-01-15 --shares 4800 --installments 48 --double-trigger ipo --event ipo:2022-06-30",
     dict(grant_date="2021-01-15", shares=4800, installments=48, double_trigger="ipo", events=["ipo:2022-06-30"]),
     "2022-12-31"),
    ("--grant-date 2021-01-15 --shares 4800 --installments 48 --double-trigger ipo --event-deadline ipo:2028-01-15",
     dict(grant_date="2021-01-15", shares=4800, installments=48, double_trigger="ipo",
          event_deadlines={"ipo": "2028-01-15"}), "2028-01-15"),
    ("--grant-date 2022-01-01 --shares 900 --lump earlier-of(2026-01-01,cic) --event cic:2025-03-10",
     dict(grant_date="2022-01-01", shares=900, lumps=["earlier-of(2026-01-01,cic)"], events=[("cic", "2025-03-10")]),
     None),
    ("--grant-date 2022-01-01 --shares 900 --lump later-of(2026-01-01,cic) --event cic:2025-03-10",
     dict(grant_date="2022-01-01", shares=900, lumps=[("later-of(2026-01-01,cic)", "rest")],
          events={"cic": "2025-03-10"}), None),
    ("--grant-date 2022-01-01 --shares 300 --later-of 2024-01-31,2023-12-15 --installments 3",
     dict(grant_date="2022-01-01", shares=300, later_of=["2024-01-31", "2023-12-15"], installments=3), None),
    ("--grant-date 2022-01-01 --shares 300 --earlier-of 2024-01-31,hire --installments 3",
     dict(grant_date="2022-01-01", shares=300, earlier_of="2024-01-31,hire", installments=3), "2024-03-31"),
    ("--grant-date 2022-01-01 --shares 10 --lump ipo+6m --event ipo:2023-08-31",
     dict(grant_date="2022-01-01", shares=10, lumps=["ipo+6m"], events={"ipo": "2023-08-31"}), None),
    ("--grant-date 2021-01-15 --shares 1000 --start hire+1m --installments 4 --period 1q --event hire:2021-03-31"
     " --exercise-price 1.5 --expiration 2031-01-15",
     dict(grant_date="2021-01-15", shares=1000, start="hire+1m", installments=4, period="1q",
          events={"hire": "2021-03-31"}, exercise_price="1.5", expiration="2031-01-15"), "2021-12-31"),
    ("--grant-date 2021-01-15 --shares 1200 --lump 2022-01-15:25% --installments 36 --start 2022-01-15"
     " --double-trigger later-of(ipo,2022-06-01) --event ipo:2022-03-01",
     dict(grant_date="2021-01-15", shares=1200, lumps=["2022-01-15:25%"], installments=36, start="2022-01-15",
          double_trigger="later-of(ipo,2022-06-01)", events={"ipo": "2022-03-01"}), "2022-07-01"),
]


def cli_json(options, as_of):
    args = ["schedule", *options.split(), "--format", "json"] + (["--as-of", as_of] if as_of else [])
    return json.loads(run_vest(*args))


def python_json(kwargs, as_of):
    """vest.schedule's result in the CLI's JSON shape."""
    s = vest.schedule(**kwargs)
    t = s.tranches()
    tranches = []
    for date, vests_on, shares in zip(t.date, t.vests_on, t.shares):
        row = {"date": date.date().isoformat(), "shares": shares}
        if vests_on != date:
            row["vests_on"] = vests_on.date().isoformat()
        tranches.append(row)
    out = {"tranches": tranches, "contingent": [{"shares": n, "condition": c} for n, c in s.contingent]}
    if as_of:
        p = s.as_of(as_of)
        out["as_of"] = {"vested": p.vested, "unvested": p.unvested, "contingent": p.contingent,
                        "forfeited": p.forfeited}
    return out


@pytest.mark.parametrize("options, kwargs, as_of", CASES, ids=[c[0][:60] for c in CASES])
def test_timing_keywords_give_what_the_cli_gives(options, kwargs, as_of):
    cli = cli_json(options, as_of)
    for t in cli["tranches"]:
        t.pop("forfeited_on", None)
    want = {"tranches": cli["tranches"], "contingent": cli["contingent"]}
    if as_of:
        want["as_of"] = {k: cli["as_of"][k] for k in ("vested", "unvested", "contingent", "forfeited")}
    assert python_json(kwargs, as_of) == want


def test_share_columns_stay_exact():
    t = vest.schedule("2021-01-31", 4800, then=["1x12m:25%", "36x1m:rest"]).tranches()
    assert t.shares.dtype == "int64" and int(t.shares.sum()) == 4800
    t = vest.schedule("2021-01-15", 10, installments=3, double_trigger="ipo", events={"ipo": "2021-02-20"},
                      policy="fractional").tranches()
    assert t.shares.dtype == object and all(type(v).__name__ == "Fraction" for v in t.shares)
    assert sum(t.shares) == 10


def test_earlier_of_a_pending_event_is_a_condition():
    s = vest.schedule("2022-01-01", 300, earlier_of=["2024-01-31", "hire"], installments=3)
    assert [kind for kind, _ in s.conditions] == ["earlier_of_event"]
    assert vest.schedule("2022-01-01", 300, installments=3).conditions == []


def test_an_event_after_its_deadline_is_a_schedule_warning():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s = vest.schedule("2021-01-15", 4800, installments=48, double_trigger="ipo",
                          events={"ipo": "2029-01-01"}, event_deadlines={"ipo": "2028-01-15"})
    assert any(issubclass(w.category, vest.ScheduleWarning) and "event_after_deadline" in str(w.message)
               for w in caught)
    assert s.warnings and s.as_of("2029-06-30").forfeited == 4800


# Bad timing keywords: an InputError naming the keyword; the CLI refuses the
# same options with the same words under its own spelling.
BAD = [
    ("--lump ipo --event cic:2023-01-01", dict(lumps=["ipo"], events={"cic": "2023-01-01"}),
     'events: no statement waits for event "cic"', '--event: no statement waits for event "cic"'),
    ("--then 12m", dict(then=["12m"]), 'then: "12m" needs COUNTxPERIOD[:PORTION]',
     '--then: "12m" needs COUNTxPERIOD[:PORTION]'),
    ("--then 0x1m", dict(then=["0x1m"]), "(count 1..5300)", "(count 1..5300)"),
    ("--then 5301x1m", dict(then=[(5301, "1m")]), "(count 1..5300)", "(count 1..5300)"),
    ("--then 2x0m", dict(then=["2x0m"]), 'then: "0m" is not like 1m', '--then: "0m" is not like 1m'),
    ("--lump earlier-of(2026-01-01,9x)", dict(lumps=["earlier-of(2026-01-01,9x)"]),
     'lumps: "9x" is neither a YYYY-MM-DD date nor an event id',
     '--lump: "9x" is neither a YYYY-MM-DD date nor an event id'),
    ("--lump earlier-of(2026-01-01,ipo", dict(lumps=["earlier-of(2026-01-01,ipo"]),
     "lumps: \"earlier-of(2026-01-01,ipo\" needs a closing parenthesis",
     "--lump: \"earlier-of(2026-01-01,ipo\" needs a closing parenthesis"),
    ("--installments 4 --anchor-event ipo --start 2022-02-01",
     dict(installments=4, anchor_event="ipo", start="2022-02-01"),
     "start and anchor_event/earlier_of/later_of both give the start: give one",
     "--start and --anchor-event/--earlier-of/--later-of both give the start: give one"),
    ("--installments 4 --anchor-event ipo --earlier-of 2023-01-01,cic",
     dict(installments=4, anchor_event="ipo", earlier_of=["2023-01-01", "cic"]),
     "anchor_event, earlier_of and later_of each give the installments' start: give one",
     "--anchor-event, --earlier-of and --later-of each give the installments' start: give one"),
    ("--lump 2023-01-01 --anchor-event ipo", dict(lumps=["2023-01-01"], anchor_event="ipo"),
     "anchor_event, earlier_of and later_of need installments or then",
     "--anchor-event, --earlier-of and --later-of need --installments or --then"),
    ("--installments 4 --anchor-event 9pm", dict(installments=4, anchor_event="9pm"),
     'anchor_event: "9pm" is not an event id', '--anchor-event: "9pm" is not an event id'),
    ("--installments 4 --double-trigger ipo+100000y", dict(installments=4, double_trigger="ipo+100000y"),
     'double_trigger: "100000y" is out of range', '--double-trigger: "100000y" is out of range'),
    ("--installments 4 --double-trigger ipo --event ipo:2023-02-30",
     dict(installments=4, double_trigger="ipo", events=["ipo:2023-02-30"]),
     'events: "ipo:2023-02-30" needs EVENT_ID:YYYY-MM-DD', '--event: "ipo:2023-02-30" needs EVENT_ID:YYYY-MM-DD'),
    ("--installments 4 --double-trigger ipo --event-deadline ipo:2030-01-01 --event-deadline ipo:2031-01-01",
     dict(installments=4, double_trigger="ipo", event_deadlines=["ipo:2030-01-01", "ipo:2031-01-01"]),
     'event_deadlines: "ipo" given twice', '--event-deadline: "ipo" given twice'),
    ("--start ipo", dict(start="ipo"), "start and cliff need installments (start also serves then)",
     "--start and --cliff need --installments (--start also serves --then)"),
    ("--installments 4 --anchor-event ipo --event ipo:2022-01-01 --event ipo:2022-02-01",
     dict(installments=4, anchor_event="ipo", events=["ipo:2022-01-01", "ipo:2022-02-01"]),
     'events: "ipo" given twice', '--event: "ipo" given twice'),
]


@pytest.mark.parametrize("options, kwargs, message, cli_message", BAD, ids=[b[0][:50] for b in BAD])
def test_bad_timing_keywords_are_input_errors_worded_as_the_cli(options, kwargs, message, cli_message):
    with pytest.raises(vest.InputError) as e:
        vest.schedule("2022-01-01", 10, **kwargs)
    assert message in str(e.value) and e.value.code == "invalid_parameter"
    p = subprocess.run([vest_binary(), "schedule", "--grant-date", "2022-01-01", "--shares", "10", *options.split()],
                       capture_output=True, text=True)
    assert p.returncode == 2 and not p.stdout
    assert cli_message in p.stderr, p.stderr
