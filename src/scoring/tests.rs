//! Unit tests: each rule at its boundaries, validation with its JSON paths, evidence, ranking.

use chrono::NaiveDate;
use serde_json::{Value as Json, json};

use super::*;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn p(text: &str) -> Points {
    text.parse().expect("points")
}

fn rate(num: u32, den: u32) -> Rate {
    Rate::new(num, den).expect("rate")
}

/// Evidence of 甲镇 (or `name`) for 2026 with the given items, derived or stated as the key is.
fn evidence_of(name: &str, items: &[(EvidenceKey, Value)]) -> Evidence {
    let mut e = Evidence::empty(name.into(), 2026, day(12, 31));
    for (k, v) in items {
        if k.provenance().is_derived() {
            e.set_derived(*k, *v).expect("derived");
        } else {
            e.state(StatedFact::new(*k, *v, "测试")).expect("stated");
        }
    }
    e
}

fn evidence(items: &[(EvidenceKey, Value)]) -> Evidence {
    evidence_of("甲镇", items)
}

/// 优秀 90 %, 良好 80 %, 合格 60 % of `total` whole points, 不合格 below.
fn grades_of(total: u32) -> Json {
    let at = |percent: u32| Points::from_hundredths(i64::from(total * percent)).to_string();
    json!([
        { "id": "excellent", "name_zh": "优秀", "name_en": "Excellent", "at_least": at(90) },
        { "id": "good", "name_zh": "良好", "name_en": "Good", "at_least": at(80) },
        { "id": "pass", "name_zh": "合格", "name_en": "Pass", "at_least": at(60) },
        { "id": "fail", "name_zh": "不合格", "name_en": "Fail", "at_least": "0" }
    ])
}

fn indicator(id: &str, evidence: EvidenceKey, points: &str, rule: Json) -> Json {
    json!({ "id": id, "name_zh": id, "name_en": id, "source": "测试", "evidence": evidence.name(),
            "points": points, "rule": rule })
}

/// A rubric of one dimension holding one indicator.
fn single(key: EvidenceKey, points: &str, rule: Json) -> Json {
    json!({
        "format_version": "1", "name": "单项细则", "total": points,
        "dimensions": [{ "id": "only", "name_zh": "单项", "name_en": "Only", "points": points,
                         "indicators": [indicator("item", key, points, rule)] }],
        "grades": grades_of(points.parse().unwrap_or(0))
    })
}

fn rubric(doc: &Json) -> Rubric {
    Rubric::from_json(&doc.to_string()).unwrap_or_else(|e| panic!("refused: {e}"))
}

fn refusal(doc: &Json) -> ScoringError {
    match Rubric::from_json(&doc.to_string()) {
        Err(e) => e,
        Ok(_) => panic!("accepted: {doc:#}"),
    }
}

/// Scores one value under a one-indicator rubric: the points and both explanations.
fn score(
    key: EvidenceKey,
    points: &str,
    rule: Json,
    value: Option<Value>,
) -> (Points, String, String) {
    let r = rubric(&single(key, points, rule));
    let items: Vec<_> = value.into_iter().map(|v| (key, v)).collect();
    let e = evidence(&items);
    let card = r.score(&e);
    let i = card.dimensions[0].indicators[0].clone();
    assert_eq!(r.totals(&e).total, card.total, "totals and scorecard agree");
    (i.points, i.explanation_zh, i.explanation_en)
}

fn pts(key: EvidenceKey, points: &str, rule: Json, value: Value) -> Points {
    score(key, points, rule, Some(value)).0
}

// ---- rules at their boundaries ----

#[test]
fn yes_no_gives_the_maximum_for_yes_only() {
    let rule = json!({ "kind": "yes_no" });
    assert_eq!(
        pts(EvidenceKey::OfficeSpace, "3", rule.clone(), Value::yes()),
        p("3")
    );
    assert_eq!(
        pts(EvidenceKey::OfficeSpace, "3", rule, Value::no()),
        p("0")
    );
}

#[test]
fn count_target_is_linear_and_capped() {
    let rule = json!({ "kind": "count_target", "target": 4 });
    let at = |n| {
        pts(
            EvidenceKey::VoterReceptions,
            "2",
            rule.clone(),
            Value::count(n),
        )
    };
    assert_eq!(at(0), p("0"));
    assert_eq!(at(3), p("1.5")); // just below
    assert_eq!(at(4), p("2")); // at
    assert_eq!(at(5), p("2")); // above: capped
    assert_eq!(at(u32::MAX), p("2"));
    // Rounded down to the hundredth: 1 of 3 of one point is 0.33.
    let third = json!({ "kind": "count_target", "target": 3 });
    assert_eq!(
        pts(EvidenceKey::Innovations, "1", third, Value::count(1)),
        p("0.33")
    );
}

#[test]
fn count_bands_take_the_first_band_reached() {
    let rule = json!({ "kind": "count_bands", "bands": [
        { "at_least": 2, "points": "10" }, { "at_least": 1, "points": "5" } ] });
    let at = |n| {
        score(
            EvidenceKey::SessionsHeld,
            "10",
            rule.clone(),
            Some(Value::count(n)),
        )
    };
    assert_eq!(at(0).0, p("0"));
    assert_eq!(
        at(0).1,
        "年度召开人代会次数：0次，未达到最低档1次，得0分（满分10分）"
    );
    assert_eq!(at(1).0, p("5"));
    assert_eq!(at(2).0, p("10"));
    assert_eq!(
        at(2).2,
        "sessions_held: 2, in the band of at least 2: 10 of 10 points"
    );
    assert_eq!(at(3).0, p("10"));
}

