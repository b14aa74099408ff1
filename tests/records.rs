//! Records are derived: performance records, points, the published export and the archive's
//! gaps come from the ledger alone, are the same after a replay, carry no voter's rating, and
//! validate against their schemas.

mod common;
mod proposal_fixtures;

use common::{
    S1, Town, activity, day, dep, deputies, deputy, duty_report, presidium, rectification, staff,
    station, unit,
};
use proposal_fixtures::{p, suggestion};
use serde_json::Value;
use township_congress::deputy::DeputyCommand as D;
use township_congress::ids::{ReceptionId, TrainingId};
use township_congress::proposal::{ProposalCommand, Rating};
use township_congress::records::{
    self, Gap, PointsItem, PointsScheme, ProposalCounts, PublishedRecord, ReportSubject,
};
use township_congress::rulebook::Rulebook;
use township_congress::schema::root_schemas;
use township_congress::session::Subject;
use township_congress::supervision::{ActivityKind, Ratings, SupervisionCommand as S};
use township_congress::{Actor, Ledger};

/// A year's record: the first session (budget and government report voted, no presidium
/// report), a speech, an inspection with two items (one closed, one without feedback past its
/// deadline), a research visit held without findings, a training, a reception with an issue
/// left open, two duty reports (one evaluated by 60 voters, one not evaluated).
fn year(rules: Rulebook) -> Town {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&(2..=9).collect::<Vec<_>>())
        .units(3)
        .rules(rules)
        .first_session_open_with(1..=40);
    t.adopt(S1, 3, Subject::GovernmentWorkReport {});
    t.adopt(S1, 4, Subject::Budget {});
    t.ok(
        staff(),
        D::RecordSpeech {
            session: S1,
            deputy: dep(7),
            topic: "关于农村饮水安全".into(),
        },
    );
    t.on(1, 16);
    t.close(S1);
    t.on(2, 11);
    t.open_station(1, "青山村", 1..=3);
    t.on(3, 2);
    t.activity_delivered(activity(1), ActivityKind::Inspection, &[1, 2], 1..=8);
    t.raise(activity(1), rectification(1), 1, day(4, 30));
    t.raise(activity(1), rectification(2), 2, day(5, 31));
    t.on(4, 20);
    t.follow_to_closure(rectification(1), 1);
    t.ok(
        presidium(),
        S::Organise {
            activity: activity(2),
            activity_kind: ActivityKind::Research,
            title: "村级集体经济发展调研".into(),
            units: Default::default(),
            plan_item: None,
        },
    );
    t.ok(
        presidium(),
        S::RecordHeld {
            activity: activity(2),
            on: day(4, 20),
            participants: deputies(10..=15),
        },
    );
    t.on(5, 8);
    t.ok(
        presidium(),
        D::RecordTraining {
            training: TrainingId::from_u128(1),
            on: day(5, 8),
            title: "新任代表履职培训".into(),
            organiser: township_congress::deputy::TrainingOrganiser::Presidium,
            attendees: deputies(1..=30),
        },
    );
    t.ok(
        deputy_actor(2),
        D::RecordReception {
            reception: ReceptionId::from_u128(1),
            station: station(1),
            on: day(5, 8),
            deputies: deputies([1, 2]),
            voters: 31,
            issues: vec!["路灯不亮".into(), "垃圾清运不及时".into()],
        },
    );
    t.ok(
        staff(),
        D::RecordIssueOutcome {
            reception: ReceptionId::from_u128(1),
            issue: 0,
            outcome: township_congress::deputy::IssueOutcome::Resolved {},
        },
    );
    t.on(6, 1);
    for (n, who) in [(1, 7), (2, 8)] {
        t.ok(
            presidium(),
            D::RecordDutyReport {
                report: duty_report(n),
                deputy: dep(who),
                on: day(6, 1),
                place: "村委会会议室".into(),
                audience: 65,
            },
        );
    }
    t.ok(
        staff(),
        D::RecordEvaluation {
            report: duty_report(1),
            ratings: Ratings::new(48, 10, 2),
        },
    );
    t
}

