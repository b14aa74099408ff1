//! Refusals as data (issue 12, item 1): one refusal per module, as a service returns it.
//!
//! Each is turned into a [`Refusal`] and serialized to JSON. The JSON carries the rule's
//! `code` (twice: at the top and inside `error`, the wire tag of the module's error), the
//! sentence in English (`message`) and in Chinese (`message_zh`), the `citation` when the rule
//! has one, and the rule's numbers as fields of `error`; it validates against the committed
//! `Refusal` schema. Refusals of commands leave the ledger byte-identical (`Town::refused`
//! compares the log and the state as JSON before and after).

mod common;
mod proposal_fixtures;

use common::{
    S1, Town, activity, day, dep, deputy, duty_report, group, meeting, presidium, rectification,
    snapshot, staff, unit,
};
use proposal_fixtures::{bill, p};
use serde_json::{Value, json};
use township_congress::deputy::DeputyCommand;
use township_congress::error::Refusal;
use township_congress::ids::{DecisionId, SessionId};
use township_congress::presidium::{PresidiumCommand, PresidiumDecision};
use township_congress::proposal::ProposalCommand;
use township_congress::schema::root_schemas;
use township_congress::scoring::Evidence;
use township_congress::session::{Attendance, SessionCommand};
use township_congress::supervision::{ActivityKind, Ratings, SupervisionCommand};
use township_congress::{Error, RosterChange, Rulebook};

/// What one refusal must show on the wire.
struct Expect<'a> {
    code: &'a str,
    module: &'a str,
    /// The citation as JSON, or `None` for a rule without one.
    citation: Option<Value>,
    /// Fields of `error` and their values; every number must appear in both sentences.
    numbers: &'a [(&'a str, u64)],
    /// A phrase of the Chinese sentence.
    zh: &'a str,
}

/// Serializes the refusal and checks it against `want` and the `Refusal` schema.
#[track_caller]
fn check(error: &Error, want: &Expect<'_>) -> Value {
    let json = serde_json::to_value(error.refusal()).expect("a refusal serializes");
    assert_eq!(json["code"], want.code, "{json:#}");
    assert_eq!(json["module"], want.module, "{json:#}");
    assert_eq!(json["error"]["code"], want.code, "the wire tag is the code");
    let (en, zh) = (
        json["message"].as_str().unwrap_or_default(),
        json["message_zh"].as_str().unwrap_or_default(),
    );
    assert_eq!(en, error.to_string());
    assert_eq!(zh, error.zh().to_string());
    assert!(zh.contains(want.zh), "{zh}");
    assert!(
        zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{zh}"
    );
    for (field, n) in want.numbers {
        assert_eq!(json["error"][field], json!(n), "{field} in {json:#}");
        let n = n.to_string();
        assert!(
            en.contains(&n) && zh.contains(&n),
            "{field} = {n}: {en} / {zh}"
        );
    }
    match &want.citation {
        Some(c) => {
            assert_eq!(&json["citation"], c, "{json:#}");
            let text = error
                .citation()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(
                en.contains(&text) && zh.contains(&text),
                "{text}: {en} / {zh}"
            );
        }
        None => assert!(json.get("citation").is_none(), "{json:#}"),
    }
    validate(&json);
    json
}