#[test]
fn rate_bands_include_the_bound_and_compare_exactly() {
    let rule = json!({ "kind": "rate_bands", "bands": [
        { "at_least": { "num": 95, "den": 100 }, "points": "2" },
        { "at_least": { "num": 9, "den": 10 }, "points": "1" } ] });
    let at = |n, d| {
        pts(
            EvidenceKey::SessionAttendanceRate,
            "2",
            rule.clone(),
            Value::rate(rate(n, d)),
        )
    };
    assert_eq!(at(89, 100), p("0"));
    assert_eq!(at(899, 1000), p("0")); // just below 90 %
    assert_eq!(at(9, 10), p("1")); // at
    assert_eq!(at(949, 1000), p("1")); // just below 95 %
    assert_eq!(at(19, 20), p("2")); // 95 % written otherwise
    assert_eq!(at(46, 46), p("2"));
    let (_, zh, en) = score(
        EvidenceKey::SessionAttendanceRate,
        "2",
        rule,
        Some(Value::rate(rate(44, 46))),
    );
    assert_eq!(
        zh,
        "代表出席人代会比率：44/46（95.6%），达到95%以上档，得2分（满分2分）"
    );
    assert_eq!(
        en,
        "session_attendance_rate: 44/46 (95.6%), in the band of at least 95%: 2 of 2 points"
    );
}

#[test]
fn rate_linear_is_proportional_and_rounds_down() {
    let rule = json!({ "kind": "rate_linear" });
    assert_eq!(
        pts(
            EvidenceKey::StationCoverageRate,
            "3",
            rule.clone(),
            Value::rate(rate(2, 3))
        ),
        p("2")
    );
    assert_eq!(
        pts(
            EvidenceKey::StationCoverageRate,
            "1",
            rule.clone(),
            Value::rate(rate(1, 3))
        ),
        p("0.33")
    );
    assert_eq!(
        pts(
            EvidenceKey::StationCoverageRate,
            "1",
            rule,
            Value::rate(Rate::NONE)
        ),
        p("0")
    );
}

#[test]
fn levels_give_the_listed_points_and_zero_otherwise() {
    let rule = json!({ "kind": "levels", "levels": [
        { "level": 3, "points": "2" }, { "level": 2, "points": "1" } ] });
    let at = |l| {
        pts(
            EvidenceKey::ArchiveRating,
            "2",
            rule.clone(),
            Value::level(l),
        )
    };
    assert_eq!(
        (at(3), at(2), at(1), at(0)),
        (p("2"), p("1"), p("0"), p("0"))
    );
}

#[test]
fn deduction_stops_at_the_floor() {
    let rule = json!({ "kind": "deduction", "per": "1" });
    let at = |n| {
        score(
            EvidenceKey::PresidiumQuartersWithoutMeeting,
            "3",
            rule.clone(),
            Some(Value::count(n)),
        )
    };
    assert_eq!(at(0).0, p("3"));
    assert_eq!(at(2).0, p("1"));
    assert_eq!(at(3).0, p("0"));
    assert_eq!(at(4).0, p("0")); // 扣完为止
    assert_eq!(
        at(4).1,
        "未召开主席团会议的季度数：4个，每个扣1分，得0分（满分3分，扣完为止）"
    );
    assert_eq!(at(u32::MAX).0, p("0"));
    let floored = json!({ "kind": "deduction", "per": "0.5", "floor": "1" });
    let (points, zh, _) = score(
        EvidenceKey::UnexcusedAbsences,
        "2",
        floored,
        Some(Value::count(3)),
    );
    assert_eq!(points, p("1"));
    assert_eq!(
        zh,
        "代表未经批准缺席人代会人次：3人次，每人次扣0.5分，得1分（满分2分，最低1分）"
    );
}

#[test]
fn per_occurrence_is_capped_at_the_maximum() {
    let rule = json!({ "kind": "per_occurrence", "per": "2" });
    let at = |n| {
        pts(
            EvidenceKey::Commendations,
            "3",
            rule.clone(),
            Value::count(n),
        )
    };
    assert_eq!(
        (at(0), at(1), at(2), at(u32::MAX)),
        (p("0"), p("2"), p("3"), p("3"))
    );
}

#[test]
fn absent_evidence_is_said_and_scored_as_the_rubric_says() {
    let (points, zh, en) = score(
        EvidenceKey::OfficeSpace,
        "3",
        json!({ "kind": "yes_no" }),
        None,
    );
    assert_eq!(points, p("0"));
    assert_eq!(zh, "无证据：有固定办公场所尚无记录，按细则计0分（满分3分）");
    assert!(en.starts_with("no evidence: `office_space` is not on record; 0 of 3"));
    // A rubric may give something for missing evidence.
    let mut doc = single(EvidenceKey::OfficeSpace, "3", json!({ "kind": "yes_no" }));
    doc["dimensions"][0]["indicators"][0]["if_absent"] = json!("1.5");
    let r = rubric(&doc);
    assert_eq!(r.score(&evidence(&[])).total, p("1.5"));
    assert_eq!(r.totals(&evidence(&[])).total, p("1.5"));
    // A zero count is evidence, not its absence.
    let with_zero = r.score(&evidence(&[(EvidenceKey::OfficeSpace, Value::no())]));
    assert_eq!(with_zero.total, p("0"));
}

/// A rubric of 100 points (one yes/no of 100), a bonus capped at 5 and a veto.
fn with_bonus_and_veto() -> Json {
    json!({
        "format_version": "1", "name": "加分细则", "total": "100",
        "dimensions": [{ "id": "all", "name_zh": "全部", "name_en": "All", "points": "100",
            "indicators": [indicator("office", EvidenceKey::OfficeSpace, "100", json!({ "kind": "yes_no" }))] }],
        "bonus": { "cap": "5", "items": [
            indicator("commended", EvidenceKey::Commendations, "4", json!({ "kind": "per_occurrence", "per": "2" })),
            indicator("promoted", EvidenceKey::InnovationsPromoted, "4", json!({ "kind": "per_occurrence", "per": "2" }))
        ] },
        "vetoes": [{ "id": "violation", "name_zh": "严重违纪", "name_en": "Violation", "source": "测试",
                     "evidence": "serious_violation", "trigger": { "kind": "yes" }, "caps_grade": "fail" }],
        "grades": grades_of(100)
    })
}

