//! The archive's hash chain (issue 13): any edit of a recorded entry, lawful-looking or not, is
//! refused on replay at its position; the canonical form in `docs/archive.md` is what the crate
//! hashes, and its worked example is the crate's own output.

mod common;

use chrono::Duration;
use common::{S1, Town, dep, item, snapshot};
use sha2::{Digest as _, Sha256};
use township_congress::ledger::{Digest, LedgerError};
use township_congress::session::{Choice, SessionCommand, Subject};
use township_congress::{Actor, Command, Envelope, Error, Event, Ledger, Recorded, Rulebook};

/// A town whose first session votes on item 10: deputy 5 votes `five`, everyone else for.
fn voted(five: Choice) -> Town {
    let mut t = Town::with_deputies(12).chair(1).first_session_open();
    t.put(S1, 10, Subject::Resolution {});
    for d in t.present(S1) {
        let choice = if d == 5 { five } else { Choice::For };
        t.ok(
            common::deputy(d),
            SessionCommand::CastVote {
                session: S1,
                item: item(10),
                choice,
            },
        );
    }
    t.close_vote(S1, 10);
    // Something an hour after the vote, so the edits are in the middle of the archive.
    let later = t.now() + Duration::hours(1);
    t.at(later);
    t.put(S1, 11, Subject::Resolution {});
    t
}

/// The entry of deputy 5's vote, and of the vote's close.
fn vote_and_close(log: &[Recorded]) -> (usize, usize) {
    let vote = log.iter().position(|r| {
        r.actor == common::deputy(5)
            && matches!(
                &r.event,
                Event::Session(township_congress::session::SessionEvent::VoteCast(v)) if v.item == item(10)
            )
    });
    let close = log.iter().position(|r| {
        matches!(
            &r.event,
            Event::Session(township_congress::session::SessionEvent::VoteClosed(c)) if c.item == item(10)
        )
    });
    (
        vote.expect("deputy 5 voted"),
        close.expect("the vote closed"),
    )
}

/// Recomputes every digest, as someone rewriting the whole archive would.
fn rechain(log: &mut [Recorded]) {
    let mut head = Digest::GENESIS;
    for rec in log {
        rec.digest = rec.chained_digest(&head).expect("canonical");
        head = rec.digest;
    }
}

/// Renumbers `seq` after entries were moved, inserted or removed by hand.
fn renumber(log: &mut [Recorded]) {
    for (k, rec) in log.iter_mut().enumerate() {
        rec.seq = u64::try_from(k + 1).expect("fits");
    }
}

/// The position at which a replay of `log` is refused.
fn refused_at(log: &[Recorded]) -> (usize, Error) {
    let e = Ledger::replay(Rulebook::NATIONAL, log).expect_err("refused");
    let position = match &e {
        Error::Ledger(
            LedgerError::ChainBroken { position, .. }
            | LedgerError::Replay { position, .. }
            | LedgerError::BadSequence { position, .. },
        ) => *position,
        other => panic!("not refused at a position: {other:?}"),
    };
    (position, e)
}

/// Asserts `log` is refused because its chain breaks at `at`, naming both digests.
fn chain_breaks_at(log: &[Recorded], at: usize) {
    match Ledger::replay(Rulebook::NATIONAL, log) {
        Err(Error::Ledger(LedgerError::ChainBroken {
            position,
            seq,
            expected,
            found,
        })) => {
            assert_eq!(position, at);
            assert_eq!(seq, u64::try_from(at + 1).expect("fits"));
            assert_ne!(expected, found);
            assert_eq!(found, log[at].digest);
            let message = Ledger::replay(Rulebook::NATIONAL, log)
                .expect_err("refused")
                .to_string();
            assert!(message.contains(&expected.to_string()), "{message}");
            assert!(message.contains(&found.to_string()), "{message}");
        }
        other => panic!("expected the chain to break at {at}, got {other:?}"),
    }
}

/// Acceptance: a vote turned from against to for with the tally edited to match breaks no rule
/// (re-chained, the edited log replays), and is refused at the vote's position.
#[test]
fn a_flipped_vote_with_its_tally_adjusted_is_refused_at_the_vote() {
    let honest = voted(Choice::Against);
    let log = honest.ledger.events().to_vec();
    let (vote, close) = vote_and_close(&log);
    let flipped = voted(Choice::For).ledger.events().to_vec();
    assert_eq!(vote_and_close(&flipped), (vote, close));
    assert_ne!(log[close].event, flipped[close].event, "the tally changed");

    let mut edited = log.clone();
    edited[vote].event = flipped[vote].event.clone();
    edited[close].event = flipped[close].event.clone();
    chain_breaks_at(&edited, vote);

    // The edit breaks no rule: rewritten whole, the archive replays, to another head.
    let mut rewritten = edited.clone();
    rechain(&mut rewritten);
    let replayed = Ledger::replay(Rulebook::NATIONAL, &rewritten).expect("a lawful edit");
    assert_ne!(replayed.head(), honest.ledger.head());
    assert_eq!(
        Ledger::replay(Rulebook::NATIONAL, &log)
            .expect("honest")
            .head(),
        honest.ledger.head()
    );
}