fn deputy_actor(n: u32) -> Actor {
    common::deputy(n)
}

fn everything(ledger: &Ledger) -> String {
    let end = day(12, 31);
    let recs = records::performance_records(ledger, 2026, end);
    let scheme = PointsScheme::default_scheme().expect("scheme");
    let points: Vec<_> = recs.iter().map(|r| scheme.score(r)).collect();
    let export = records::performance_export(ledger, 2026, end);
    let gaps = records::archive_gaps(ledger, 2026, end);
    let state = ledger.state();
    let pending = state.deputies().pending_duty_reports(
        state.roster(),
        state.sessions(),
        ledger.rules(),
        end,
    );
    let overdue = state
        .supervision()
        .overdue(ledger.rules(), common::at(12, 31));
    serde_json::to_string(&(recs, points, export, gaps, pending, overdue)).expect("serializes")
}

/// DESIGN principle 1 — records are derived: after replaying the log, every record and query
/// answer is identical, byte for byte.
#[test]
fn records_are_the_same_after_a_replay() {
    let t = year(Rulebook::NATIONAL);
    let replayed = t.replayed();
    assert_eq!(everything(&replayed), everything(&t.ledger));
    let from_json: Ledger =
        serde_json::from_str(&serde_json::to_string(&t.ledger).expect("json")).expect("replays");
    assert_eq!(everything(&from_json), everything(&t.ledger));
}

/// Rule: 代表法2025 第五十八条第二款, 调研报告 三(二) — the archive check lists what is missing,
/// each with what the rule requires and its source.
#[test]
fn the_archive_check_lists_what_is_missing_with_its_rule() {
    let t = year(Rulebook::NATIONAL);
    let gaps = records::archive_gaps(&t.ledger, 2026, day(12, 31));
    let kinds: Vec<&Gap> = gaps.iter().map(|g| &g.gap).collect();
    assert!(kinds.iter().any(|g| matches!(
        g,
        Gap::ReportNotHeard {
            subject: ReportSubject::PresidiumWorkReport,
            ..
        }
    )));
    assert!(!kinds.iter().any(|g| matches!(
        g,
        Gap::ReportNotHeard {
            subject: ReportSubject::Budget,
            ..
        }
    )));
    assert!(kinds.contains(&&Gap::ActivityWithoutFindings {
        activity: activity(2),
        title: "村级集体经济发展调研".into(),
        held_on: day(4, 20),
    }));
    assert!(kinds.iter().any(|g| matches!(
        g,
        Gap::ItemWithoutFeedback { item, due, .. } if *item == rectification(2) && *due == day(5, 31)
    )));
    assert!(kinds.contains(&&Gap::DutyReportWithoutEvaluation {
        report: duty_report(2),
        deputy: dep(8),
        name: "代表8".into(),
    }));
    assert!(
        kinds
            .iter()
            .any(|g| matches!(g, Gap::IssueWithoutOutcome { issue: 1, .. }))
    );
    // Deputies 41–46 were never present and did nothing else all year.
    let empty: Vec<_> = kinds
        .iter()
        .filter_map(|g| match g {
            Gap::DeputyWithoutRecord { deputy, .. } => Some(*deputy),
            _ => None,
        })
        .collect();
    assert_eq!(empty, (41..=46).map(dep).collect::<Vec<_>>());
    // Nationally there is no yearly notice to miss.
    assert!(
        !kinds
            .iter()
            .any(|g| matches!(g, Gap::PerformanceNotPublished { .. }))
    );
    let line = gaps
        .iter()
        .find(|g| matches!(g.gap, Gap::DeputyWithoutRecord { .. }))
        .expect("a line");
    assert_eq!(line.requires_zh, "主席团记录代表履职情况，建立代表履职档案");
    assert_eq!(line.missing_zh, "代表41本年度无履职记录");
    assert_eq!(line.source_text(), "代表法2025 第五十八条第二款");
    let practice = gaps
        .iter()
        .find(|g| matches!(g.gap, Gap::DutyReportWithoutEvaluation { .. }))
        .expect("a line");
    assert_eq!(
        practice.source_text(),
        "调研报告 二(四)2（做好述职测评工作）"
    );
}