#[test]
fn bonuses_are_capped_together() {
    let r = rubric(&with_bonus_and_veto());
    let e = evidence(&[
        (EvidenceKey::OfficeSpace, Value::yes()),
        (EvidenceKey::Commendations, Value::count(2)),
        (EvidenceKey::InnovationsPromoted, Value::count(5)),
    ]);
    let card = r.score(&e);
    let bonus = card.bonus.as_ref().expect("bonus");
    assert_eq!(
        (bonus.raw, bonus.cap, bonus.points),
        (p("8"), p("5"), p("5"))
    );
    assert_eq!(card.total, p("105"));
    assert_eq!(r.totals(&e).bonus, p("5"));
    // Under the cap the bonus counts in full.
    let e = evidence(&[(EvidenceKey::Commendations, Value::count(1))]);
    assert_eq!(r.score(&e).total, p("2"));
}

#[test]
fn a_veto_caps_the_grade_whatever_the_total() {
    let r = rubric(&with_bonus_and_veto());
    let top = [
        (EvidenceKey::OfficeSpace, Value::yes()),
        (EvidenceKey::Commendations, Value::count(3)),
    ];
    let clean = r.score(&evidence(&top));
    assert_eq!(
        (clean.total, clean.grade.id.as_str()),
        (p("104"), "excellent")
    );
    assert!(clean.vetoes.iter().all(|v| !v.triggered));
    let mut items = top.to_vec();
    items.push((EvidenceKey::SeriousViolation, Value::yes()));
    let e = evidence(&items);
    let vetoed = r.score(&e);
    assert_eq!(vetoed.total, p("104"));
    assert_eq!(vetoed.grade_by_points.id, "excellent");
    assert_eq!(vetoed.grade.id, "fail");
    assert!(vetoed.vetoes[0].triggered);
    assert_eq!(
        vetoed.vetoes[0].explanation_zh,
        "严重违纪：是，触发一票否决，等次最高为不合格"
    );
    let t = r.totals(&e);
    assert_eq!((t.grade, t.vetoed), (3, true));
    // A veto whose evidence is absent is not triggered.
    let absent = r.score(&evidence(&top[..1]));
    assert!(!absent.vetoes[0].triggered);
    assert_eq!(
        absent.vetoes[0].explanation_en,
        "Violation: no evidence, not triggered"
    );
}

#[test]
fn grade_bands_include_their_bound() {
    let r = rubric(&single(
        EvidenceKey::SessionAttendanceRate,
        "100",
        json!({ "kind": "rate_linear" }),
    ));
    let grade = |n| {
        r.score(&evidence(&[(
            EvidenceKey::SessionAttendanceRate,
            Value::rate(rate(n, 10_000)),
        )]))
        .grade
        .id
    };
    assert_eq!(grade(8999), "good"); // 89.99
    assert_eq!(grade(9000), "excellent"); // 90.00
    assert_eq!(grade(5999), "fail");
    assert_eq!(grade(6000), "pass");
}

// ---- validation, with JSON paths ----

fn base() -> Json {
    json!({
        "format_version": "1", "name": "校验细则", "total": "10",
        "dimensions": [{ "id": "sessions", "name_zh": "会议召开", "name_en": "Sessions", "points": "10",
            "indicators": [
                indicator("held", EvidenceKey::SessionsHeld, "6", json!({ "kind": "count_bands", "bands": [
                    { "at_least": 2, "points": "6" }, { "at_least": 1, "points": "3" } ] })),
                indicator("attendance", EvidenceKey::SessionAttendanceRate, "4", json!({ "kind": "rate_bands", "bands": [
                    { "at_least": { "num": 95, "den": 100 }, "points": "4" },
                    { "at_least": { "num": 9, "den": 10 }, "points": "2" } ] }))
            ] }],
        "bonus": { "cap": "2", "items": [
            indicator("commended", EvidenceKey::Commendations, "2", json!({ "kind": "per_occurrence", "per": "1" })) ] },
        "vetoes": [{ "id": "no_session", "name_zh": "未开会", "name_en": "No session", "source": "组织法2022 第十四条第一款",
                     "evidence": "sessions_floor_met", "trigger": { "kind": "no" }, "caps_grade": "fail" }],
        "grades": grades_of(10),
        "tie_breaks": [{ "kind": "dimension", "id": "sessions" }, { "kind": "township" }]
    })
}

fn path_of(e: &ScoringError) -> &str {
    match e {
        ScoringError::PointsDoNotAddUp { path, .. }
        | ScoringError::NotPositive { path, .. }
        | ScoringError::Negative { path, .. }
        | ScoringError::AboveMaximum { path, .. }
        | ScoringError::BestBelowMaximum { path, .. }
        | ScoringError::BonusCapExceeded { path, .. }
        | ScoringError::DuplicateId { path, .. }
        | ScoringError::InvalidId { path, .. }
        | ScoringError::EmptyText { path, .. }
        | ScoringError::Empty { path, .. }
        | ScoringError::UnknownEvidence { path, .. }
        | ScoringError::WrongEvidenceKind { path, .. }
        | ScoringError::ZeroTarget { path }
        | ScoringError::BandsOutOfOrder { path, .. }
        | ScoringError::BandPointsRise { path, .. }
        | ScoringError::LevelOutOfRange { path, .. }
        | ScoringError::DuplicateLevel { path, .. }
        | ScoringError::GradesOutOfOrder { path, .. }
        | ScoringError::GradeGap { path, .. }
        | ScoringError::GradeUnreachable { path, .. }
        | ScoringError::UnknownGrade { path, .. }
        | ScoringError::UnknownDimension { path, .. } => path,
        other => panic!("not a rubric error with a path: {other}"),
    }
}

/// Applies `change` to the base document and returns the refusal's path and message.
fn refused(change: impl FnOnce(&mut Json)) -> (String, String) {
    let mut doc = base();
    change(&mut doc);
    let e = refusal(&doc);
    (path_of(&e).to_owned(), e.to_string())
}

#[test]
fn the_base_document_is_valid() {
    let r = rubric(&base());
    assert_eq!(r.total(), p("10"));
    // And it round-trips as its document.
    let again: Rubric =
        serde_json::from_str(&serde_json::to_string(&r).expect("json")).expect("valid");
    assert_eq!(again, r);
}