/// The refusal validates against the committed schema of `Refusal`.
#[track_caller]
fn validate(json: &Value) {
    let root = root_schemas()
        .into_iter()
        .find(|r| r.name == "Refusal")
        .expect("a Refusal schema");
    let schema = serde_json::to_value(&root.schema).expect("schema");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    let errors: Vec<String> = validator.iter_errors(json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}\n{json:#}");
}

fn organic(article: u16, paragraph: u8) -> Value {
    json!({ "law": "组织法", "year": 2022, "article": article, "paragraph": paragraph })
}

/// Rule: 组织法2022 第四十三条第三款 — a deputy group of two is refused.
#[test]
fn roster_a_group_of_two() {
    let mut t = Town::with_deputies(46).build();
    let e = t.refused(
        presidium(),
        RosterChange::GroupFormed {
            group: group(1),
            name: "东片代表小组".into(),
            area: "东片".into(),
            members: [dep(4), dep(5)].into_iter().collect(),
            on: day(1, 5),
        },
    );
    check(
        &e,
        &Expect {
            code: "roster.too_few_group_members",
            module: "roster",
            citation: Some(organic(43, 3)),
            numbers: &[("needed", 3), ("got", 2)],
            zh: "代表小组",
        },
    );
}

/// Rule: 组织法2022 第十四条第四款 — 30 of 46 present cannot open the session.
#[test]
fn session_quorum_30_of_46() {
    let mut t = Town::with_deputies(46).first_session_convened(1..=31);
    t.mark(S1, 31, Attendance::Absent);
    let e = t.refused(presidium(), SessionCommand::OpenSession { session: S1 });
    check(
        &e,
        &Expect {
            code: "session.quorum_not_met",
            module: "session",
            citation: Some(organic(14, 4)),
            numbers: &[
                ("needed", 31),
                ("present", 30),
                ("all_deputies", 46),
                ("short", 1),
            ],
            zh: "差1名",
        },
    );
}

/// Rule: the presidium's quorum, a majority of its members (a common-practice default) —
/// four of nine cannot decide.
#[test]
fn presidium_quorum_4_of_9() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&(2..=9).collect::<Vec<_>>())
        .build();
    t.on(1, 10);
    t.meeting(meeting(1), 1, [1, 2, 3, 4]);
    let e = t.refused(
        deputy(1),
        PresidiumCommand::PutMotion {
            meeting: meeting(1),
            decision: DecisionId::from_u128(1),
            motion: PresidiumDecision::AdoptWorkReport {
                session: SessionId::from_u128(2),
            },
        },
    );
    let json = check(
        &e,
        &Expect {
            code: "presidium.quorum_not_met",
            module: "presidium",
            citation: Some(organic(19, 1)),
            numbers: &[("members", 9), ("present", 4), ("needed", 5), ("short", 1)],
            zh: "现出席4名，差1名",
        },
    );
    // A default, not statute: the basis says so, in both sentences.
    assert_eq!(json["basis"]["authority"], "local_custom");
    assert_eq!(json["basis"]["field"], "presidium_quorum");
    assert!(
        json["message_zh"]
            .as_str()
            .is_some_and(|m| m.contains("并非法律规定"))
    );
}

/// Rule: 组织法2022 第二十二条第二款 — a bill needs five deputies; four are refused.
#[test]
fn proposal_four_signers() {
    let mut t = Town::with_deputies(46).chair(1).first_session_open();
    t.draft_signed(bill(1, S1), 10, [11, 12, 13]);
    let e = t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) });
    check(
        &e,
        &Expect {
            code: "proposal.too_few_signers",
            module: "proposal",
            citation: Some(organic(22, 2)),
            numbers: &[("needed", 5), ("got", 4), ("short", 1)],
            zh: "须有5名以上在任代表联名，现有4名，差1名",
        },
    );
}

/// Rule: 代表法2025 第三十一条 — an activity with an open rectification item cannot close.
#[test]
fn supervision_open_items() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&(2..=9).collect::<Vec<_>>())
        .units(3)
        .build();
    t.on(3, 2);
    t.activity_delivered(activity(1), ActivityKind::Inspection, &[1], 1..=5);
    t.raise(activity(1), rectification(1), 1, day(4, 30));
    let e = t.refused(
        presidium(),
        SupervisionCommand::CloseActivity {
            activity: activity(1),
        },
    );
    check(
        &e,
        &Expect {
            code: "supervision.open_items",
            module: "supervision",
            citation: Some(json!({ "law": "代表法", "year": 2025, "article": 31 })),
            numbers: &[("open", 1)],
            zh: "1项整改事项尚未销号",
        },
    );
}

/// Rule: a duty evaluation counts the voters who heard the report — 50 answers from an
/// audience of 45 are refused.
#[test]
fn deputy_more_respondents_than_audience() {
    let mut t = Town::with_deputies(46).build();
    t.on(6, 1);
    t.ok(
        presidium(),
        DeputyCommand::RecordDutyReport {
            report: duty_report(1),
            deputy: dep(10),
            on: day(6, 1),
            place: "第四选区村委会".into(),
            audience: 45,
        },
    );
    let e = t.refused(
        staff(),
        DeputyCommand::RecordEvaluation {
            report: duty_report(1),
            ratings: Ratings::new(30, 10, 10),
        },
    );
    check(
        &e,
        &Expect {
            code: "deputy.respondents_exceed_audience",
            module: "deputy",
            citation: None,
            numbers: &[("respondents", 50), ("audience", 45)],
            zh: "50",
        },
    );
}

