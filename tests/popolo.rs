//! The Popolo export of a small township, through the public API only.

mod common;

use chrono::{DateTime, TimeZone, Utc};
use common::{S1, Town, dep, who};
use serde_json::{Value, json};
use township_congress::export::{ExportOptions, popolo};
use township_congress::ids::{ItemId, SessionId};
use township_congress::roster::{Officeholder, Post};
use township_congress::session::{Attendance, Choice, SessionCommand, Subject};
use township_congress::{Actor, Ledger, Rulebook};

const S: SessionId = S1;
const BUDGET: u32 = 3;
const ANNUL: u32 = 4;
const RESIGNATION: u32 = 5;

const DEPUTY_1: &str = "deputy/00000000-0000-0000-0000-000000000001";
const DEPUTY_11: &str = "deputy/00000000-0000-0000-0000-00000000000b";
const DEPUTY_12: &str = "deputy/00000000-0000-0000-0000-00000000000c";
const CONGRESS: &str = "congress/青山镇/8";

/// 15 January 2026 at `hour` Beijing time.
fn jan15(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 15, hour - 8, 0, 0)
        .single()
        .expect("valid time")
}

/// Puts an item; deputies in `yes` vote for, in `no` against, in `abstain` abstain.
fn roll_vote(t: &mut Town, item: u32, subject: Subject, votes: [&[u32]; 3]) {
    t.put(S, item, subject);
    for (choice, deputies) in [Choice::For, Choice::Against, Choice::Abstain]
        .into_iter()
        .zip(votes)
    {
        t.vote(S, item, deputies.iter().copied(), choice);
    }
    t.close_vote(S, item);
}

/// 青山镇, 12 deputies elected on 4 January 2026. The first session, on 15 January: 11
/// present, deputy 12 absent; opened, presidium 1..=7 and agenda adopted; the budget passes
/// 8–2–1; an annulment fails with 5 for; deputy 11's resignation is accepted; deputy 1 is
/// elected chair and 王建国, a citizen, township head.
fn small_township() -> Ledger {
    let mut t = Town::with_deputies(12).build();
    t.at(jan15(8));
    t.ok(
        Actor::Presidium {},
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: jan15(8).date_naive(),
        },
    );
    t.attend(S, 1..=11);
    t.mark(S, 12, Attendance::Absent);
    t.at(jan15(9));
    t.prepare_and_open(S, &(1..=7).collect::<Vec<_>>());
    t.at(jan15(10));
    roll_vote(
        &mut t,
        BUDGET,
        Subject::Budget {},
        [&[1, 2, 3, 4, 5, 6, 7, 8], &[9, 10], &[11]],
    );
    roll_vote(
        &mut t,
        ANNUL,
        Subject::AnnulGovernmentDecision {},
        [&[1, 2, 3, 4, 5], &[], &[]],
    );
    t.at(jan15(11));
    let all: Vec<u32> = (1..=10).collect();
    roll_vote(
        &mut t,
        RESIGNATION,
        Subject::AcceptResignation { deputy: dep(11) },
        [&all, &[], &[]],
    );
    t.at(jan15(14));
    t.elect(S, common::election(1), Post::Chair, who(1));
    t.at(jan15(15));
    let head = Officeholder::Citizen {
        name: "王建国".into(),
    };
    t.elect(S, common::election(2), Post::TownshipHead, head);
    t.at(jan15(17));
    t.close(S);
    t.ledger
}

fn export(l: &Ledger, options: &ExportOptions) -> Value {
    serde_json::to_value(popolo(l, options)).expect("serializable")
}

fn items<'a>(doc: &'a Value, collection: &str) -> &'a [Value] {
    doc[collection].as_array().map_or(&[], Vec::as_slice)
}

fn find<'a>(doc: &'a Value, collection: &str, pred: impl Fn(&Value) -> bool) -> Vec<&'a Value> {
    items(doc, collection).iter().filter(|v| pred(v)).collect()
}