#[test]
fn a_renamed_deputy_is_refused_at_the_election() {
    let t = Town::with_deputies(12).build();
    let mut log = t.ledger.events().to_vec();
    let elected = log
        .iter()
        .position(|r| {
            matches!(&r.event, Event::Roster(township_congress::RosterChange::DeputyElected { deputy, .. }) if *deputy == dep(4))
        })
        .expect("deputy 4 elected");
    let mut value = serde_json::to_value(&log[elected]).expect("json");
    value["event"]["roster"]["name"] = "李四".into();
    log[elected] = serde_json::from_value(value).expect("still an entry");
    chain_breaks_at(&log, elected);
    rechain(&mut log);
    Ledger::replay(Rulebook::NATIONAL, &log).expect("renaming breaks no rule");
}

#[test]
fn an_entry_moved_by_a_minute_is_refused_at_its_position() {
    let t = voted(Choice::Against);
    let mut log = t.ledger.events().to_vec();
    let (_, close) = vote_and_close(&log);
    log[close].at += Duration::minutes(1);
    assert!(log[close].at <= log[close + 1].at, "still in order");
    chain_breaks_at(&log, close);
    rechain(&mut log);
    Ledger::replay(Rulebook::NATIONAL, &log).expect("a minute later breaks no rule");
}

#[test]
fn deleted_reordered_and_inserted_entries_are_refused_at_their_position() {
    let t = voted(Choice::Against);
    let log = t.ledger.events().to_vec();
    let (vote, _) = vote_and_close(&log);

    // Deleted: a gap in the sequence, and renumbered, a broken chain.
    let mut deleted = log.clone();
    deleted.remove(vote);
    assert_eq!(refused_at(&deleted).0, vote);
    renumber(&mut deleted);
    chain_breaks_at(&deleted, vote);

    // Two votes swapped (each lawful in either order), renumbered.
    let mut reordered = log.clone();
    reordered.swap(vote, vote + 1);
    assert_eq!(refused_at(&reordered).0, vote);
    renumber(&mut reordered);
    chain_breaks_at(&reordered, vote);

    // An entry inserted: another item put before the vote, numbered to fit.
    let mut inserted = log.clone();
    let before = Ledger::replay(Rulebook::NATIONAL, &log[..vote]).expect("a prefix replays");
    let extra = before
        .check(&Envelope::new(
            Actor::Presidium {},
            log[vote].at,
            Command::Session(SessionCommand::PutItem {
                session: S1,
                item: item(99),
                title: "另一项决议".into(),
                subject: Subject::Resolution {},
            }),
        ))
        .expect("lawful at that point of the log");
    inserted.insert(vote, extra);
    // The inserted entry itself is lawful and chained to what precedes it: the archive breaks
    // at the entry it displaced, by its seq, and renumbered, by its digest.
    assert_eq!(refused_at(&inserted).0, vote + 1);
    renumber(&mut inserted);
    chain_breaks_at(&inserted, vote + 1);

    // The untouched log replays to the same state and head.
    let again = Ledger::replay(Rulebook::NATIONAL, &log).expect("honest");
    assert_eq!(snapshot(&again), snapshot(&t.ledger));
    assert_eq!(again.head(), t.ledger.head());
}

/// A stored ledger is its rulebook and its log: an edited digest, or an entry edited in the
/// stored JSON, is refused on load.
#[test]
fn a_stored_ledger_is_verified_on_load() {
    let t = voted(Choice::Against);
    let json = serde_json::to_string(&t.ledger).expect("json");
    let loaded: Ledger = serde_json::from_str(&json).expect("loads");
    assert_eq!(loaded.head(), t.ledger.head());

    let mut value: serde_json::Value = serde_json::from_str(&json).expect("json");
    value["log"][3]["digest"] = Digest::GENESIS.to_string().into();
    let err = serde_json::from_value::<Ledger>(value).expect_err("refused");
    assert!(err.to_string().contains("position 3"), "{err}");
    assert!(err.to_string().contains("hash chain"), "{err}");
}

/// Each entry's digest is the SHA-256 of the previous digest and the entry's canonical bytes,
/// which are its stored JSON line without the trailing `,"digest":"…"`; the chain is computed
/// here independently of the crate.
#[test]
fn the_documented_canonical_form_is_what_is_hashed() {
    let t = voted(Choice::Against);
    let mut previous = Sha256::digest(township_congress::ledger::GENESIS_TEXT).to_vec();
    assert_eq!(previous, Digest::GENESIS.as_bytes());
    for rec in t.ledger.events() {
        let line = serde_json::to_string(rec).expect("json");
        let tail = format!(",\"digest\":\"{}\"}}", rec.digest);
        let body = line
            .strip_suffix(&tail)
            .expect("the digest is the last field");
        let canonical = format!("{body}}}");
        assert_eq!(
            canonical.as_bytes(),
            rec.canonical_bytes().expect("canonical")
        );
        let mut h = Sha256::new();
        h.update(&previous);
        h.update(canonical.as_bytes());
        let digest = h.finalize().to_vec();
        assert_eq!(digest, rec.digest.as_bytes(), "seq {}", rec.seq);
        previous = digest;
    }
    assert_eq!(previous, t.ledger.head().as_bytes());
}