#[test]
fn points_must_add_up() {
    let (path, msg) = refused(|d| d["dimensions"][0]["points"] = json!("12"));
    assert_eq!(path, "/dimensions/0/points");
    assert_eq!(
        msg,
        "/dimensions/0/points: the maximum is 12 points, its indicators' maxima add up to 10; the two must be equal"
    );
    let (path, msg) = refused(|d| d["total"] = json!("100"));
    assert_eq!(path, "/total");
    assert!(msg.contains("its dimensions' maxima add up to 10"), "{msg}");
}

#[test]
fn ids_are_unique_and_snake_case() {
    let (path, msg) = refused(|d| d["dimensions"][0]["indicators"][1]["id"] = json!("held"));
    assert_eq!(path, "/dimensions/0/indicators/1/id");
    assert!(
        msg.contains("already used at /dimensions/0/indicators/0/id"),
        "{msg}"
    );
    // A veto may not reuse an indicator's id either.
    let (path, _) = refused(|d| d["vetoes"][0]["id"] = json!("commended"));
    assert_eq!(path, "/vetoes/0/id");
    let (path, _) = refused(|d| d["grades"][1]["id"] = json!("excellent"));
    assert_eq!(path, "/grades/1/id");
    let (path, _) = refused(|d| d["dimensions"][0]["id"] = json!("会议"));
    assert_eq!(path, "/dimensions/0/id");
}

#[test]
fn evidence_must_exist_and_be_of_the_rule_s_kind() {
    let (path, msg) =
        refused(|d| d["dimensions"][0]["indicators"][0]["evidence"] = json!("sessions_hold"));
    assert_eq!(path, "/dimensions/0/indicators/0/evidence");
    assert!(msg.contains("no evidence named `sessions_hold`"), "{msg}");
    // A rate rule on a count.
    let (path, msg) =
        refused(|d| d["dimensions"][0]["indicators"][1]["evidence"] = json!("sessions_held"));
    assert_eq!(path, "/dimensions/0/indicators/1/evidence");
    assert_eq!(
        msg,
        "/dimensions/0/indicators/1/evidence: a `rate_bands` rule reads rate evidence, but `sessions_held` is a count"
    );
    let (path, _) = refused(|d| d["vetoes"][0]["evidence"] = json!("sessions_held"));
    assert_eq!(path, "/vetoes/0/evidence");
}

#[test]
fn bands_fall_and_the_best_gives_the_maximum() {
    let bands = "/dimensions/0/indicators/0/rule/bands";
    let (path, _) =
        refused(|d| d["dimensions"][0]["indicators"][0]["rule"]["bands"][1]["at_least"] = json!(2));
    assert_eq!(path, format!("{bands}/1/at_least"));
    let (path, _) =
        refused(|d| d["dimensions"][0]["indicators"][0]["rule"]["bands"][1]["at_least"] = json!(3));
    assert_eq!(path, format!("{bands}/1/at_least"));
    let (path, _) =
        refused(|d| d["dimensions"][0]["indicators"][0]["rule"]["bands"][0]["points"] = json!("2"));
    assert_eq!(path, format!("{bands}/1/points")); // 3 after 2: points rise
    let (path, msg) = refused(|d| {
        d["dimensions"][0]["indicators"][0]["rule"]["bands"][0]["points"] = json!("5");
    });
    assert_eq!(path, format!("{bands}/0/points"));
    assert!(
        msg.contains("the best band gives 5 points, the indicator's maximum is 6"),
        "{msg}"
    );
    let (path, _) = refused(|d| d["dimensions"][0]["indicators"][0]["rule"]["bands"] = json!([]));
    assert_eq!(path, bands);
    // An indicator lowered to 3 points while its best band still gives 4.
    let (path, msg) = refused(|d| d["dimensions"][0]["indicators"][1]["points"] = json!("3"));
    assert_eq!(path, "/dimensions/0/indicators/1/rule/bands/0/points");
    assert!(
        msg.contains("a band is 4 points, above the maximum of 3"),
        "{msg}"
    );
    let rate_bands = "/dimensions/0/indicators/1/rule/bands";
    let (path, _) = refused(|d| {
        d["dimensions"][0]["indicators"][1]["rule"]["bands"][1]["at_least"] =
            json!({ "num": 19, "den": 20 });
    });
    assert_eq!(path, format!("{rate_bands}/1/at_least")); // 95 % twice, written two ways
}

#[test]
fn levels_exist_and_are_listed_once() {
    let level = |levels: Json| {
        single(
            EvidenceKey::ArchiveRating,
            "2",
            json!({ "kind": "levels", "levels": levels }),
        )
    };
    let e = refusal(&level(json!([{ "level": 4, "points": "2" }])));
    assert_eq!(
        path_of(&e),
        "/dimensions/0/indicators/0/rule/levels/0/level"
    );
    assert!(e.to_string().contains("has levels 0 to 3, got 4"));
    let e = refusal(&level(
        json!([{ "level": 3, "points": "2" }, { "level": 3, "points": "1" }]),
    ));
    assert_eq!(
        path_of(&e),
        "/dimensions/0/indicators/0/rule/levels/1/level"
    );
    let e = refusal(&level(json!([{ "level": 3, "points": "1" }])));
    assert!(matches!(e, ScoringError::BestBelowMaximum { .. }));
}

#[test]
fn targets_pers_and_floors_are_checked() {
    let e = refusal(&single(
        EvidenceKey::Innovations,
        "2",
        json!({ "kind": "count_target", "target": 0 }),
    ));
    assert_eq!(path_of(&e), "/dimensions/0/indicators/0/rule/target");
    let e = refusal(&single(
        EvidenceKey::UnexcusedAbsences,
        "2",
        json!({ "kind": "deduction", "per": "0" }),
    ));
    assert_eq!(path_of(&e), "/dimensions/0/indicators/0/rule/per");
    let e = refusal(&single(
        EvidenceKey::UnexcusedAbsences,
        "2",
        json!({ "kind": "deduction", "per": "1", "floor": "3" }),
    ));
    assert_eq!(path_of(&e), "/dimensions/0/indicators/0/rule/floor");
    let e = refusal(&single(
        EvidenceKey::OfficeSpace,
        "0",
        json!({ "kind": "yes_no" }),
    ));
    assert_eq!(path_of(&e), "/total");
    let mut doc = single(EvidenceKey::OfficeSpace, "2", json!({ "kind": "yes_no" }));
    doc["dimensions"][0]["indicators"][0]["if_absent"] = json!("3");
    assert_eq!(
        path_of(&refusal(&doc)),
        "/dimensions/0/indicators/0/if_absent"
    );
    doc["dimensions"][0]["indicators"][0]["if_absent"] = json!("-1");
    assert_eq!(
        path_of(&refusal(&doc)),
        "/dimensions/0/indicators/0/if_absent"
    );
}

