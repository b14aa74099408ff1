//! Issue 10, acceptance: two townships' years built through the ledger, their evidence derived
//! and completed with stated facts, scored under the default rubric and checked point by point
//! against figures worked out by hand below; then the county's ranking.
//!
//! Both towns have 12 deputies (deputy 1 chair, 2 vice-chair, units 1–3) and hold their first
//! session on 15–16 January; the presidium of each session is deputies 1–9.
//!
//! * **青山镇** keeps every rule: two sessions with every report, the presidium every quarter,
//!   a recess plan, a special report, an inspection whose item is closed, a work appraisal, a
//!   thematic inquiry, both suggestions answered on time and solved, a contact office, every
//!   deputy at a station, an active group, training, three duty reports.
//! * **石桥乡** does the minimum on the sessions and the presidium (one session, one meeting,
//!   deputy 12 absent without leave), no recess plan; it checks the law's enforcement and
//!   inspects twice, but leaves a rectification item open; one suggestion is answered late and
//!   "could not be solved", yet both sponsors say they are satisfied; it receives voters often
//!   and does five deeds for them.

mod common;
mod proposal_fixtures;

use common::{
    S1, Town, activity, day, dep, deputies, deputy, duty_report, group, meeting, presidium,
    rectification, staff, station, unit_actor,
};
use proposal_fixtures::{p, suggestion};
use township_congress::RosterChange;
use township_congress::deputy::{DeputyCommand as D, TrainingOrganiser};
use township_congress::ids::{DeedId, GroupActivityId, ReceptionId, SessionId, TrainingId};
use township_congress::presidium::{PlanItem, PlanItemKind, PresidiumDecision};
use township_congress::proposal::{ProposalCommand, Rating};
use township_congress::scoring::{
    CountySummary, Evidence, EvidenceKey, Points, Rate, Rubric, Scorecard, StatedFact, Value,
};
use township_congress::session::Subject;
use township_congress::supervision::ActivityKind;

/// 青山镇's mid-year session.
const S2: SessionId = SessionId::from_u128(901);

/// A town of 12 deputies with its first session open on 15 January, the deputies `present`
/// registered.
fn twelve(present: impl IntoIterator<Item = u32>) -> Town {
    Town::with_deputies(12)
        .chair(1)
        .vice_chairs(&[2])
        .units(3)
        .first_session_open_with(present)
}

/// The chair convenes a presidium meeting today, members 1–9 present; nothing is decided.
fn presidium_meets(t: &mut Town, n: u32) {
    t.meeting(meeting(n), 1, 1..=9);
    t.close_meeting(meeting(n), 1);
}

/// Deputy `drafter` files suggestion `n` today, with `cosigners`.
fn file(t: &mut Town, n: u32, drafter: u32, cosigners: impl IntoIterator<Item = u32>) {
    t.draft_signed(suggestion(n), drafter, cosigners);
    t.submit_by(deputy(drafter), p(n));
}

/// Unit 1, the lead unit, replies to suggestion `n` today in result class `class`.
fn reply(t: &mut Town, n: u32, class: &str) {
    let reply = ProposalCommand::ReplySuggestion {
        proposal: p(n),
        class: class.into(),
        reply: "已办理".into(),
    };
    t.ok(unit_actor(1), reply);
}

/// Deputy `sponsor` rates the reply to suggestion `n`.
fn rate(t: &mut Town, n: u32, sponsor: u32, rating: Rating) {
    let rate = ProposalCommand::RateSuggestion {
        proposal: p(n),
        rating,
    };
    t.ok(deputy(sponsor), rate);
}

/// Deputies `members` form deputy group 1 today.
fn form_group(t: &mut Town, members: impl IntoIterator<Item = u32>) {
    let on = t.today();
    let formed = RosterChange::GroupFormed {
        group: group(1),
        name: "第一代表小组".into(),
        area: "东片".into(),
        members: deputies(members),
        on,
    };
    t.ok(presidium(), formed);
}

/// Group 1 meets today (activity `n`), members 1–3 taking part.
fn group_meets(t: &mut Town, n: u128) {
    let on = t.today();
    let activity = D::RecordGroupActivity {
        activity: GroupActivityId::from_u128(n),
        group: group(1),
        on,
        topic: "走访选民".into(),
        participants: deputies(1..=3),
    };
    t.ok(staff(), activity);
}

