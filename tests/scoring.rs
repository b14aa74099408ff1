//! The annual assessment from a township's record: evidence derived as of a cut-off date,
//! stated facts, two rubrics on the same evidence, determinism, and the wire schemas.

mod common;

use chrono::NaiveDate;
use common::{S1, Town, at, day, decision, dep, meeting, presidium};
use serde_json::{Value as Json, json};
use township_congress::ids::{GroupId, StationId};
use township_congress::presidium::{PlanItem, PlanItemKind, PresidiumDecision};
use township_congress::schema::root_schemas;
use township_congress::scoring::{
    CountySummary, Evidence, EvidenceKey, Rate, Rubric, ScoringError, StatedFact, Value,
    year_over_year,
};
use township_congress::session::{Attendance, SessionCommand, Subject};
use township_congress::{Ledger, RosterChange, Rulebook};

/// 青山镇's 2026 on record: 46 deputies, deputy 1 chair; a presidium meeting on 6 January
/// approving the recess plan; the term's first session, convened with its notice on 7
/// January, from 15 to 16 January (44 present, one on leave, one absent without leave)
/// hearing the government work report; the contact office on 1 February; a deputy group and
/// a station on 1 March.
fn qingshan() -> Ledger {
    qingshan_under(Rulebook::NATIONAL)
}

/// As [`qingshan`], under a province's rules.
fn qingshan_under(rules: Rulebook) -> Ledger {
    let list: Vec<u32> = (1..=9).collect();
    let mut t = Town::with_deputies(46)
        .rules(rules)
        .chair(1)
        .presidium(&list)
        .build();
    t.on(1, 6);
    t.meeting(meeting(1), 1, 1..=6);
    let motion = PresidiumDecision::ApproveRecessPlan {
        year: 2026,
        items: vec![PlanItem::new(PlanItemKind::Inspection, "饮水安全视察")],
    };
    t.decide(meeting(1), 1, decision(1), motion, 1..=6);
    t.on(1, 7);
    let convene = SessionCommand::ConveneFirstSession {
        session: S1,
        opens_on: day(1, 15),
    };
    t.ok(presidium(), convene);
    t.prepare_notice(S1);
    t.on(1, 15);
    t.attend(S1, 1..=44);
    t.mark(S1, 45, Attendance::OnLeave);
    t.prepare_and_open(S1, &list);
    t.adopt(S1, 3, Subject::GovernmentWorkReport {});
    t.on(1, 16);
    t.close(S1);
    t.on(2, 1);
    let office = RosterChange::ContactOfficeOpened {
        name: "青山镇人大代表联络室".into(),
        on: day(2, 1),
    };
    t.ok(presidium(), office);
    t.on(3, 1);
    let group = RosterChange::GroupFormed {
        group: GroupId::from_u128(1),
        name: "东片代表小组".into(),
        area: "东片".into(),
        members: (1..=5).map(dep).collect(),
        on: day(3, 1),
    };
    t.ok(presidium(), group);
    let station = StationId::from_u128(1);
    let open = RosterChange::StationOpened {
        station,
        name: "东村代表联络站".into(),
        village: "东村".into(),
        on: day(3, 1),
    };
    t.ok(presidium(), open);
    for n in 1..=23 {
        let assign = RosterChange::DeputyAssignedToStation {
            station,
            deputy: dep(n),
            on: day(3, 1),
        };
        t.ok(presidium(), assign);
    }
    t.ledger
}

fn derive(l: &Ledger, as_of: NaiveDate) -> Evidence {
    Evidence::derive(l, 2026, as_of).unwrap_or_else(|e| panic!("{e}"))
}

fn get(e: &Evidence, key: EvidenceKey) -> Option<Value> {
    e.get(key)
}