#[test]
fn a_bonus_item_cannot_exceed_the_cap() {
    let (path, msg) = refused(|d| {
        d["bonus"]["items"][0]["points"] = json!("3");
    });
    assert_eq!(path, "/bonus/items/0/points");
    assert!(
        msg.contains("worth up to 3 points exceeds the bonus cap of 2"),
        "{msg}"
    );
    let (path, _) = refused(|d| d["bonus"]["cap"] = json!("0"));
    assert_eq!(path, "/bonus/cap");
}

#[test]
fn grade_bands_neither_overlap_nor_leave_gaps() {
    let (path, msg) = refused(|d| d["grades"][1]["at_least"] = json!("9"));
    assert_eq!(path, "/grades/1/at_least");
    assert!(msg.contains("9 follows 9"), "{msg}");
    let (path, _) = refused(|d| d["grades"][1]["at_least"] = json!("9.5"));
    assert_eq!(path, "/grades/1/at_least");
    let (path, msg) = refused(|d| d["grades"][3]["at_least"] = json!("1"));
    assert_eq!(path, "/grades/3/at_least");
    assert!(
        msg.contains("totals from 0 up to it have no grade"),
        "{msg}"
    );
    // The base totals 10 plus a bonus cap of 2: a band from 13 can never be reached.
    let (path, msg) = refused(|d| {
        d["grades"] = json!([
            { "id": "excellent", "name_zh": "优秀", "name_en": "Excellent", "at_least": "13" },
            { "id": "fail", "name_zh": "不合格", "name_en": "Fail", "at_least": "0" } ]);
    });
    assert_eq!(path, "/grades/0/at_least");
    assert!(msg.contains("at most 12"), "{msg}");
    let (path, _) = refused(|d| d["vetoes"][0]["caps_grade"] = json!("poor"));
    assert_eq!(path, "/vetoes/0/caps_grade");
}

#[test]
fn tie_breakers_name_real_dimensions() {
    let (path, _) = refused(|d| d["tie_breaks"][0]["id"] = json!("supervision"));
    assert_eq!(path, "/tie_breaks/0/id");
}

#[test]
fn malformed_documents_are_refused_before_validation() {
    let mut doc = base();
    doc["dimensions"][0]["indicators"][0]["pionts"] = json!("6");
    assert!(matches!(refusal(&doc), ScoringError::Malformed { .. }));
    let mut doc = base();
    doc["format_version"] = json!("2");
    assert!(matches!(refusal(&doc), ScoringError::Malformed { .. }));
    let mut doc = base();
    doc["total"] = json!(10);
    assert!(matches!(refusal(&doc), ScoringError::Malformed { .. }));
    // Deserializing a Rubric validates too.
    let mut doc = base();
    doc["total"] = json!("11");
    let e = serde_json::from_value::<Rubric>(doc).expect_err("refused");
    assert!(e.to_string().contains("/total"), "{e}");
}

// ---- the default rubric ----

#[test]
fn the_default_rubric_validates_and_adds_up_to_100() {
    let r = Rubric::default_rubric().expect("valid");
    assert_eq!(r.total(), p("100"));
    let ids: Vec<(&str, String)> = r
        .dimensions()
        .iter()
        .map(|d| (d.name_zh.as_str(), d.points.to_string()))
        .collect();
    assert_eq!(
        ids,
        [
            ("自身建设", "20".to_owned()),
            ("会议召开", "25".into()),
            ("监督工作", "25".into()),
            ("代表工作", "20".into()),
            ("服务大局与创新", "10".into())
        ]
    );
    assert_eq!(r.bonus().map(|b| b.cap), Some(p("5")));
    assert_eq!(r.vetoes().len(), 2);
    let bands: Vec<(&str, Points)> = r
        .grades()
        .iter()
        .map(|g| (g.name_zh.as_str(), g.at_least))
        .collect();
    assert_eq!(
        bands,
        [("优秀", p("90")), ("合格", p("80")), ("不合格", p("0"))]
    );
    for ind in r.dimensions().iter().flat_map(|d| &d.indicators) {
        assert!(
            ind.source.contains("调研报告")
                || ind.source.contains("法")
                || ind.source.contains("条例")
                || ind.source.contains("20"),
            "{} has no source",
            ind.id
        );
    }
}

#[test]
fn every_12345_requirement_is_assessed_by_the_default_rubric() {
    let r = Rubric::default_rubric().expect("valid");
    for req in REQUIREMENTS_12345 {
        assert!(
            !r.indicators_tagged(req.tag).is_empty(),
            "{} ({}) has no indicator",
            req.tag,
            req.zh
        );
    }
    // Every tag the default rubric uses is one of the requirements (no typos).
    let known: Vec<&str> = REQUIREMENTS_12345.iter().map(|r| r.tag).collect();
    for ind in r.dimensions().iter().flat_map(|d| &d.indicators) {
        for tag in &ind.tags {
            assert!(
                known.contains(&tag.as_str()),
                "{}: unknown tag {tag}",
                ind.id
            );
        }
    }
}

