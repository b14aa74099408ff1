//! The ledger: refusals change nothing, replay rebuilds the same state, and a log that
//! breaks a rule is refused with the position of the first bad event.

mod common;

use common::{at, day, dep, snapshot, township};
use township_congress::ledger::LedgerError;
use township_congress::roster::{Officeholder, Post, RosterError};
use township_congress::{Actor, Command, Envelope, Error, Event, Ledger, RosterChange, Rulebook};

fn resign(n: u32, on_day: u32, votes_for: u32) -> Command {
    Command::Roster(RosterChange::ResignationAccepted {
        deputy: dep(n),
        on: day(3, on_day),
        votes_for,
    })
}

/// Rule: 选举法2020 第五十五条第二款 — 23 of 46 is not a majority; nothing changes.
#[test]
fn a_refused_command_leaves_the_ledger_byte_identical() {
    let mut ledger = township(46);
    let before = snapshot(&ledger);
    let result = ledger.execute(Envelope::new(
        Actor::Presidium {},
        at(3, 10),
        resign(7, 10, 23),
    ));
    match result {
        Err(Error::Roster(RosterError::TooFewVotes {
            needed: 24,
            got: 23,
            ..
        })) => {}
        other => panic!("expected TooFewVotes, got {other:?}"),
    }
    assert_eq!(snapshot(&ledger), before);

    // Refused for the actor: the government cannot announce it.
    let result = ledger.execute(Envelope::new(
        Actor::Government {},
        at(3, 10),
        resign(7, 10, 40),
    ));
    assert!(matches!(
        result,
        Err(Error::Roster(RosterError::Forbidden(_)))
    ));
    assert_eq!(snapshot(&ledger), before);
}

#[test]
fn time_never_goes_backwards() {
    let mut ledger = township(6);
    let before = snapshot(&ledger);
    let result = ledger.execute(Envelope::new(
        Actor::Presidium {},
        at(1, 4),
        resign(1, 1, 6),
    ));
    assert!(matches!(
        result,
        Err(Error::Ledger(LedgerError::TimeWentBackwards { .. }))
    ));
    assert_eq!(snapshot(&ledger), before);
}

#[test]
fn replay_rebuilds_the_same_state() {
    let mut ledger = township(46);
    let seat = RosterChange::OfficerSeated {
        post: Post::Chair,
        holder: Officeholder::Deputy { deputy: dep(1) },
        on: day(1, 10),
    };
    ledger
        .execute(Envelope::new(
            Actor::Presidium {},
            at(1, 10),
            Command::Roster(seat),
        ))
        .expect("seated");
    ledger
        .execute(Envelope::new(
            Actor::Presidium {},
            at(3, 10),
            resign(7, 10, 30),
        ))
        .expect("accepted");

    let replayed = Ledger::replay(Rulebook::NATIONAL, ledger.events()).expect("log is valid");
    assert_eq!(snapshot(&replayed), snapshot(&ledger));

    // Through JSON too: what a database hands back replays the same.
    let json = serde_json::to_string(ledger.events()).expect("serializable");
    let log: Vec<township_congress::Recorded> =
        serde_json::from_str(&json).expect("deserializable");
    let from_json = Ledger::replay(Rulebook::NATIONAL, &log).expect("log is valid");
    assert_eq!(snapshot(&from_json), snapshot(&ledger));
}