/// Rule: 重庆 实施办法 2016 第五十二条 — where the presidium must publish the deputies'
/// performance each year, a year without the notice is a gap, closed by publishing.
#[test]
fn chongqing_misses_a_yearly_notice() {
    let mut t = year(Rulebook::province("重庆").expect("重庆"));
    let unpublished = |t: &Town| {
        records::archive_gaps(&t.ledger, 2026, day(12, 31))
            .into_iter()
            .filter(|g| matches!(g.gap, Gap::PerformanceNotPublished { .. }))
            .map(|g| g.source_text())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        unpublished(&t),
        vec!["重庆市实施《代表法》办法2016 第五十二条; provincial rule, field `performance_notice_yearly`".to_owned()]
    );
    t.on(12, 28);
    t.ok(presidium(), D::PublishPerformance { year: 2026 });
    assert!(unpublished(&t).is_empty());
}

fn walk(value: &Value, path: &str, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let here = format!("{path}/{k}");
                if k == "ratings" {
                    let keys: Vec<&String> = v
                        .as_object()
                        .map(|o| o.keys().collect())
                        .unwrap_or_default();
                    assert_eq!(
                        keys,
                        ["basically_satisfied", "satisfied", "unsatisfied"],
                        "{here}: ratings are three counts"
                    );
                    assert!(
                        v.as_object().is_some_and(|o| o.values().all(Value::is_u64)),
                        "{here}"
                    );
                }
                if k.contains("voter") || k.contains("respondent") || k.contains("rating") {
                    assert!(!v.is_array(), "{here}: a list where only a count belongs");
                    found.push(here.clone());
                }
                walk(v, &here, found);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{path}/{i}"), found);
            }
        }
        _ => {}
    }
}

/// The voters' evaluation and the deputies' appraisal ratings are kept as counts: no voter's
/// individual rating appears anywhere in the serialized log, state or export.
#[test]
fn no_voter_level_rating_is_stored() {
    let mut t = year(Rulebook::NATIONAL);
    t.on(6, 2);
    t.ok(
        presidium(),
        S::Organise {
            activity: activity(3),
            activity_kind: ActivityKind::WorkAppraisal,
            title: "镇财政所工作评议".into(),
            units: [common::unit(2)].into(),
            plan_item: None,
        },
    );
    t.ok(
        presidium(),
        S::RecordHeld {
            activity: activity(3),
            on: day(6, 2),
            participants: deputies(1..=20),
        },
    );
    t.ok(
        presidium(),
        S::RecordRatings {
            activity: activity(3),
            unit: common::unit(2),
            ratings: Ratings::new(12, 5, 3),
        },
    );
    let log = serde_json::to_value(t.ledger.events()).expect("log");
    let state = serde_json::to_value(t.ledger.state()).expect("state");
    let export = serde_json::to_value(records::performance_export(&t.ledger, 2026, day(12, 31)))
        .expect("export");
    let mut found = Vec::new();
    for (name, v) in [("log", &log), ("state", &state), ("export", &export)] {
        walk(v, name, &mut found);
    }
    assert!(found.iter().any(|p| p.ends_with("/ratings")), "{found:?}");
    assert!(found.iter().any(|p| p.ends_with("/voters")), "{found:?}");
    assert!(
        found.iter().any(|p| p.ends_with("/respondents")),
        "{found:?}"
    );
}