#[test]
fn the_satisfaction_rate_is_paired_with_the_solved_share() {
    // 三宝镇 2013: 33 suggestions, 12 not possible, "满意率 100%".
    let r = Rubric::default_rubric().expect("valid");
    let card = r.score(&evidence(&[
        (
            EvidenceKey::SuggestionsSatisfactionRate,
            Value::rate(Rate::ALL),
        ),
        (
            EvidenceKey::SuggestionsSolvedRate,
            Value::rate(rate(21, 33)),
        ),
    ]));
    let find = |id: &str| {
        card.dimensions
            .iter()
            .flat_map(|d| &d.indicators)
            .find(|i| i.id == id)
            .map(|i| (i.points, i.max))
            .expect("indicator")
    };
    assert_eq!(find("suggestions_satisfaction"), (p("1"), p("1")));
    // 21/33 is below two thirds: the companion figure costs the gamed rate its lead.
    assert_eq!(find("suggestions_solved"), (p("1"), p("2")));
}

// ---- evidence ----

#[test]
fn derived_keys_cannot_be_stated() {
    let mut e = evidence(&[]);
    let err = e
        .state(StatedFact::new(
            EvidenceKey::SessionsHeld,
            Value::count(2),
            "乡镇自报",
        ))
        .expect_err("refused");
    assert_eq!(
        err.to_string(),
        "`sessions_held` is derived from the ledger, not stated: it cannot be given by hand"
    );
    let err = e
        .state(StatedFact::new(
            EvidenceKey::SuggestionsSatisfactionRate,
            Value::rate(Rate::ALL),
            "乡镇自报",
        ))
        .expect_err("refused");
    assert_eq!(
        err,
        ScoringError::DerivedNotStated {
            key: EvidenceKey::SuggestionsSatisfactionRate,
            from: "ledger"
        }
    );
    assert_eq!(e, evidence(&[]));
}

#[test]
fn stated_facts_are_checked() {
    let mut e = evidence(&[]);
    let fact = |k, v, s: &str| StatedFact::new(k, v, s);
    assert_eq!(
        e.state(fact(EvidenceKey::OfficeSpace, Value::count(1), "检查")),
        Err(ScoringError::WrongValueKind {
            key: EvidenceKey::OfficeSpace,
            expected: ValueKind::YesNo,
            found: ValueKind::Count
        })
    );
    assert_eq!(
        e.state(fact(EvidenceKey::Staffing, Value::level(3), "文件")),
        Err(ScoringError::LevelTooHigh {
            key: EvidenceKey::Staffing,
            level: 3,
            max: 2
        })
    );
    assert_eq!(
        e.state(fact(EvidenceKey::OfficeSpace, Value::yes(), "  ")),
        Err(ScoringError::MissingSource {
            key: EvidenceKey::OfficeSpace
        })
    );
    assert_eq!(
        e.state(fact(EvidenceKey::OfficeSpace, Value::yes(), "检查")),
        Ok(())
    );
    assert_eq!(e.source(EvidenceKey::OfficeSpace), Some("检查"));
    assert_eq!(
        e.state(fact(EvidenceKey::OfficeSpace, Value::no(), "复查")),
        Err(ScoringError::AlreadyStated {
            key: EvidenceKey::OfficeSpace
        })
    );
    assert_eq!(e.get(EvidenceKey::OfficeSpace), Some(Value::yes()));
}

#[test]
fn the_record_can_contradict_a_stated_fact() {
    let mut e = evidence(&[(EvidenceKey::DeputyGroups, Value::count(0))]);
    let claim = StatedFact::new(EvidenceKey::GroupDutiesAdopted, Value::yes(), "镇人大文件");
    let err = e.state(claim.clone()).expect_err("contradicted");
    assert_eq!(
        err.to_string(),
        "`group_duties_adopted` is stated as yes, but the record shows `deputy_groups` = 0 by 2026-12-31: a deputy group's duties need a deputy group (组织法2022 第四十三条第三款)"
    );
    // "No" is not contradicted, nor "yes" once a group exists.
    assert_eq!(
        e.state(StatedFact::new(
            EvidenceKey::GroupDutiesAdopted,
            Value::no(),
            "镇人大文件"
        )),
        Ok(())
    );
    let mut with_group = evidence(&[(EvidenceKey::DeputyGroups, Value::count(2))]);
    assert_eq!(with_group.state(claim), Ok(()));
}

#[test]
fn stating_several_facts_is_all_or_nothing() {
    let mut e = evidence(&[]);
    let before = e.clone();
    let result = e.state_all([
        StatedFact::new(EvidenceKey::OfficeSpace, Value::yes(), "检查"),
        StatedFact::new(EvidenceKey::SessionsHeld, Value::count(2), "自报"),
    ]);
    assert!(result.is_err());
    assert_eq!(e, before);
}

#[test]
fn the_internal_setter_is_for_derived_keys_only() {
    let mut e = evidence(&[]);
    assert_eq!(
        e.set_derived(EvidenceKey::OfficeSpace, Value::yes()),
        Err(ScoringError::StatedNotDerived {
            key: EvidenceKey::OfficeSpace
        })
    );
    assert_eq!(
        e.set_derived(EvidenceKey::DutyReports, Value::yes()),
        Err(ScoringError::WrongValueKind {
            key: EvidenceKey::DutyReports,
            expected: ValueKind::Count,
            found: ValueKind::YesNo
        })
    );
    assert_eq!(
        e.set_derived(EvidenceKey::DutyReports, Value::count(3)),
        Ok(())
    );
    let card = Rubric::default_rubric().expect("valid").score(&e);
    let duty = card.dimensions[3]
        .indicators
        .iter()
        .find(|i| i.id == "duty_reports")
        .expect("indicator");
    assert_eq!(
        (duty.points, duty.evidence),
        (p("2"), Some(Value::count(3)))
    );
}