#[test]
fn evidence_is_derived_from_the_record() {
    let l = qingshan();
    let e = derive(&l, day(12, 31));
    assert_eq!(e.township(), "青山镇");
    assert_eq!(get(&e, EvidenceKey::SessionsHeld), Some(Value::count(1)));
    assert_eq!(get(&e, EvidenceKey::SessionsFloorMet), Some(Value::yes()));
    assert_eq!(get(&e, EvidenceKey::SessionsNormalMet), Some(Value::no()));
    assert_eq!(
        get(&e, EvidenceKey::SessionsQuorumRate),
        Some(Value::rate(Rate::ALL))
    );
    let attendance = Rate::new(44, 46).expect("rate");
    assert_eq!(
        get(&e, EvidenceKey::SessionAttendanceRate),
        Some(Value::rate(attendance))
    );
    assert_eq!(
        get(&e, EvidenceKey::UnexcusedAbsences),
        Some(Value::count(1))
    ); // deputy 46
    assert_eq!(
        get(&e, EvidenceKey::GovernmentWorkReportVoted),
        Some(Value::yes())
    );
    assert_eq!(get(&e, EvidenceKey::BudgetVoted), Some(Value::no()));
    assert_eq!(
        get(&e, EvidenceKey::PresidiumWorkReportVoted),
        Some(Value::no())
    );
    assert_eq!(
        get(&e, EvidenceKey::PresidiumMeetingsHeld),
        Some(Value::count(1))
    );
    // Met in the first quarter only.
    assert_eq!(
        get(&e, EvidenceKey::PresidiumQuartersWithoutMeeting),
        Some(Value::count(3))
    );
    // National law sets no meeting interval: there is nothing to break.
    assert_eq!(
        get(&e, EvidenceKey::PresidiumIntervalKept),
        Some(Value::yes())
    );
    // 浙江 2016 第二十四条: at least every three months — one meeting in January is not.
    let zhejiang = Rulebook::province("浙江").expect("shipped profile");
    let e_zj = derive(&qingshan_under(zhejiang), day(12, 31));
    assert_eq!(
        get(&e_zj, EvidenceKey::PresidiumIntervalKept),
        Some(Value::no())
    );
    assert_eq!(get(&e, EvidenceKey::RecessPlanApproved), Some(Value::yes()));
    assert_eq!(
        get(&e, EvidenceKey::ContactOfficeOpened),
        Some(Value::yes())
    );
    assert_eq!(get(&e, EvidenceKey::DeputyGroups), Some(Value::count(1)));
    assert_eq!(
        get(&e, EvidenceKey::DeputyGroupsBelowMinimum),
        Some(Value::count(0))
    );
    assert_eq!(get(&e, EvidenceKey::ContactStations), Some(Value::count(1)));
    assert_eq!(
        get(&e, EvidenceKey::DeputiesWithoutStation),
        Some(Value::count(23))
    );
    let coverage = Rate::new(23, 46).expect("rate");
    assert_eq!(
        get(&e, EvidenceKey::StationCoverageRate),
        Some(Value::rate(coverage))
    );
    // Supervision and deputies' work are derived now: none held is zero, not absent.
    for key in [EvidenceKey::InspectionsHeld, EvidenceKey::DutyReports] {
        assert_eq!(get(&e, key), Some(Value::count(0)), "{key}");
    }
    // A rate with nothing to count is absent (no reply period ended), and stated keys are
    // absent until stated.
    for key in [
        EvidenceKey::SuggestionsAnsweredOnTimeRate,
        EvidenceKey::OfficeSpace,
    ] {
        assert_eq!(get(&e, key), None, "{key}");
    }
}