/// Rule: 代表法2025 第五十八条第二款 — the published export names the fields an integrator
/// shows, and validates against its schema; so do the records and the archive check.
#[test]
fn the_export_and_records_validate_against_their_schemas() {
    let t = year(Rulebook::NATIONAL);
    let end = day(12, 31);
    let export = records::performance_export(&t.ledger, 2026, end).expect("a term");
    let value = serde_json::to_value(&export).expect("json");
    let first = value["deputies"][0].as_object().expect("an object");
    for key in first.keys() {
        assert!(
            PublishedRecord::FIELDS.iter().any(|(f, _)| f == key),
            "{key} is published but not listed"
        );
    }
    let seven = export
        .deputies
        .iter()
        .find(|d| d.name == "代表7")
        .expect("deputy 7");
    assert_eq!(
        (
            seven.speeches,
            seven.supervision_activities,
            seven.duty_reports.len()
        ),
        (1, 1, 1)
    );
    assert_eq!(seven.proposals, Some(ProposalCounts::default()));
    for (name, instance) in [
        ("PerformanceExport", value),
        (
            "PerformanceRecords",
            serde_json::to_value(records::performance_records(&t.ledger, 2026, end)).expect("json"),
        ),
        (
            "ArchiveGaps",
            serde_json::to_value(records::archive_gaps(&t.ledger, 2026, end)).expect("json"),
        ),
    ] {
        let schema = root_schemas()
            .into_iter()
            .find(|r| r.name == name)
            .expect("schema");
        let schema = serde_json::to_value(&schema.schema).expect("schema json");
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&schema)
            .expect("compiles");
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

/// Deputy `n`'s proposal counts of 2026, as of 31 December.
fn counts(t: &Town, n: u32) -> ProposalCounts {
    records::performance_record(&t.ledger, dep(n), 2026, day(12, 31))
        .and_then(|r| r.proposals)
        .expect("a record with its proposals")
}

/// `(led, co-signed)` suggestions of deputy `n`.
fn suggestions_of(t: &Town, n: u32) -> (u32, u32) {
    let c = counts(t, n);
    (c.suggestions_led, c.suggestions_cosigned)
}

/// Rule: 代表法2025 第二十四条, 第五十八条第二款 — a co-signed suggestion counts once per deputy:
/// led for its lead sponsor, co-signed for each other signer, never both; a draft never lodged
/// counts for nobody; merging (并案) adds no co-signature.
#[test]
fn a_co_signed_suggestion_counts_once_per_deputy() {
    let mut t = year(Rulebook::NATIONAL);
    t.on(6, 5);
    // 7 drafts and signs first; 8 and 9 sign; 7 lodges.
    t.draft_signed(suggestion(1), 7, [8, 9]);
    t.submit_by(deputy(7), p(1));
    // 8 leads one of their own.
    t.draft_signed(suggestion(2), 8, []);
    t.submit_by(deputy(8), p(2));
    // 10 files alone; the presidium merges it into 7's: 10 joins its sponsors, but co-signed
    // nothing.
    t.draft_signed(suggestion(3), 10, []);
    t.submit_by(deputy(10), p(3));
    t.ok(
        presidium(),
        ProposalCommand::MergeSuggestions {
            into: p(1),
            merged: [p(3)].into(),
        },
    );
    // 11 drafts, 12 signs, and it is never lodged.
    t.draft_signed(suggestion(4), 11, [12]);

    assert_eq!(suggestions_of(&t, 7), (1, 0));
    assert_eq!(suggestions_of(&t, 8), (1, 1));
    assert_eq!(suggestions_of(&t, 9), (0, 1));
    assert_eq!(suggestions_of(&t, 10), (1, 0));
    assert_eq!(suggestions_of(&t, 11), (0, 0));
    assert_eq!(suggestions_of(&t, 12), (0, 0));
    // Nothing else is counted: no bill, interpellation or recall motion was lodged.
    let mut eight = ProposalCounts::default();
    (eight.suggestions_led, eight.suggestions_cosigned) = (1, 1);
    assert_eq!(counts(&t, 8), eight);
    assert_eq!(counts(&t, 46), ProposalCounts::default());
    // A cut-off before the lodging does not see it.
    let before = records::performance_record(&t.ledger, dep(7), 2026, day(6, 4)).expect("record");
    assert_eq!(before.proposals, Some(ProposalCounts::default()));

    // The points lines count by themselves: 8 led one (3) and co-signed one (1).
    let scheme = PointsScheme::default_scheme().expect("scheme");
    let r = records::performance_record(&t.ledger, dep(8), 2026, day(12, 31)).expect("record");
    let points = scheme.score(&r);
    assert!(points.awaiting.is_empty());
    let line = |item| {
        let l = points
            .lines
            .iter()
            .find(|l| l.item == item)
            .expect("a line");
        (l.count, l.points)
    };
    assert_eq!(line(PointsItem::SuggestionLed), (Some(1), 3));
    assert_eq!(line(PointsItem::SuggestionCosigned), (Some(1), 1));
    assert_eq!(line(PointsItem::BillLed), (Some(0), 0));
    // 7: present at the one session (10), spoke once (5), inspected (5), trained (2), reported
    // to voters (5), and led one suggestion (3).
    let seven = records::performance_record(&t.ledger, dep(7), 2026, day(12, 31)).expect("7");
    assert_eq!(scheme.score(&seven).total, 30);
}

/// Rule: 代表法2025 第五十一条第二款 — a suggestion handed over on 10 June and not answered is
/// a gap from 11 September; a reply no sponsor has rated is listed on the cut-off (no statute sets a
/// period for rating, so "still to be rated"), and leaves the list once rated.
#[test]
fn the_archive_lists_suggestions_without_a_reply_or_a_rating() {
    let mut t = year(Rulebook::NATIONAL);
    t.on(6, 5);
    for (n, drafter) in [(1, 7), (2, 8)] {
        t.draft_signed(suggestion(n), drafter, []);
        t.submit_by(deputy(drafter), p(n));
    }
    t.on(6, 10);
    t.hand_over(1, &[p(1), p(2)], 1, &[]);
    t.on(7, 20);
    let lead = Actor::Unit { unit: unit(1) };
    t.ok(
        lead,
        ProposalCommand::ReplySuggestion {
            proposal: p(1),
            class: "A".into(),
            reply: "已安排实施".into(),
        },
    );
    let proposal_gaps = |t: &Town, as_of| {
        records::archive_gaps(&t.ledger, 2026, as_of)
            .into_iter()
            .filter(|g| {
                matches!(
                    g.gap,
                    Gap::SuggestionWithoutReply { .. } | Gap::ReplyWithoutRating { .. }
                )
            })
            .collect::<Vec<_>>()
    };
    // On 10 September suggestion 2 is due that day, not late.
    let due_day = proposal_gaps(&t, day(9, 10));
    assert_eq!(
        due_day.iter().map(|g| &g.gap).collect::<Vec<_>>(),
        [&Gap::ReplyWithoutRating {
            proposal: p(1),
            title: "关于增设路灯的建议1".into(),
            unit: unit(1),
            round: 1,
            replied_on: day(7, 20),
        }]
    );
    let rating = &due_day[0];
    assert_eq!(rating.requires_zh, "代表对建议办理答复进行满意度测评");
    assert!(rating.source_text().contains("国家法律未规定测评及其期限"));

    let late = proposal_gaps(&t, day(9, 11));
    let unanswered = late
        .iter()
        .find(|g| matches!(g.gap, Gap::SuggestionWithoutReply { .. }))
        .expect("suggestion 2 is late");
    assert_eq!(
        unanswered.gap,
        Gap::SuggestionWithoutReply {
            proposal: p(2),
            title: "关于增设路灯的建议2".into(),
            unit: unit(1),
            round: 1,
            due: day(9, 10),
        }
    );
    assert_eq!(
        unanswered.missing_zh,
        "代表建议“关于增设路灯的建议2”至2026-09-10仍未答复"
    );
    assert_eq!(
        unanswered.requires_zh,
        "在3个月内答复代表建议，涉及面广、处理难度大的在6个月内答复"
    );
    assert_eq!(unanswered.source_text(), "代表法2025 第五十一条第二款");

    // Deputy 7 rates the reply: it leaves the list.
    t.on(9, 12);
    t.ok(
        deputy(7),
        ProposalCommand::RateSuggestion {
            proposal: p(1),
            rating: Rating::Satisfied,
        },
    );
    let year_end = proposal_gaps(&t, day(12, 31));
    assert_eq!(year_end.len(), 1);
    assert!(matches!(
        year_end[0].gap,
        Gap::SuggestionWithoutReply { round: 1, .. }
    ));
}