#[test]
fn evidence_round_trips_and_refuses_inconsistent_documents() {
    let e = evidence(&[
        (EvidenceKey::SessionsHeld, Value::count(2)),
        (
            EvidenceKey::SessionAttendanceRate,
            Value::rate(rate(44, 46)),
        ),
        (EvidenceKey::OfficeSpace, Value::yes()),
        (EvidenceKey::ArchiveRating, Value::level(2)),
    ]);
    let text = serde_json::to_string(&e).expect("json");
    assert_eq!(serde_json::from_str::<Evidence>(&text).expect("valid"), e);
    let wire: Json = serde_json::from_str(&text).expect("json");
    assert_eq!(
        wire["items"]["office_space"]["origin"],
        json!({ "kind": "stated", "source": "测试" })
    );
    assert_eq!(
        wire["items"]["sessions_held"]["origin"],
        json!({ "kind": "derived" })
    );
    for (pointer, bad) in [
        ("/items/office_space/origin", json!({ "kind": "derived" })),
        (
            "/items/sessions_held/origin",
            json!({ "kind": "stated", "source": "自报" }),
        ),
        (
            "/items/sessions_held/value",
            json!({ "kind": "yes_no", "yes": true }),
        ),
        (
            "/items/archive_rating/value",
            json!({ "kind": "level", "level": 9 }),
        ),
        (
            "/items/office_space/origin",
            json!({ "kind": "stated", "source": "" }),
        ),
        ("/as_of", json!("2025-12-31")),
    ] {
        let mut doc = wire.clone();
        *doc.pointer_mut(pointer).expect("pointer") = bad;
        assert!(
            serde_json::from_value::<Evidence>(doc).is_err(),
            "{pointer} accepted"
        );
    }
}

// ---- determinism ----

#[test]
fn scoring_twice_gives_the_same_bytes() {
    let r = Rubric::default_rubric().expect("valid");
    let e = evidence(&[
        (EvidenceKey::SessionsHeld, Value::count(2)),
        (EvidenceKey::SessionsFloorMet, Value::yes()),
        (
            EvidenceKey::SessionAttendanceRate,
            Value::rate(rate(44, 46)),
        ),
        (EvidenceKey::OfficeSpace, Value::yes()),
        (EvidenceKey::Commendations, Value::count(1)),
    ]);
    let a = serde_json::to_string(&r.score(&e)).expect("json");
    let b = serde_json::to_string(&r.clone().score(&e.clone())).expect("json");
    assert_eq!(a, b);
    // And a scorecard reads back as itself.
    let back: Scorecard = serde_json::from_str(&a).expect("json");
    assert_eq!(serde_json::to_string(&back).expect("json"), a);
}

// ---- ranking ----

/// A rubric of two dimensions: `a` (yes/no office, 6) and `b` (count target 2 on innovations,
/// 4), with the given tie-breakers.
fn two_dimensions(tie_breaks: Json) -> Rubric {
    rubric(&json!({
        "format_version": "1", "name": "排名细则", "total": "10",
        "dimensions": [
            { "id": "a", "name_zh": "甲项", "name_en": "A", "points": "6",
              "indicators": [indicator("office", EvidenceKey::OfficeSpace, "6", json!({ "kind": "yes_no" }))] },
            { "id": "b", "name_zh": "乙项", "name_en": "B", "points": "4",
              "indicators": [indicator("innovations", EvidenceKey::Innovations, "4", json!({ "kind": "count_target", "target": 2 }))] }
        ],
        "grades": [{ "id": "all", "name_zh": "合格", "name_en": "Pass", "at_least": "0" }],
        "tie_breaks": tie_breaks
    }))
}

fn town(name: &str, office: bool, innovations: u32) -> Evidence {
    evidence_of(
        name,
        &[
            (EvidenceKey::OfficeSpace, Value::yes_no(office)),
            (EvidenceKey::Innovations, Value::count(innovations)),
        ],
    )
}

fn ranks(r: &Ranking) -> Vec<(u32, &str)> {
    r.rows
        .iter()
        .map(|row| (row.rank, row.township.as_str()))
        .collect()
}