/// Deputy `host` receives voters at station 1 today (reception `n`).
fn receive_voters(t: &mut Town, n: u128, host: u32) {
    let on = t.today();
    let reception = D::RecordReception {
        reception: ReceptionId::from_u128(n),
        station: station(1),
        on,
        deputies: deputies([host]),
        voters: 20,
        issues: Vec::new(),
    };
    t.ok(deputy(host), reception);
}

/// Deputy `who` does a deed for voters today (deed `n`).
fn deed(t: &mut Town, n: u128, who: u32) {
    let on = t.today();
    let deed = D::RecordDeed {
        deed: DeedId::from_u128(n),
        on,
        deputies: deputies([who]),
        description: "帮助修缮村道".into(),
    };
    t.ok(staff(), deed);
}

/// Deputy `who` reports to the constituency today (report `n`).
fn duty_report_by(t: &mut Town, n: u32, who: u32) {
    let on = t.today();
    let report = D::RecordDutyReport {
        report: duty_report(n),
        deputy: dep(who),
        on,
        place: "村委会".into(),
        audience: 60,
    };
    t.ok(presidium(), report);
}

/// 青山镇's 2026, day by day: see the module docs.
fn qingshan() -> Town {
    let mut t = twelve(1..=12);
    t.adopt(S1, 3, Subject::GovernmentWorkReport {});
    t.adopt(S1, 4, Subject::Budget {});
    t.on(1, 16);
    t.close(S1);
    t.on(2, 1);
    let office = RosterChange::ContactOfficeOpened {
        name: "青山镇人大代表联络室".into(),
        on: day(2, 1),
    };
    t.ok(presidium(), office);
    t.on(2, 11);
    t.open_station(1, "青山村", 1..=12); // every deputy at a station
    t.on(3, 1);
    form_group(&mut t, 1..=4);
    t.on(3, 2);
    let plan = PresidiumDecision::ApproveRecessPlan {
        year: 2026,
        items: vec![PlanItem::new(PlanItemKind::Inspection, "集镇污水管网视察")],
    };
    t.presidium_decides(1, plan); // Q1
    t.on(3, 5);
    file(&mut t, 1, 4, [5, 6]);
    file(&mut t, 2, 7, []);
    t.on(3, 15);
    group_meets(&mut t, 1);
    t.on(3, 20);
    let training = D::RecordTraining {
        training: TrainingId::from_u128(1),
        on: day(3, 20),
        title: "代表履职培训".into(),
        organiser: TrainingOrganiser::Presidium,
        attendees: deputies(1..=12),
    };
    t.ok(presidium(), training);
    t.on(4, 10);
    t.hand_over(2, &[p(1), p(2)], 1, &[]); // Q2; due 10 July
    t.on(4, 20);
    t.activity_delivered(activity(1), ActivityKind::Inspection, &[2], 1..=6);
    t.raise(activity(1), rectification(1), 2, day(6, 30));
    t.on(5, 8);
    receive_voters(&mut t, 1, 5);
    t.on(5, 10);
    let convene = PresidiumDecision::ConveneSession {
        session: S2,
        opens_on: day(7, 15),
    };
    t.presidium_decides(3, convene);
    t.on(5, 20);
    t.activity_delivered(activity(2), ActivityKind::SpecialWorkReport, &[1], 1..=12);
    t.on(6, 1);
    reply(&mut t, 1, "A");
    reply(&mut t, 2, "A");
    t.on(6, 5);
    rate(&mut t, 1, 4, Rating::Satisfied);
    rate(&mut t, 2, 7, Rating::Satisfied);
    t.on(6, 15);
    group_meets(&mut t, 2);
    t.on(6, 20);
    t.follow_to_closure(rectification(1), 2);
    t.on(7, 15);
    t.attend(S2, 1..=12);
    t.prepare_and_open(S2, &(1..=9).collect::<Vec<_>>());
    t.adopt(S2, 3, Subject::BudgetExecutionReport {});
    t.adopt(S2, 4, Subject::PresidiumWorkReport {});
    t.close(S2);
    t.on(8, 8);
    receive_voters(&mut t, 2, 5);
    t.on(8, 10);
    presidium_meets(&mut t, 4); // Q3
    t.on(9, 9);
    deed(&mut t, 1, 8);
    t.on(9, 15);
    group_meets(&mut t, 3);
    t.on(10, 20);
    t.activity_delivered(activity(3), ActivityKind::WorkAppraisal, &[3], 1..=12);
    t.on(11, 10);
    presidium_meets(&mut t, 5); // Q4
    t.on(11, 20);
    t.activity_delivered(activity(4), ActivityKind::ThematicInquiry, &[1], 1..=9);
    t.on(12, 1);
    for (n, who) in [(1, 10), (2, 11), (3, 12)] {
        duty_report_by(&mut t, n, who);
    }
    t.on(12, 15);
    group_meets(&mut t, 4);
    t
}