fn vote_event(doc: &Value, item: u32) -> &Value {
    let id = format!("vote-event/{S}/{}", ItemId::from_u128(u128::from(item)));
    find(doc, "vote_events", |v| v["id"] == id.as_str())
        .first()
        .copied()
        .unwrap_or_else(|| panic!("no vote event {id}"))
}

#[test]
fn persons_are_the_deputies_and_the_citizen_officer() {
    let doc = export(&small_township(), &ExportOptions::default());
    let persons = items(&doc, "persons");
    assert_eq!(persons.len(), 13);
    assert_eq!(persons[0], json!({ "id": DEPUTY_1, "name": "代表1" }));
    // A deputy who resigned is still a person of the term.
    assert!(
        persons
            .iter()
            .any(|p| p["id"] == DEPUTY_11 && p["name"] == "代表11")
    );
    assert_eq!(
        persons[12],
        json!({ "id": "citizen/青山镇/王建国", "name": "王建国" })
    );
}

#[test]
fn organizations_are_the_congress_presidium_and_government() {
    let doc = export(&small_township(), &ExportOptions::default());
    let orgs: Vec<(&str, &str, &str)> = items(&doc, "organizations")
        .iter()
        .map(|o| {
            (
                o["id"].as_str().unwrap_or(""),
                o["name"].as_str().unwrap_or(""),
                o["classification"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        orgs,
        vec![
            (CONGRESS, "青山镇第八届人民代表大会", "legislature"),
            (
                "congress/青山镇/8/presidium",
                "青山镇第八届人民代表大会主席团",
                "committee"
            ),
            ("government/青山镇", "青山镇人民政府", "executive"),
        ]
    );
    let posts: Vec<&str> = items(&doc, "posts")
        .iter()
        .filter_map(|p| p["label"].as_str())
        .collect();
    assert_eq!(posts, ["人大主席", "人大副主席", "镇长", "副镇长"]);
}

#[test]
fn mandates_start_at_confirmation_and_a_resignation_ends_one() {
    let doc = export(&small_township(), &ExportOptions::default());
    let mandates = find(&doc, "memberships", |m| {
        m["organization_id"] == CONGRESS && m.get("post_id").is_none()
    });
    assert_eq!(mandates.len(), 12);
    assert!(
        mandates
            .iter()
            .all(|m| m["start_date"] == "2026-01-05" && m["role"] == "代表")
    );
    let resigned = find(&doc, "memberships", |m| {
        m["person_id"] == DEPUTY_11 && m["organization_id"] == CONGRESS
    });
    assert_eq!(resigned.len(), 1);
    assert_eq!(resigned[0]["end_date"], "2026-01-15");
    assert_eq!(
        resigned[0]["area_id"],
        "constituency/00000000-0000-0000-0000-0000000003ec"
    );
    let serving = find(&doc, "memberships", |m| {
        m["person_id"] == DEPUTY_12 && m["organization_id"] == CONGRESS
    });
    assert_eq!(serving.len(), 1);
    assert!(serving[0].get("end_date").is_none(), "{}", serving[0]);
    let ended: Vec<&Value> = mandates
        .into_iter()
        .filter(|m| m.get("end_date").is_some())
        .collect();
    assert_eq!(ended.len(), 1);
}

#[test]
fn the_chair_and_township_head_hold_their_posts() {
    let doc = export(&small_township(), &ExportOptions::default());
    let chair = find(&doc, "memberships", |m| {
        m["post_id"] == "congress/青山镇/8/post/chair"
    });
    assert_eq!(chair.len(), 1);
    assert_eq!(chair[0]["person_id"], DEPUTY_1);
    assert_eq!(chair[0]["organization_id"], CONGRESS);
    assert_eq!(chair[0]["role"], "人大主席");
    assert_eq!(chair[0]["start_date"], "2026-01-15");
    assert!(chair[0].get("end_date").is_none());
    let head = find(&doc, "memberships", |m| {
        m["post_id"] == "government/青山镇/post/head"
    });
    assert_eq!(head.len(), 1);
    assert_eq!(head[0]["person_id"], "citizen/青山镇/王建国");
    assert_eq!(head[0]["organization_id"], "government/青山镇");
    // The chair sits on the presidium ex officio; 1..=7 were elected to it.
    let presidium = find(&doc, "memberships", |m| {
        m["organization_id"] == "congress/青山镇/8/presidium"
    });
    assert_eq!(presidium.len(), 7);
    assert!(
        presidium
            .iter()
            .any(|m| m["person_id"] == DEPUTY_1 && m["start_date"] == "2026-01-15")
    );
}

#[test]
fn roll_votes_are_counts_without_individual_votes() {
    let doc = export(&small_township(), &ExportOptions::default());
    // Five roll votes; the two elections were secret ballots and are not vote events.
    assert_eq!(items(&doc, "vote_events").len(), 5);
    assert_eq!(items(&doc, "motions").len(), 5);
    let budget = vote_event(&doc, BUDGET);
    assert_eq!(budget["result"], "pass");
    assert_eq!(
        budget["counts"],
        json!([
            { "option": "yes", "value": 8 },
            { "option": "no", "value": 2 },
            { "option": "abstain", "value": 1 },
        ])
    );
    assert_eq!(budget["legislative_session_id"], format!("session/{S}"));
    assert_eq!(budget["end_date"], "2026-01-15T10:00:00+08:00");
    assert!(
        items(&doc, "vote_events")
            .iter()
            .all(|v| v.get("votes").is_none())
    );
    assert_eq!(vote_event(&doc, ANNUL)["result"], "fail");
    let motion = find(&doc, "motions", |m| m["id"] == budget["motion_id"]);
    assert_eq!(motion.len(), 1);
    assert_eq!(motion[0]["classification"], "预算");
    assert_eq!(motion[0]["result"], "pass");
    assert_eq!(
        motion[0]["requirement"],
        "全体代表12名中7名以上赞成（组织法2022 第二十五条）"
    );
}

#[test]
fn individual_votes_only_when_asked() {
    let l = small_township();
    let doc = export(&l, &ExportOptions::default().with_individual_votes(true));
    let votes = vote_event(&doc, BUDGET)["votes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(votes.len(), 11);
    assert_eq!(votes[0], json!({ "voter_id": DEPUTY_1, "option": "yes" }));
    assert_eq!(votes[8]["option"], "no");
    assert_eq!(votes[10]["option"], "abstain");
    // The export without them is the same document less the `votes`.
    let mut stripped = doc.clone();
    for v in stripped["vote_events"].as_array_mut().into_iter().flatten() {
        v.as_object_mut().map(|o| o.remove("votes"));
    }
    assert_eq!(stripped, export(&l, &ExportOptions::default()));
}

#[test]
fn without_the_government_there_are_no_government_posts_or_citizens() {
    let doc = export(
        &small_township(),
        &ExportOptions::default().with_government(false),
    );
    let text = doc.to_string();
    assert!(!text.contains("government/"), "{text}");
    assert!(!text.contains("王建国"));
    assert_eq!(items(&doc, "persons").len(), 12);
    assert_eq!(items(&doc, "posts").len(), 2);
}

#[test]
fn export_is_byte_identical() {
    let l = small_township();
    let options = ExportOptions::default().with_individual_votes(true);
    let once = serde_json::to_string(&popolo(&l, &options)).expect("serializable");
    let twice = serde_json::to_string(&popolo(&l, &options)).expect("serializable");
    assert_eq!(once, twice);
    let replayed = Ledger::replay(Rulebook::NATIONAL, l.events()).expect("replays");
    let again = serde_json::to_string(&popolo(&replayed, &options)).expect("serializable");
    assert_eq!(once, again);
}

#[test]
fn nothing_to_export_before_the_term_opens() {
    let doc = export(&Ledger::new(Rulebook::NATIONAL), &ExportOptions::default());
    assert!(
        [
            "persons",
            "organizations",
            "memberships",
            "posts",
            "motions",
            "vote_events"
        ]
        .iter()
        .all(|c| items(&doc, c).is_empty())
    );
}