#[test]
fn a_cut_off_before_an_event_does_not_see_it() {
    let l = qingshan();
    let before = derive(&l, day(1, 14));
    assert_eq!(
        get(&before, EvidenceKey::SessionsHeld),
        Some(Value::count(0))
    );
    assert_eq!(
        get(&before, EvidenceKey::GovernmentWorkReportVoted),
        Some(Value::no())
    );
    assert_eq!(get(&before, EvidenceKey::SessionAttendanceRate), None); // no session yet
    assert_eq!(get(&before, EvidenceKey::SessionsQuorumRate), None); // none due yet
    assert_eq!(
        get(&before, EvidenceKey::RecessPlanApproved),
        Some(Value::yes())
    ); // 9 January
    assert_eq!(
        get(&before, EvidenceKey::PresidiumQuartersWithoutMeeting),
        Some(Value::count(0))
    );
    assert_eq!(
        get(&before, EvidenceKey::ContactOfficeOpened),
        Some(Value::no())
    );

    let after = derive(&l, day(1, 20));
    assert_eq!(
        get(&after, EvidenceKey::SessionsHeld),
        Some(Value::count(1))
    );
    assert_eq!(
        get(&after, EvidenceKey::GovernmentWorkReportVoted),
        Some(Value::yes())
    );
    assert_eq!(
        get(&after, EvidenceKey::UnexcusedAbsences),
        Some(Value::count(1))
    );
    assert_eq!(
        get(&after, EvidenceKey::DeputyGroups),
        Some(Value::count(0))
    );

    // The cut-off sees exactly what a ledger holding only the events up to that day sees.
    let cut = l
        .events()
        .iter()
        .take_while(|r| r.at < at(1, 15))
        .cloned()
        .collect::<Vec<_>>();
    let truncated = Ledger::replay(l.rules().clone(), &cut).expect("replays");
    assert_eq!(derive(&truncated, day(1, 14)), before);

    // Scored as of each day, the same log gives each day's standing.
    let rubric = Rubric::default_rubric().expect("valid");
    let (early, late) = (rubric.score(&before), rubric.score(&after));
    assert_eq!(early.grade.id, "fail"); // no session yet: vetoed
    assert!(early.vetoes.iter().any(|v| v.triggered));
    assert!(late.vetoes.iter().all(|v| !v.triggered));
    assert!(
        late.total > early.total,
        "{} vs {}",
        late.total,
        early.total
    );
}

/// 调研报告 三(一) — rigid tools: a thematic inquiry (专题询问) the presidium holds in
/// supervision counts beside inquiries and interpellations, in the year it is held.
#[test]
fn a_thematic_inquiry_counts_as_a_rigid_tool_used() {
    use township_congress::ids::ActivityId;
    use township_congress::supervision::{ActivityKind, SupervisionCommand as S};
    let mut t = Town::with_deputies(46).chair(1).build();
    t.on(9, 1);
    let inquiry = ActivityId::from_u128(1);
    t.ok(
        presidium(),
        S::Organise {
            activity: inquiry,
            activity_kind: ActivityKind::ThematicInquiry,
            title: "农村人居环境整治专题询问".into(),
            units: Default::default(),
            plan_item: None,
        },
    );
    let used = |l: &Ledger, as_of| derive(l, as_of).get(EvidenceKey::RigidSupervisionUsed);
    // Organised is not held.
    assert_eq!(used(&t.ledger, day(12, 31)), Some(Value::count(0)));
    t.on(9, 20);
    t.ok(
        presidium(),
        S::RecordHeld {
            activity: inquiry,
            on: day(9, 20),
            participants: (1..=12).map(dep).collect(),
        },
    );
    assert_eq!(used(&t.ledger, day(9, 19)), Some(Value::count(0)));
    assert_eq!(used(&t.ledger, day(12, 31)), Some(Value::count(1)));
}

#[test]
fn the_cut_off_must_fall_in_or_after_the_year() {
    let l = qingshan();
    let e = Evidence::derive(
        &l,
        2026,
        NaiveDate::from_ymd_opt(2025, 12, 31).expect("date"),
    );
    assert!(matches!(
        e,
        Err(ScoringError::CutOffBeforeYear { year: 2026, .. })
    ));
    // Before the term was on record there is no township to assess.
    let empty = Ledger::new(township_congress::Rulebook::NATIONAL);
    assert!(matches!(
        Evidence::derive(&empty, 2026, day(6, 30)),
        Err(ScoringError::NoTerm { .. })
    ));
}