/// 石桥乡's 2026, day by day: see the module docs.
fn shiqiao() -> Town {
    let mut t = twelve(1..=11); // deputy 12 never registers
    t.adopt(S1, 3, Subject::GovernmentWorkReport {});
    t.on(1, 16);
    t.close(S1);
    t.on(2, 11);
    t.open_station(1, "石桥村", 1..=6); // half the deputies at a station
    t.on(3, 1);
    form_group(&mut t, 1..=3);
    t.on(3, 5);
    file(&mut t, 1, 5, []);
    file(&mut t, 2, 6, []);
    t.on(3, 10);
    t.hand_over(1, &[p(1), p(2)], 1, &[]); // the only presidium meeting; due 10 June
    t.on(3, 20);
    group_meets(&mut t, 1);
    t.on(4, 1);
    deed(&mut t, 1, 3);
    t.on(4, 8);
    receive_voters(&mut t, 1, 3);
    t.on(4, 15);
    t.activity_delivered(activity(1), ActivityKind::LawEnforcementCheck, &[2], 1..=8);
    t.raise(activity(1), rectification(1), 2, day(6, 30));
    t.raise(activity(1), rectification(2), 2, day(8, 31));
    t.on(5, 1);
    deed(&mut t, 2, 4);
    t.on(5, 15);
    t.activity_delivered(activity(2), ActivityKind::Inspection, &[3], 1..=8);
    t.on(5, 20);
    reply(&mut t, 1, "A");
    t.on(6, 8);
    receive_voters(&mut t, 2, 3);
    t.on(6, 15);
    t.activity_delivered(activity(3), ActivityKind::Research, &[3], 1..=8);
    t.on(6, 20);
    t.follow_to_closure(rectification(1), 2);
    t.on(7, 1);
    reply(&mut t, 2, "C"); // three weeks late, and not possible for now
    t.on(7, 5);
    rate(&mut t, 1, 5, Rating::Satisfied);
    rate(&mut t, 2, 6, Rating::BasicallySatisfied);
    t.on(7, 10);
    deed(&mut t, 3, 5);
    t.on(8, 8);
    receive_voters(&mut t, 3, 3);
    t.on(9, 1);
    deed(&mut t, 4, 6);
    t.on(10, 8);
    receive_voters(&mut t, 4, 3);
    t.on(11, 1);
    deed(&mut t, 5, 2);
    t.on(12, 1);
    duty_report_by(&mut t, 1, 7);
    t
}

/// Facts stated with their sources.
fn facts(list: &[(EvidenceKey, Value, &str)]) -> Vec<StatedFact> {
    list.iter()
        .map(|(key, value, source)| StatedFact::new(*key, *value, *source))
        .collect()
}

/// What the county's check found at 青山镇 (stated, each with its source).
fn qingshan_facts() -> Vec<StatedFact> {
    use EvidenceKey as K;
    let check = "县人大常委会 2026-12-20 实地检查";
    facts(&[
        (K::OfficeSpace, Value::yes(), check),
        (K::OfficeEquipment, Value::yes(), check),
        (K::Staffing, Value::level(2), "镇党委 2026年第5号任职文件"),
        (K::ActivityBudget, Value::yes(), "镇2026年财政预算"),
        (K::RulesOfProcedureAdopted, Value::yes(), check),
        (K::JobDutiesAdopted, Value::yes(), check),
        (K::DualContactSystemAdopted, Value::yes(), check),
        (
            K::PartyCommitteeStudied,
            Value::count(2),
            "镇党委会议纪要第3、9期",
        ),
        (K::ArchiveRating, Value::level(3), check),
        (K::PublicityItems, Value::count(4), "镇政府网站"),
        (K::Innovations, Value::count(0), check),
        (K::Commendations, Value::count(1), "县委 2026年表彰决定"),
        (K::HigherLevelPublicity, Value::count(2), "县融媒体中心"),
        (K::SeriousViolation, Value::no(), "县纪委 2026年函"),
    ])
}