#[test]
fn an_edited_log_is_refused_with_its_position() {
    let mut ledger = township(46);
    ledger
        .execute(Envelope::new(
            Actor::Presidium {},
            at(3, 10),
            resign(7, 10, 30),
        ))
        .expect("accepted");
    let mut log = ledger.events().to_vec();
    let last = log.len() - 1;
    // Someone lowers the recorded vote below the majority.
    if let Some(rec) = log.get_mut(last) {
        rec.event = Event::Roster(RosterChange::ResignationAccepted {
            deputy: dep(7),
            on: day(3, 10),
            votes_for: 20,
        });
    }
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Err(Error::Ledger(LedgerError::Replay {
            position,
            seq,
            error,
        })) => {
            assert_eq!(position, last);
            assert_eq!(seq, u64::try_from(last + 1).expect("fits"));
            assert!(matches!(
                *error,
                Error::Roster(RosterError::TooFewVotes {
                    needed: 24,
                    got: 20,
                    ..
                })
            ));
        }
        other => panic!("expected a replay refusal, got {other:?}"),
    }

    // An actor swapped for one without the right is refused too.
    let mut log = ledger.events().to_vec();
    if let Some(rec) = log.get_mut(0) {
        rec.actor = Actor::Government {};
    }
    assert!(matches!(
        Ledger::replay(Rulebook::NATIONAL, &log),
        Err(Error::Ledger(LedgerError::Replay { position: 0, .. }))
    ));

    // A gap in the sequence is refused.
    let mut log = ledger.events().to_vec();
    log.remove(3);
    assert!(matches!(
        Ledger::replay(Rulebook::NATIONAL, &log),
        Err(Error::Ledger(LedgerError::BadSequence {
            position: 3,
            seq: 5,
            expected: 4
        }))
    ));
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let a = township(20);
    let b = township(20);
    assert_eq!(snapshot(&a), snapshot(&b));
    assert_eq!(
        serde_json::to_string(a.events()).expect("serializable"),
        serde_json::to_string(b.events()).expect("serializable")
    );
}

#[test]
fn errors_read_as_sentences_with_the_citation() {
    let mut ledger = township(46);
    let err = ledger
        .execute(Envelope::new(
            Actor::Presidium {},
            at(3, 10),
            resign(7, 10, 23),
        ))
        .expect_err("refused");
    assert_eq!(
        err.to_string(),
        "accepting the resignation needs 24 votes of 46, got 23: short by 1 (选举法2020 第五十五条第二款)"
    );
}

/// A mandate cannot end before a day on which the record shows the deputy acting: that would
/// rewrite who took part in a meeting already recorded.
#[test]
fn a_mandate_cannot_end_before_the_deputy_is_recorded_acting() {
    use township_congress::ids::{MeetingId, SessionId};
    use township_congress::presidium::PresidiumCommand;
    use township_congress::roster::TerminationGround;
    let mut ledger = township(46);
    let mut run = |actor: Actor, when, command| {
        ledger
            .execute(Envelope::new(actor, when, command))
            .map(|_| ())
            .unwrap_or_else(|e| panic!("refused: {e}"));
    };
    let seat = RosterChange::OfficerSeated {
        post: Post::Chair,
        holder: Officeholder::Deputy { deputy: dep(1) },
        on: day(1, 8),
    };
    run(Actor::Presidium {}, at(1, 8), Command::Roster(seat));
    let record = PresidiumCommand::RecordMembership {
        session: SessionId::from_u128(99),
        members: (1..=9).map(dep).collect(),
        on: day(1, 8),
    };
    run(Actor::Presidium {}, at(1, 8), Command::Presidium(record));
    let meeting = MeetingId::from_u128(1);
    run(
        Actor::deputy(dep(1)),
        at(1, 9),
        Command::Presidium(PresidiumCommand::ConveneMeeting { meeting }),
    );
    run(
        Actor::deputy(dep(3)),
        at(1, 9),
        Command::Presidium(PresidiumCommand::RegisterAttendance { meeting }),
    );

    let died = |on| {
        Command::Roster(RosterChange::MandateTerminated {
            deputy: dep(3),
            on,
            ground: TerminationGround::Died,
        })
    };
    let before = snapshot(&ledger);
    let err = ledger
        .execute(Envelope::new(
            Actor::CredentialsCommittee {},
            at(1, 20),
            died(day(1, 8)),
        ))
        .expect_err("refused");
    assert_eq!(
        err,
        Error::Ledger(LedgerError::BeforeRecordedActs {
            deputy: dep(3),
            on: day(1, 8),
            last_act: day(1, 9)
        })
    );
    assert_eq!(snapshot(&ledger), before);
    ledger
        .execute(Envelope::new(
            Actor::CredentialsCommittee {},
            at(1, 20),
            died(day(1, 10)),
        ))
        .expect("after the meeting");
}