#[test]
fn stated_facts_are_checked_against_the_record() {
    let l = qingshan();
    let duties = StatedFact::new(
        EvidenceKey::GroupDutiesAdopted,
        Value::yes(),
        "镇人大 2026年第2号文件",
    );
    // In February no deputy group is on record: the claim is contradicted.
    let mut february = derive(&l, day(2, 15));
    let refused = february.state(duties.clone());
    assert!(
        matches!(
            refused,
            Err(ScoringError::Contradicted {
                derived_key: EvidenceKey::DeputyGroups,
                ..
            })
        ),
        "{refused:?}"
    );
    // By the end of March the group exists.
    let mut march = derive(&l, day(3, 31));
    assert_eq!(march.state(duties), Ok(()));
    // A figure the record derives is never stated by hand.
    let claim = StatedFact::new(EvidenceKey::SessionsHeld, Value::count(2), "乡镇自报");
    assert!(matches!(
        march.state(claim),
        Err(ScoringError::DerivedNotStated { .. })
    ));
}

fn year_end_evidence() -> Evidence {
    let mut e = derive(&qingshan(), day(12, 31));
    e.state_all([
        StatedFact::new(
            EvidenceKey::OfficeSpace,
            Value::yes(),
            "县人大常委会 2026-12-20 实地检查",
        ),
        StatedFact::new(
            EvidenceKey::OfficeEquipment,
            Value::yes(),
            "县人大常委会 2026-12-20 实地检查",
        ),
        StatedFact::new(
            EvidenceKey::Staffing,
            Value::level(1),
            "镇党委 2026年第5号任职文件",
        ),
        StatedFact::new(
            EvidenceKey::RulesOfProcedureAdopted,
            Value::yes(),
            "主席团 2026年第1次会议",
        ),
        StatedFact::new(
            EvidenceKey::PartyCommitteeStudied,
            Value::count(1),
            "镇党委会议纪要 2026年第3期",
        ),
        StatedFact::new(EvidenceKey::PublicityItems, Value::count(6), "县人大网站"),
        StatedFact::new(
            EvidenceKey::Commendations,
            Value::count(1),
            "县委 2026年表彰决定",
        ),
    ])
    .expect("stated");
    e
}

#[test]
fn two_rubrics_score_the_same_evidence_differently() {
    let e = year_end_evidence();
    let default = Rubric::default_rubric().expect("valid").score(&e);
    // A county that only counts sessions and presidium work, on 60/80/90 bands.
    let county = Rubric::from_json(
        &json!({
            "format_version": "1", "name": "某县细则（会议版）", "total": "100",
            "dimensions": [
                { "id": "sessions", "name_zh": "会议召开", "name_en": "Sessions", "points": "60", "indicators": [
                    { "id": "held", "name_zh": "召开人代会", "name_en": "Sessions held", "source": "组织法2022 第十四条第一款",
                      "evidence": "sessions_held", "points": "40",
                      "rule": { "kind": "count_bands", "bands": [ { "at_least": 2, "points": "40" }, { "at_least": 1, "points": "30" } ] } },
                    { "id": "attendance", "name_zh": "参会率", "name_en": "Attendance", "source": "调研报告 二(四)2",
                      "evidence": "session_attendance_rate", "points": "20", "rule": { "kind": "rate_linear" } } ] },
                { "id": "presidium", "name_zh": "主席团", "name_en": "Presidium", "points": "40", "indicators": [
                    { "id": "quarterly", "name_zh": "每季度开会", "name_en": "Quarterly meetings", "source": "浙江 2016 第二十四条",
                      "evidence": "presidium_quarters_without_meeting", "points": "40", "rule": { "kind": "deduction", "per": "10" } } ] }
            ],
            "grades": [
                { "id": "excellent", "name_zh": "优秀", "name_en": "Excellent", "at_least": "90" },
                { "id": "good", "name_zh": "良好", "name_en": "Good", "at_least": "80" },
                { "id": "pass", "name_zh": "合格", "name_en": "Pass", "at_least": "60" },
                { "id": "fail", "name_zh": "不合格", "name_en": "Fail", "at_least": "0" } ]
        })
        .to_string(),
    )
    .expect("valid")
    .score(&e);
    // 30 for one session, 20 × 44/46 = 19.13, 40 − 3 × 10 = 10.
    assert_eq!(county.total.to_string(), "59.13");
    assert_eq!(county.grade.name_zh, "不合格");
    assert_ne!(default.total, county.total);
    assert_eq!(default.grade.name_zh, "不合格"); // far from 80 with 41 points awaiting modules
}