/// The worked example of `docs/archive.md`: two entries as the crate writes them, with their
/// digests, and the head. The doc is checked against the crate's output, so it cannot drift.
#[test]
fn the_worked_example_in_the_doc_is_the_crates_output() {
    let doc = include_str!("../docs/archive.md");
    let mut ledger = Ledger::new(Rulebook::NATIONAL);
    for command in two_entries() {
        ledger.execute(command).expect("accepted");
    }
    let lines: Vec<String> = ledger
        .events()
        .iter()
        .map(|r| serde_json::to_string(r).expect("json"))
        .collect();
    let block = doc
        .split("```jsonl\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a jsonl block in docs/archive.md");
    let expected = lines.join("\n") + "\n";
    assert_eq!(
        block, expected,
        "docs/archive.md's example is stale; the crate writes:\n{expected}"
    );
    for (k, rec) in ledger.events().iter().enumerate() {
        let canonical = String::from_utf8(rec.canonical_bytes().expect("canonical")).expect("utf8");
        assert!(
            doc.contains(&format!("`{}`", rec.digest)),
            "entry {} digest {} not in the doc",
            k + 1,
            rec.digest
        );
        assert!(
            doc.contains(&canonical),
            "canonical bytes of entry {} not in the doc:\n{canonical}",
            k + 1
        );
    }
    assert!(doc.contains(&format!("`{}`", Digest::GENESIS)));
    let replayed: Vec<Recorded> = lines
        .iter()
        .map(|l| serde_json::from_str(l).expect("an entry"))
        .collect();
    assert_eq!(
        Ledger::replay(Rulebook::NATIONAL, &replayed)
            .expect("replays")
            .head(),
        ledger.head()
    );
}

/// The two commands of the doc's example.
fn two_entries() -> Vec<Envelope> {
    use chrono::{NaiveDate, TimeZone, Utc};
    use township_congress::RosterChange;
    use township_congress::ids::ConstituencyId;
    let at = Utc
        .with_ymd_and_hms(2026, 1, 5, 2, 0, 0)
        .single()
        .expect("time");
    vec![
        Envelope::new(
            Actor::CountyStandingCommittee {},
            at,
            Command::Roster(RosterChange::TermOpened {
                township: "青山镇".into(),
                number: 8,
                election_completed: NaiveDate::from_ymd_opt(2026, 1, 4).expect("date"),
                population: 28_600,
                seats: 46,
                uplift: false,
                township_kind: township_congress::roster::TownshipKind::Town,
                minorities: Vec::new(),
            }),
        ),
        Envelope::new(
            Actor::ElectionCommittee {},
            at,
            Command::Roster(RosterChange::ConstituencyDrawn {
                constituency: ConstituencyId::from_u128(1),
                name: "青山村".into(),
                seats: 3,
                voters: 1_150,
            }),
        ),
    ]
}

/// Issue 13: a stored ledger edited so a constituency has 4,294,967,295 seats is a typed error
/// on load, in debug and release alike (no sum overflows): the state is never read from a
/// stored copy, and the log's entry breaks the chain and, rewritten, the seats rule.
#[test]
fn a_stored_constituency_of_u32_max_seats_is_a_typed_error() {
    let t = Town::with_deputies(12).build();
    let mut value = serde_json::to_value(&t.ledger).expect("json");
    value["log"][1]["event"]["roster"]["seats"] = u32::MAX.into();
    let err = serde_json::from_value::<Ledger>(value.clone()).expect_err("refused on load");
    assert!(err.to_string().contains("position 1"), "{err}");

    let mut log: Vec<Recorded> = serde_json::from_value(value["log"].clone()).expect("entries");
    rechain(&mut log);
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Err(Error::Ledger(LedgerError::Replay {
            position: 1, error, ..
        })) => assert!(
            matches!(
                *error,
                Error::Roster(township_congress::roster::RosterError::ConstituencySeats {
                    seats: u32::MAX,
                    ..
                })
            ),
            "{error:?}"
        ),
        other => panic!("expected the seats rule at position 1, got {other:?}"),
    }

    // A second constituency of u32::MAX seats after a valid one: refused, not summed.
    let mut ledger = t.ledger.clone();
    let before = snapshot(&ledger);
    let e = ledger
        .execute(Envelope::new(
            Actor::ElectionCommittee {},
            t.now(),
            Command::Roster(township_congress::RosterChange::ConstituencyDrawn {
                constituency: township_congress::ids::ConstituencyId::from_u128(77),
                name: "新村".into(),
                seats: u32::MAX,
                voters: u32::MAX,
            }),
        ))
        .expect_err("refused");
    assert!(matches!(e, Error::Roster(_)), "{e:?}");
    assert_eq!(snapshot(&ledger), before);
}