/// What the county's check found at 石桥乡; its job duties were not checked (no evidence).
fn shiqiao_facts() -> Vec<StatedFact> {
    use EvidenceKey as K;
    let check = "县人大常委会 2026-12-21 实地检查";
    facts(&[
        (K::OfficeSpace, Value::yes(), check),
        (K::OfficeEquipment, Value::no(), check),
        (K::Staffing, Value::level(1), "乡党委 2026年第2号文件"),
        (K::ActivityBudget, Value::no(), "乡2026年财政预算"),
        (K::RulesOfProcedureAdopted, Value::yes(), check),
        (K::DualContactSystemAdopted, Value::no(), check),
        (
            K::PartyCommitteeStudied,
            Value::count(1),
            "乡党委会议纪要第4期",
        ),
        (K::ArchiveRating, Value::level(2), check),
        (K::PublicityItems, Value::count(2), "乡政府网站"),
        (K::Innovations, Value::count(1), "“板凳会”收集民意"),
        (
            K::InnovationsPromoted,
            Value::count(1),
            "县人大常委会 2026年推广通知",
        ),
    ])
}

/// The year-end evidence of a town under `name`: derived as of 31 December, then the facts.
fn evidence(town: Town, name: &str, facts: Vec<StatedFact>) -> Evidence {
    let town = town.renamed(name);
    let mut e = Evidence::derive(&town.ledger, 2026, day(12, 31)).expect("derived");
    e.state_all(facts).expect("stated");
    e
}

fn card(e: &Evidence) -> Scorecard {
    Rubric::default_rubric().expect("default rubric").score(e)
}

fn pts(text: &str) -> Points {
    text.parse().expect("points")
}

/// The indicators the two records differ in, with the points worked out by hand from the
/// default rubric (`src/scoring/default_rubric.json`): `(id, 青山镇, 石桥乡)`. Every other
/// indicator scores the same in both (office 3, rules of procedure 2, one session 4, quorum at
/// every opening 3, government work report 3, satisfaction 1, groups at strength 1).
const DIFFERENT: [(&str, &str, &str); 33] = [
    // 自身建设 (stated): yes/no gives the maximum or 0; staff level 2 → 3, level 1 → 2;
    // Party committee 2 of target 2 → 2, 1 of 2 → 1; archive level 3 → 2, level 2 → 1.
    ("office_equipment", "2", "0"),
    ("staffing", "3", "2"),
    ("activity_budget", "3", "0"),
    ("job_duties", "1", "0"), // not stated at 石桥乡: no evidence, 0
    ("dual_contact", "2", "0"),
    ("party_committee_studied", "2", "1"),
    ("archive", "2", "1"),
    // 会议召开: two sessions against one; the budget, its execution and the presidium's
    // report voted at 青山镇 only; quarters without a presidium meeting 0 against 3 (3 − 3 × 1);
    // attendance 24/24 against 11/12 = 91.6% (the 90% band).
    ("sessions_normal_met", "4", "0"),
    ("budget", "2", "0"),
    ("budget_execution", "2", "0"),
    ("presidium_work_report", "2", "0"),
    ("presidium_quarterly", "3", "0"),
    ("attendance", "2", "1"),
    // 监督工作: plan yes/no; special report 1/0 (target 1); inspections and research 1 against
    // 2 (target 2: 4 × 1/2 = 2); law-enforcement check 0/1; appraisal 1/0; rigid tools (the
    // thematic inquiry) 1/0; rectification closed 1/1 against 1/2 = 50% (below the 60% band).
    ("recess_plan", "3", "0"),
    ("special_work_reports", "4", "0"),
    ("inspections", "2", "4"),
    ("law_enforcement_checks", "0", "3"),
    ("work_appraisals", "4", "0"),
    ("rigid_supervision", "3", "0"),
    ("rectification", "4", "0"),
    // 代表工作: on time 2/2 against 1/2 (below 80%); solved 2/2 against 1/2 (the 1/2 band);
    // group meetings 4 against 1 (the yardstick is 4: 1/1 against 0/1 groups); contact office
    // yes/no; stations 12/12 against 6/12; receptions 2 against 4 (target 4: 2 × 2/4 = 1);
    // training 1/0; duty reports 3 against 1 (target 3: 2 × 1/3 = 0.666…, rounded down to
    // 0.66); records with an entry 12/12 against 11/12 (the 90% band); unexcused absences 0
    // against 1 (1 − 0.5).
    ("suggestions_answered_on_time", "3", "0"),
    ("suggestions_solved", "2", "1"),
    ("group_activity", "2", "0"),
    ("contact_office", "1", "0"),
    ("station_coverage", "2", "0"),
    ("voter_receptions", "1", "2"),
    ("training", "1", "0"),
    ("duty_reports", "2", "0.66"),
    ("performance_records", "2", "1"),
    ("unexcused_absences", "1", "0.5"),
    // 服务大局与创新: deeds 1 against 5 (target 5: 4 × 1/5 = 0.8); publicity 4 against 2
    // (target 4: 3 × 2/4 = 1.5); innovations 0 against 1.
    ("deeds_for_voters", "0.8", "4"),
    ("publicity", "3", "1.5"),
    ("innovations", "0", "3"),
];

