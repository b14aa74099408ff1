//! Structure-aware mutation (issue 13): valid logs and envelopes built with the `Town` fixture
//! are mutated where their structure makes a difference — numbers to 0 and `u32::MAX`, ids
//! swapped between entries, entries dropped, duplicated or reordered, dates moved to year 1 and
//! 9999, tags changed — and the crate must not panic, must leave the ledger byte-identical when
//! it refuses, and an accepted mutated log must replay to the same state.
//!
//! Mutated logs are renumbered and re-chained in half the cases, so the rules, not only the hash
//! chain, meet the mutation.

mod common;

use std::sync::OnceLock;

use common::{S1, Town, dep, deputy, item, snapshot, staff};
use proptest::prelude::*;
use serde_json::Value;
use township_congress::ids::ProposalId;
use township_congress::ledger::Digest;
use township_congress::proposal::ProposalCommand;
use township_congress::session::{Attendance, Choice, SessionCommand, Subject};
use township_congress::{Actor, Command, Envelope, Ledger, Recorded, Rulebook};

/// One change to a JSON array of entries or envelopes; indices are taken modulo what exists.
#[derive(Debug, Clone)]
enum Mutation {
    /// The `k`th number of entry `i` set to 0, `u32::MAX` or `u64::MAX`.
    Number { i: usize, k: usize, to: u64 },
    /// The `k`th id of entry `i` and the `l`th of entry `j` swapped.
    SwapIds {
        i: usize,
        k: usize,
        j: usize,
        l: usize,
    },
    /// Entry `i` dropped.
    Drop { i: usize },
    /// Entry `i` duplicated in place.
    Duplicate { i: usize },
    /// Entries `i` and `j` swapped.
    Reorder { i: usize, j: usize },
    /// The `k`th date or time of entry `i` moved to year 1 or 9999.
    Year { i: usize, k: usize, year: u32 },
    /// The `k`th tag (`kind`) of entry `i` replaced by the `t`th tag seen anywhere.
    Tag { i: usize, k: usize, t: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let ix = || 0usize..10_000;
    prop_oneof![
        (
            ix(),
            ix(),
            prop_oneof![Just(0u64), Just(u64::from(u32::MAX)), Just(u64::MAX)]
        )
            .prop_map(|(i, k, to)| Mutation::Number { i, k, to }),
        (ix(), ix(), ix(), ix()).prop_map(|(i, k, j, l)| Mutation::SwapIds { i, k, j, l }),
        ix().prop_map(|i| Mutation::Drop { i }),
        ix().prop_map(|i| Mutation::Duplicate { i }),
        (ix(), ix()).prop_map(|(i, j)| Mutation::Reorder { i, j }),
        (ix(), ix(), prop_oneof![Just(1u32), Just(9999u32)])
            .prop_map(|(i, k, year)| Mutation::Year { i, k, year }),
        (ix(), ix(), ix()).prop_map(|(i, k, t)| Mutation::Tag { i, k, t }),
    ]
}

/// Paths (object keys and array indices) to the leaves of one entry that `keep` selects.
fn leaves(value: &Value, keep: &dyn Fn(Option<&str>, &Value) -> bool) -> Vec<Vec<Seg>> {
    fn walk(
        v: &Value,
        key: Option<&str>,
        path: &mut Vec<Seg>,
        keep: &dyn Fn(Option<&str>, &Value) -> bool,
        out: &mut Vec<Vec<Seg>>,
    ) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    path.push(Seg::Key(k.clone()));
                    walk(child, Some(k), path, keep, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (n, child) in items.iter().enumerate() {
                    path.push(Seg::Index(n));
                    walk(child, key, path, keep, out);
                    path.pop();
                }
            }
            leaf if keep(key, leaf) => out.push(path.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, None, &mut Vec::new(), keep, &mut out);
    out
}

#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

fn at_path<'v>(value: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |v, seg| match seg {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(n) => v.get_mut(*n),
    })
}

fn is_number(_: Option<&str>, v: &Value) -> bool {
    v.is_u64()
}

fn is_id(_: Option<&str>, v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 36 && s.as_bytes().get(8) == Some(&b'-'))
}

fn is_date(_: Option<&str>, v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        s.len() >= 10 && s.as_bytes().get(4) == Some(&b'-') && s.as_bytes().get(7) == Some(&b'-')
    })
}