#[test]
fn competition_ranking_shares_exact_ties() {
    let r = two_dimensions(json!([]));
    // Totals: 丁 10, 甲 8 (6 + 2), 乙 8 (6 + 2), 丙 4.
    let towns = [
        town("甲镇", true, 1),
        town("乙乡", true, 1),
        town("丙镇", false, 2),
        town("丁乡", true, 2),
    ];
    let ranking = r.rank(&towns).expect("ranked");
    assert_eq!(
        ranks(&ranking),
        [(1, "丁乡"), (2, "乙乡"), (2, "甲镇"), (4, "丙镇")]
    );
    assert_eq!(ranking.rows[1].total, p("8"));
    // The same from scorecards.
    let cards: Vec<Scorecard> = towns.iter().map(|t| r.score(t)).collect();
    assert_eq!(r.rank_scorecards(&cards).expect("ranked"), ranking);
    // Leaders per dimension, ties included.
    let leaders: Vec<(&str, Points, Vec<&str>)> = ranking
        .leaders
        .iter()
        .map(|l| {
            (
                l.dimension.as_str(),
                l.points,
                l.townships.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        leaders,
        [
            ("a", p("6"), vec!["丁乡", "乙乡", "甲镇"]),
            ("b", p("4"), vec!["丁乡", "丙镇"])
        ]
    );
}

#[test]
fn tie_breakers_split_ties_in_turn() {
    // 甲 and 乙 score 6 each (office, no innovation), 丙 4.
    let towns = [
        town("甲镇", true, 0),
        town("乙乡", true, 0),
        town("丙镇", false, 2),
    ];
    let plain = two_dimensions(json!([])).rank(&towns).expect("ranked");
    assert_eq!(ranks(&plain), [(1, "乙乡"), (1, "甲镇"), (3, "丙镇")]);
    // A tie-breaker on which they are equal leaves the tie…
    let by_b = two_dimensions(json!([{ "kind": "dimension", "id": "b" }]));
    assert_eq!(ranks(&by_b.rank(&towns).expect("ranked")), ranks(&plain));
    // …the next one, by name (Unicode order: 乙 before 甲), ends it.
    let then_name =
        two_dimensions(json!([{ "kind": "dimension", "id": "b" }, { "kind": "township" }]));
    let ranking = then_name.rank(&towns).expect("ranked");
    assert_eq!(ranks(&ranking), [(1, "乙乡"), (2, "甲镇"), (3, "丙镇")]);
}

#[test]
fn a_dimension_tie_breaker_decides_equal_totals() {
    // Equal totals of 6, built differently: 6 from a, or 4 from b plus a bonus of 2.
    let r = rubric(&json!({
        "format_version": "1", "name": "排名细则", "total": "10",
        "dimensions": [
            { "id": "a", "name_zh": "甲项", "name_en": "A", "points": "6",
              "indicators": [indicator("office", EvidenceKey::OfficeSpace, "6", json!({ "kind": "yes_no" }))] },
            { "id": "b", "name_zh": "乙项", "name_en": "B", "points": "4",
              "indicators": [indicator("innovations", EvidenceKey::Innovations, "4", json!({ "kind": "count_target", "target": 2 }))] }
        ],
        "bonus": { "cap": "2", "items": [indicator("commended", EvidenceKey::Commendations, "2", json!({ "kind": "per_occurrence", "per": "2" }))] },
        "grades": [{ "id": "all", "name_zh": "合格", "name_en": "Pass", "at_least": "0" }],
        "tie_breaks": [{ "kind": "dimension", "id": "b" }]
    }));
    let a = evidence_of("甲镇", &[(EvidenceKey::OfficeSpace, Value::yes())]);
    let b = evidence_of(
        "乙乡",
        &[
            (EvidenceKey::Innovations, Value::count(2)),
            (EvidenceKey::Commendations, Value::count(1)),
        ],
    );
    let ranking = r.rank(&[a, b]).expect("ranked");
    assert_eq!(ranks(&ranking), [(1, "乙乡"), (2, "甲镇")]);
    assert_eq!(
        (ranking.rows[0].total, ranking.rows[1].total),
        (p("6"), p("6"))
    );
}

#[test]
fn rankings_refuse_duplicates_mixed_years_and_other_rubrics() {
    let r = two_dimensions(json!([]));
    assert_eq!(
        r.rank(&[town("甲镇", true, 0), town("甲镇", false, 0)]),
        Err(ScoringError::DuplicateTownship {
            township: "甲镇".into()
        })
    );
    let last_year = Evidence::empty(
        "乙乡".into(),
        2025,
        NaiveDate::from_ymd_opt(2025, 12, 31).expect("date"),
    );
    assert!(matches!(
        r.rank(&[town("甲镇", true, 0), last_year]),
        Err(ScoringError::MixedYears {
            year: 2026,
            found: 2025,
            ..
        })
    ));
    let other = Rubric::default_rubric()
        .expect("valid")
        .score(&town("甲镇", true, 0));
    assert!(matches!(
        r.rank_scorecards(&[other]),
        Err(ScoringError::OtherRubric { .. })
    ));
    assert_eq!(r.rank(&[]).map(|k| k.rows.len()), Ok(0));
}

#[test]
fn year_over_year_matches_townships_and_dimensions() {
    let r = two_dimensions(json!([]));
    let last = [r.score(&town("甲镇", false, 1))];
    let this = [
        r.score(&town("甲镇", true, 0)),
        r.score(&town("新镇", true, 2)),
    ];
    let changes = year_over_year(&this, &last);
    assert_eq!(changes[0].total.delta, Some(p("4"))); // 2 → 6
    assert_eq!(changes[0].dimensions[0].change.delta, Some(p("6")));
    assert_eq!(changes[0].dimensions[1].change.delta, Some(p("-2")));
    assert_eq!(
        (changes[1].total.last, changes[1].total.delta),
        (None, None)
    );
}

#[test]
fn the_county_summary_finds_the_weakest_indicator_exactly() {
    let r = two_dimensions(json!([]));
    // a: 6 of 6 three times out of four (75 %); b: innovations 1, 1, 1, 2 → 2+2+2+4 of 16 (62.5 %).
    let towns = [
        town("甲镇", true, 1),
        town("乙乡", true, 1),
        town("丙镇", true, 1),
        town("丁乡", false, 2),
    ];
    let cards: Vec<Scorecard> = towns.iter().map(|t| r.score(t)).collect();
    let s = CountySummary::of(&r, &cards).expect("summary");
    let w = s.weakest.expect("weakest");
    assert_eq!(
        (w.id.as_str(), w.points, w.max, w.share.as_str()),
        ("innovations", p("10"), p("16"), "62.5%")
    );
    assert_eq!(s.grades[0].count, 4);
    assert!(s.no_evidence.is_empty());
    // A tie goes to the first in the rubric's order: a at 50 % and b at 50 %.
    let towns = [town("甲镇", true, 0), town("乙乡", false, 2)];
    let cards: Vec<Scorecard> = towns.iter().map(|t| r.score(t)).collect();
    let w = CountySummary::of(&r, &cards)
        .expect("summary")
        .weakest
        .expect("weakest");
    assert_eq!(w.id, "office");
}

#[test]
fn totals_agree_with_the_full_scorecard() {
    let r = Rubric::default_rubric().expect("valid");
    for n in 0..60_u32 {
        let e = evidence(&[
            (EvidenceKey::SessionsFloorMet, Value::yes_no(n % 7 != 0)),
            (EvidenceKey::SessionsNormalMet, Value::yes_no(n % 2 == 0)),
            (
                EvidenceKey::PresidiumQuartersWithoutMeeting,
                Value::count(n % 5),
            ),
            (
                EvidenceKey::SessionAttendanceRate,
                Value::rate(rate(40 + n % 7, 46)),
            ),
            (EvidenceKey::UnexcusedAbsences, Value::count(n % 4)),
            (EvidenceKey::InspectionsHeld, Value::count(n % 3)),
            (
                EvidenceKey::Staffing,
                Value::level(u8::try_from(n % 3).expect("small")),
            ),
            (EvidenceKey::Commendations, Value::count(n % 4)),
            (EvidenceKey::InnovationsPromoted, Value::count(n % 2)),
            (EvidenceKey::SeriousViolation, Value::yes_no(n % 11 == 0)),
        ]);
        let (t, card) = (r.totals(&e), r.score(&e));
        assert_eq!(t.total, card.total);
        assert_eq!(t.subtotal, card.subtotal);
        assert_eq!(
            t.dimensions,
            card.dimensions.iter().map(|d| d.points).collect::<Vec<_>>()
        );
        assert_eq!(r.grades()[t.grade].id, card.grade.id);
        assert_eq!(t.vetoed, card.vetoes.iter().any(|v| v.triggered));
    }
}