fn points_of(card: &Scorecard) -> Vec<(&str, Points)> {
    card.dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .map(|i| (i.id.as_str(), i.points))
        .collect()
}

/// Issue 10 — two townships' years scored point by point, as worked out by hand.
#[test]
fn two_townships_score_as_worked_out_by_hand() {
    let qingshan = card(&evidence(qingshan(), "青山镇", qingshan_facts()));
    let shiqiao = card(&evidence(shiqiao(), "石桥乡", shiqiao_facts()));

    let (a, b) = (points_of(&qingshan), points_of(&shiqiao));
    for (id, in_a, in_b) in DIFFERENT {
        let find = |all: &[(&str, Points)]| all.iter().find(|(i, _)| *i == id).map(|(_, p)| *p);
        assert_eq!(find(&a), Some(pts(in_a)), "青山镇 {id}");
        assert_eq!(find(&b), Some(pts(in_b)), "石桥乡 {id}");
    }
    for ((id, x), (_, y)) in a.iter().zip(&b) {
        if !DIFFERENT.iter().any(|(d, _, _)| d == id) {
            assert_eq!(x, y, "{id} should score the same in both");
        }
    }

    let subtotals = |c: &Scorecard| -> Vec<(String, Points)> {
        c.dimensions
            .iter()
            .map(|d| (d.id.clone(), d.points))
            .collect()
    };
    let expect = |figures: [&str; 5]| -> Vec<(String, Points)> {
        [
            "self_building",
            "sessions",
            "supervision",
            "deputies",
            "service_innovation",
        ]
        .into_iter()
        .zip(figures)
        .map(|(id, p)| (id.to_owned(), pts(p)))
        .collect()
    };
    // 青山镇: 20 + 25 + 20 + 19 + 3.8 = 87.8, bonus 2 (a commendation) + 1 (two items in
    // county media at 0.5) = 3, total 90.8: 优秀 (90 and above).
    assert_eq!(
        subtotals(&qingshan),
        expect(["20", "25", "20", "19", "3.8"])
    );
    assert_eq!(qingshan.subtotal, pts("87.8"));
    assert_eq!(qingshan.bonus.as_ref().map(|b| b.points), Some(pts("3")));
    assert_eq!(qingshan.total, pts("90.8"));
    assert_eq!(qingshan.grade.name_zh, "优秀");
    // 石桥乡: 9 + 11 + 7 + 7.16 + 8.5 = 42.66, bonus 2 (an innovation promoted), total 44.66:
    // 不合格 (below 80).
    assert_eq!(subtotals(&shiqiao), expect(["9", "11", "7", "7.16", "8.5"]));
    assert_eq!(shiqiao.subtotal, pts("42.66"));
    assert_eq!(shiqiao.bonus.as_ref().map(|b| b.points), Some(pts("2")));
    assert_eq!(shiqiao.total, pts("44.66"));
    assert_eq!(shiqiao.grade.name_zh, "不合格");
    for c in [&qingshan, &shiqiao] {
        assert!(c.vetoes.iter().all(|v| !v.triggered), "{}", c.township);
        assert_eq!(c.grade, c.grade_by_points);
    }
}