/// Rule: 组织法2022 第十九条第一款 — once a session is in the record, its presidium comes from
/// its vote; stating the membership by hand is refused.
#[test]
fn ledger_presidium_stated_by_hand() {
    let mut t = Town::with_deputies(46).first_session_convened(1..=46);
    let e = t.refused(
        presidium(),
        PresidiumCommand::RecordMembership {
            session: S1,
            members: (1..=9).map(dep).collect(),
            on: day(1, 15),
        },
    );
    check(
        &e,
        &Expect {
            code: "ledger.decided_at_session",
            module: "ledger",
            citation: Some(organic(19, 1)),
            numbers: &[],
            zh: "主席团组成人员由人民代表大会在会议上决定",
        },
    );
}

/// Evidence for 2027 cannot be cut off in 2026; the ledger it reads is untouched.
#[test]
fn scoring_cut_off_before_the_year() {
    let t = Town::with_deputies(46).build();
    let before = snapshot(&t.ledger);
    let e: Error = Evidence::derive(&t.ledger, 2027, day(12, 31))
        .expect_err("refused")
        .into();
    assert_eq!(snapshot(&t.ledger), before);
    check(
        &e,
        &Expect {
            code: "scoring.cut_off_before_year",
            module: "scoring",
            citation: None,
            numbers: &[("year", 2027)],
            zh: "截止日2026-12-31早于考核年度2027年",
        },
    );
}

/// No profile is shipped for a province that does not exist.
#[test]
fn rulebook_unknown_province() {
    let e: Error = Rulebook::province("火星").expect_err("refused").into();
    let json = check(
        &e,
        &Expect {
            code: "rulebook.unknown_province",
            module: "rulebook",
            citation: None,
            numbers: &[],
            zh: "没有为“火星”提供规则文件",
        },
    );
    assert!(
        json["error"]["shipped"]
            .as_array()
            .is_some_and(|s| !s.is_empty())
    );
}

/// Rule: 代表法2025 第三十一条 — only the responsible unit feeds back. With the ledger's state
/// at hand, the refusal names the deputy and the unit instead of their ids; `error` keeps
/// the ids.
#[test]
fn an_explained_refusal_names_the_deputy_and_the_unit() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&(2..=9).collect::<Vec<_>>())
        .units(3)
        .build();
    t.on(3, 2);
    t.activity_delivered(activity(1), ActivityKind::Inspection, &[1], 1..=5);
    t.raise(activity(1), rectification(1), 1, day(4, 30));
    let e = t.refused(
        deputy(3),
        SupervisionCommand::SendFeedback {
            item: rectification(1),
            summary: "已整改".into(),
            completed: true,
        },
    );
    let plain = e.refusal();
    let named: Refusal = e.refusal_in(t.ledger.state());
    let (id3, unit1) = (dep(3).to_string(), unit(1).to_string());
    assert!(plain.message.contains(&id3) && plain.message.contains(&unit1));
    for text in [&named.message, &named.message_zh] {
        assert!(!text.contains(&id3) && !text.contains(&unit1), "{text}");
        assert!(
            text.contains("代表3") && text.contains("承办单位1"),
            "{text}"
        );
    }
    assert_eq!(named.error, plain.error);
    let json = serde_json::to_value(&named).expect("serializes");
    assert_eq!(json["error"]["actor"]["deputy"], json!(id3));
}

/// Every module's codes are unique across the crate, and each is `area.rule`.
#[test]
fn codes_are_unique_across_modules() {
    use township_congress::{
        deputy::DeputyError, ledger::LedgerError, presidium::PresidiumError,
        proposal::ProposalError, roster::RosterError, rulebook::RulebookError,
        scoring::ScoringError, session::SessionError, supervision::SupervisionError,
    };
    let lists: [(&str, &[&str]); 9] = [
        ("rulebook", RulebookError::CODES),
        ("roster", RosterError::CODES),
        ("session", SessionError::CODES),
        ("presidium", PresidiumError::CODES),
        ("proposal", ProposalError::CODES),
        ("supervision", SupervisionError::CODES),
        ("deputy", DeputyError::CODES),
        ("ledger", LedgerError::CODES),
        ("scoring", ScoringError::CODES),
    ];
    let mut seen = std::collections::BTreeMap::new();
    for (module, codes) in lists {
        for code in codes {
            // `actor.forbidden` is one rule refused by several modules.
            if *code == "actor.forbidden" {
                continue;
            }
            let (area, rule) = code.split_once('.').expect("area.rule");
            assert_eq!(area, module, "{code}");
            assert!(
                !rule.is_empty() && rule.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{code}"
            );
            assert!(seen.insert(*code, module).is_none(), "{code} twice");
        }
    }
    assert!(seen.len() > 250, "{}", seen.len());
}