#[test]
fn the_same_record_scores_to_the_same_bytes() {
    let rubric = Rubric::default_rubric().expect("valid");
    let a = serde_json::to_string(&rubric.score(&year_end_evidence())).expect("json");
    let b = serde_json::to_string(&rubric.score(&year_end_evidence())).expect("json");
    assert_eq!(a, b);
    let summary =
        CountySummary::of(&rubric, &[rubric.score(&year_end_evidence())]).expect("summary");
    assert_eq!(summary.townships, 1);
}

// ---- schemas ----

fn validator(name: &str) -> jsonschema::Validator {
    let root = root_schemas()
        .into_iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no schema {name}"));
    let schema = serde_json::to_value(&root.schema).expect("schema");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"))
}

fn assert_valid(name: &str, instance: &Json) {
    let errors: Vec<String> = validator(name)
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name} does not validate: {errors:#?}");
}

#[test]
fn scoring_documents_validate_against_their_schemas() {
    let rubric = Rubric::default_rubric().expect("valid");
    let doc: Json =
        serde_json::from_str(township_congress::scoring::DEFAULT_RUBRIC_JSON).expect("json");
    assert_valid("Rubric", &doc);
    assert_valid("Rubric", &serde_json::to_value(&rubric).expect("json"));
    let e = year_end_evidence();
    let wire = serde_json::to_value(&e).expect("json");
    assert_valid("Evidence", &wire);
    // An item the catalogue lacks: refused by serde and by the schema.
    let mut unknown = wire.clone();
    unknown["items"]["office_spaces"] = wire["items"]["office_space"].clone();
    assert!(serde_json::from_value::<Evidence>(unknown.clone()).is_err());
    assert!(!validator("Evidence").is_valid(&unknown));
    let card = rubric.score(&e);
    assert_valid("Scorecard", &serde_json::to_value(&card).expect("json"));
    let ranking = rubric.rank(std::slice::from_ref(&e)).expect("ranked");
    assert_valid("Ranking", &serde_json::to_value(&ranking).expect("json"));
    let summary = CountySummary::of(&rubric, std::slice::from_ref(&card)).expect("summary");
    assert_valid(
        "CountySummary",
        &serde_json::to_value(&summary).expect("json"),
    );
    let changes = year_over_year(std::slice::from_ref(&card), std::slice::from_ref(&card));
    assert_valid(
        "YearOverYearChanges",
        &serde_json::to_value(&changes).expect("json"),
    );
    let facts = json!([{ "key": "office_space", "value": { "kind": "yes_no", "yes": true }, "source": "实地检查" }]);
    assert_valid("StatedFacts", &facts);
}

#[test]
fn rubric_typos_fail_serde_and_the_schema_alike() {
    let doc: Json =
        serde_json::from_str(township_congress::scoring::DEFAULT_RUBRIC_JSON).expect("json");
    let rubric = validator("Rubric");
    for (pointer, bad) in [
        ("/dimensions/0/indicators/0/points", json!(3)), // a number, not a decimal string
        ("/dimensions/0/indicators/0/points", json!("3.333")),
        ("/dimensions/0/indicators/0/evidence", json!("office")), // not in the catalogue
        (
            "/dimensions/0/indicators/0/rule",
            json!({ "kind": "yes_or_no" }),
        ),
        ("/dimensions/0/id", json!("Self Building")),
        ("/format_version", json!("2")),
    ] {
        let mut typo = doc.clone();
        *typo.pointer_mut(pointer).expect("pointer") = bad;
        assert!(
            Rubric::from_json(&typo.to_string()).is_err(),
            "{pointer} accepted by the crate"
        );
        assert!(!rubric.is_valid(&typo), "{pointer} accepted by the schema");
    }
    let mut extra = doc;
    extra["dimensions"][0]["indicators"][0]["pionts"] = json!("3");
    assert!(Rubric::from_json(&extra.to_string()).is_err());
    assert!(!rubric.is_valid(&extra));
}