/// The scorecard explains each point: the evidence, the rule, the points, in both languages.
#[test]
fn the_scorecard_explains_each_point() {
    let shiqiao = card(&evidence(shiqiao(), "石桥乡", shiqiao_facts()));
    let indicator = |id: &str| {
        shiqiao
            .dimensions
            .iter()
            .flat_map(|d| &d.indicators)
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("no indicator {id}"))
    };
    let reports = indicator("duty_reports");
    assert_eq!(reports.evidence, Some(Value::count(1)));
    assert_eq!(
        reports.explanation_zh,
        "向选民述职的代表人数：1名，目标3名，得0.66分（满分2分）"
    );
    // Satisfied at 100% while half the suggestions could not be solved: the rubric pairs the
    // figure practice rewards with the honest one.
    let all = Rate::new(2, 2).expect("rate");
    assert_eq!(
        indicator("suggestions_satisfaction").evidence,
        Some(Value::rate(all))
    );
    let half = Rate::new(1, 2).expect("rate");
    assert_eq!(
        indicator("suggestions_solved").evidence,
        Some(Value::rate(half))
    );
    assert_eq!(
        indicator("suggestions_answered_on_time").evidence,
        Some(Value::rate(half))
    );
    // Not stated, not zero: "no evidence", scored as the rubric says (0).
    let duties = indicator("job_duties");
    assert!(duties.evidence.is_none());
    assert!(
        duties.explanation_zh.starts_with("无证据"),
        "{}",
        duties.explanation_zh
    );
    assert!(
        duties.explanation_en.starts_with("no evidence"),
        "{}",
        duties.explanation_en
    );
    for i in shiqiao.dimensions.iter().flat_map(|d| &d.indicators) {
        assert!(
            !i.explanation_zh.is_empty() && !i.explanation_en.is_empty(),
            "{}",
            i.id
        );
    }
}

/// Issue 10 — the county ranking: competition ranks (1, 2, 2, 4) with an exact tie, and each
/// dimension's leaders. 河口乡 is 石桥乡's record and facts under another name, so the two
/// tie on everything; 柳溪乡 opened its term and recorded nothing else: no session all year,
/// the veto.
#[test]
fn the_county_ranks_them_with_ties_and_leaders() {
    let idle = Town::with_deputies(12)
        .chair(1)
        .vice_chairs(&[2])
        .units(3)
        .build();
    let county = [
        evidence(shiqiao(), "石桥乡", shiqiao_facts()),
        evidence(idle, "柳溪乡", Vec::new()),
        evidence(qingshan(), "青山镇", qingshan_facts()),
        evidence(shiqiao(), "河口乡", shiqiao_facts()),
    ];
    let rubric = Rubric::default_rubric().expect("default rubric");
    let ranking = rubric.rank(&county).expect("ranked");
    let rows: Vec<(u32, &str, Points, &str, bool)> = ranking
        .rows
        .iter()
        .map(|r| {
            (
                r.rank,
                r.township.as_str(),
                r.total,
                r.grade.as_str(),
                r.vetoed,
            )
        })
        .collect();
    // 柳溪乡 keeps only what nothing can break: no group below strength (1) and no absence
    // (1) — 2 points, and the no-session veto.
    assert_eq!(
        rows,
        [
            (1, "青山镇", pts("90.8"), "excellent", false),
            (2, "河口乡", pts("44.66"), "fail", false),
            (2, "石桥乡", pts("44.66"), "fail", false),
            (4, "柳溪乡", pts("2"), "fail", true),
        ]
    );
    let leaders: Vec<(&str, Points, Vec<&str>)> = ranking
        .leaders
        .iter()
        .map(|l| {
            let names = l.townships.iter().map(String::as_str).collect();
            (l.dimension.as_str(), l.points, names)
        })
        .collect();
    assert_eq!(
        leaders,
        [
            ("self_building", pts("20"), vec!["青山镇"]),
            ("sessions", pts("25"), vec!["青山镇"]),
            ("supervision", pts("20"), vec!["青山镇"]),
            ("deputies", pts("19"), vec!["青山镇"]),
            ("service_innovation", pts("8.5"), vec!["河口乡", "石桥乡"]),
        ]
    );
    // Ranking the full scorecards gives the same ranking; the county's summary counts grades.
    let cards: Vec<Scorecard> = county.iter().map(|e| rubric.score(e)).collect();
    assert_eq!(rubric.rank_scorecards(&cards).expect("ranked"), ranking);
    let summary = CountySummary::of(&rubric, &cards).expect("summary");
    let grades: Vec<(&str, u32)> = summary
        .grades
        .iter()
        .map(|g| (g.id.as_str(), g.count))
        .collect();
    assert_eq!(grades, [("excellent", 1), ("pass", 0), ("fail", 3)]);
    assert_eq!(summary.vetoed, 1);
}