fn is_tag(key: Option<&str>, v: &Value) -> bool {
    key == Some("kind") && v.is_string()
}

/// The `k`th leaf of entry `i` selected by `keep`, if any.
fn pick<'v>(
    entries: &'v mut [Value],
    i: usize,
    k: usize,
    keep: &dyn Fn(Option<&str>, &Value) -> bool,
) -> Option<&'v mut Value> {
    let n = entries.len();
    let entry = entries.get_mut(i.checked_rem(n)?)?;
    let paths = leaves(entry, keep);
    let path = paths.get(k.checked_rem(paths.len())?)?.clone();
    at_path(entry, &path)
}

/// Every tag that occurs in the entries.
fn tags(entries: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = entries
        .iter()
        .flat_map(|e| {
            let mut e = e.clone();
            leaves(&e, &is_tag)
                .into_iter()
                .filter_map(|p| at_path(&mut e, &p).and_then(|v| v.as_str().map(str::to_owned)))
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn apply(entries: &mut Vec<Value>, m: &Mutation, tags: &[String]) {
    let n = entries.len();
    if n == 0 {
        return;
    }
    match *m {
        Mutation::Number { i, k, to } => {
            if let Some(v) = pick(entries, i, k, &is_number) {
                *v = to.into();
            }
        }
        Mutation::SwapIds { i, k, j, l } => {
            let a = pick(entries, i, k, &is_id).map(|v| v.take());
            let b = pick(entries, j, l, &is_id).map(|v| v.take());
            if let (Some(a), Some(b)) = (a, b) {
                if let Some(v) = pick(entries, i, k, &|_, v| v.is_null()) {
                    *v = b;
                }
                if let Some(v) = pick(entries, j, l, &|_, v| v.is_null()) {
                    *v = a;
                }
            }
        }
        Mutation::Drop { i } => {
            entries.remove(i % n);
        }
        Mutation::Duplicate { i } => {
            let copy = entries[i % n].clone();
            entries.insert(i % n, copy);
        }
        Mutation::Reorder { i, j } => entries.swap(i % n, j % n),
        Mutation::Year { i, k, year } => {
            if let Some(v) = pick(entries, i, k, &is_date)
                && let Some(s) = v.as_str()
            {
                *v = format!("{year:04}{}", &s[4..]).into();
            }
        }
        Mutation::Tag { i, k, t } => {
            if let (Some(v), Some(tag)) = (
                pick(entries, i, k, &is_tag),
                tags.get(t % tags.len().max(1)),
            ) {
                *v = tag.clone().into();
            }
        }
    }
}

/// A session sitting with an item voted and closed, attendance and a suggestion lodged.
fn town() -> Town {
    let mut t = Town::with_deputies(12)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .first_session_open();
    for envelope in script(&t) {
        t.ledger.execute(envelope).expect("the script is lawful");
    }
    t
}

/// The base town, before the script.
fn sitting() -> Town {
    Town::with_deputies(12)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .first_session_open()
}

/// The envelopes played on [`sitting`]: an item put, voted on by everyone and closed, an
/// attendance change, a suggestion drafted and lodged.
fn script(t: &Town) -> Vec<Envelope> {
    let at = t.now();
    let e = |actor: Actor, command: Command| Envelope::new(actor, at, command);
    let mut out = vec![e(
        Actor::Presidium {},
        SessionCommand::PutItem {
            session: S1,
            item: item(20),
            title: "决议".into(),
            subject: Subject::Resolution {},
        }
        .into(),
    )];
    for d in 1..=12 {
        let choice = if d % 4 == 0 {
            Choice::Against
        } else {
            Choice::For
        };
        out.push(e(
            deputy(d),
            SessionCommand::CastVote {
                session: S1,
                item: item(20),
                choice,
            }
            .into(),
        ));
    }
    let suggestion = ProposalId::from_u128(6100);
    out.extend([
        e(
            Actor::Presidium {},
            SessionCommand::CloseVote {
                session: S1,
                item: item(20),
            }
            .into(),
        ),
        e(
            staff(),
            SessionCommand::RecordAttendance {
                session: S1,
                deputy: dep(4),
                attendance: Attendance::Absent,
            }
            .into(),
        ),
        e(
            deputy(5),
            ProposalCommand::DraftSuggestion {
                proposal: suggestion,
                category: "城乡建设".into(),
                title: "关于增设路灯的建议".into(),
                content: "村口无路灯".into(),
            }
            .into(),
        ),
        e(
            deputy(5),
            ProposalCommand::Submit {
                proposal: suggestion,
            }
            .into(),
        ),
    ]);
    out
}

struct Base {
    sitting: Ledger,
    script: Vec<Value>,
    logs: Vec<Vec<Value>>,
}

fn base() -> &'static Base {
    static BASE: OnceLock<Base> = OnceLock::new();
    BASE.get_or_init(|| {
        let s = sitting();
        let script = script(&s)
            .iter()
            .map(|e| serde_json::to_value(e).expect("json"))
            .collect();
        let to_values = |l: &Ledger| {
            l.events()
                .iter()
                .map(|r| serde_json::to_value(r).expect("json"))
                .collect()
        };
        let term = Town::with_deputies(6).build().ledger;
        Base {
            logs: vec![to_values(&town().ledger), to_values(&term)],
            sitting: s.ledger,
            script,
        }
    })
}

/// Renumbers and re-chains entries, as a forger who rewrites every digest would.
fn rechain(log: &mut [Recorded]) {
    let mut head = Digest::GENESIS;
    for (k, rec) in log.iter_mut().enumerate() {
        rec.seq = u64::try_from(k + 1).expect("fits");
        if let Ok(d) = rec.chained_digest(&head) {
            rec.digest = d;
        }
        head = rec.digest;
    }
}

/// An accepted log replays again to the same bytes and loads back from its stored form.
fn replays_the_same(ledger: &Ledger) {
    let again = Ledger::replay(ledger.rules().clone(), ledger.events()).expect("replays again");
    assert_eq!(snapshot(&again), snapshot(ledger));
    let stored = serde_json::to_string(ledger).expect("json");
    let loaded: Ledger = serde_json::from_str(&stored).expect("a stored ledger loads");
    assert_eq!(snapshot(&loaded), snapshot(ledger));
    assert_eq!(loaded.head(), ledger.head());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_logs_are_refused_or_replay_the_same(
        which in 0usize..2,
        mutations in prop::collection::vec(mutation(), 1..4),
        forge in any::<bool>(),
    ) {
        let mut entries = base().logs[which].clone();
        let tags = tags(&entries);
        for m in &mutations {
            apply(&mut entries, m, &tags);
        }
        let Ok(mut log) = serde_json::from_value::<Vec<Recorded>>(Value::Array(entries)) else {
            return Ok(());
        };
        if forge {
            rechain(&mut log);
        }
        match Ledger::replay(Rulebook::NATIONAL, &log) {
            Ok(ledger) => replays_the_same(&ledger),
            Err(e) => prop_assert!(e.to_string().chars().count() < 2_000),
        }
    }

    #[test]
    fn mutated_envelopes_are_refused_unchanged_or_replay_the_same(
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let b = base();
        let mut envelopes = b.script.clone();
        let tags = tags(&envelopes);
        for m in &mutations {
            apply(&mut envelopes, m, &tags);
        }
        let mut ledger = b.sitting.clone();
        for value in envelopes {
            let Ok(envelope) = serde_json::from_value::<Envelope>(value) else { continue };
            let before = snapshot(&ledger);
            let predicted = ledger.check(&envelope);
            match ledger.execute(envelope) {
                Ok(entry) => prop_assert_eq!(predicted.as_ref().ok(), Some(entry)),
                Err(e) => {
                    prop_assert_eq!(snapshot(&ledger), before, "refused but changed: {}", e);
                    prop_assert_eq!(predicted.err(), Some(e));
                }
            }
        }
        replays_the_same(&ledger);
    }
}

/// The mutations do reach the rules: a forged (re-chained) log whose vote was dropped is
/// refused by the rules, not by the chain.
#[test]
fn a_forged_log_meets_the_rules() {
    let mut entries = base().logs[0].clone();
    let n = entries.len();
    // The close of item 20 comes after its twelve votes: drop the last vote before it.
    let close = n - 4;
    entries.remove(close - 1);
    let mut log: Vec<Recorded> = serde_json::from_value(Value::Array(entries)).expect("entries");
    rechain(&mut log);
    let e = Ledger::replay(Rulebook::NATIONAL, &log).expect_err("the tally no longer matches");
    assert!(
        matches!(
            e,
            township_congress::Error::Ledger(township_congress::ledger::LedgerError::Replay { .. })
        ),
        "{e:?}"
    );
}
