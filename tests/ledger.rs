//! The ledger: refusals change nothing, replay rebuilds the same state, and a log that
//! breaks a rule is refused with the position of the first bad event. An entry is one event
//! and the events of other aggregates it entails (its effects), recorded whole or not at all.

mod common;

use common::{
    S1, Town, at, day, decision, dep, deputy, election, meeting, presidium, snapshot, staff, who,
};
use township_congress::ids::SessionId;
use township_congress::ledger::LedgerError;
use township_congress::presidium::{DecisionTaken, MembershipRecorded};
use township_congress::presidium::{PresidiumDecision, PresidiumEvent};
use township_congress::roster::{Post, RosterError, TerminationGround};
use township_congress::session::{
    Attendance, SessionCommand, SessionError, SessionEvent, SessionKind, Subject,
};
use township_congress::session::{BallotsCounted, SessionClosed, SessionConvened};
use township_congress::{
    Actor, Command, Envelope, Error, Event, Ledger, Recorded, RosterChange, Rulebook,
};

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
    let mut t = Town::with_deputies(46).build();
    t.on(3, 10);
    match t.refused(presidium(), resign(7, 10, 23)) {
        Error::Roster(RosterError::TooFewVotes {
            needed: 24,
            got: 23,
            ..
        }) => {}
        other => panic!("expected TooFewVotes, got {other:?}"),
    }
    // Refused for the actor: the government cannot announce it.
    let e = t.refused(Actor::Government {}, resign(7, 10, 40));
    assert!(matches!(e, Error::Roster(RosterError::Forbidden(_))), "{e}");
}

/// An envelope dated before the last recorded entry is refused: the record's time never goes
/// backwards.
#[test]
fn time_never_goes_backwards() {
    let mut t = Town::with_deputies(6).build();
    let before = snapshot(&t.ledger);
    // The town's clock never goes back, so the envelope is made by hand, a day early.
    let result = t
        .ledger
        .execute(Envelope::new(presidium(), at(1, 4), resign(1, 1, 6)));
    assert!(matches!(
        result,
        Err(Error::Ledger(LedgerError::TimeWentBackwards { .. }))
    ));
    assert_eq!(snapshot(&t.ledger), before);
}

/// The log replays to the same state, also after a trip through JSON.
#[test]
fn replay_rebuilds_the_same_state() {
    let mut t = Town::with_deputies(46).chair(1).build();
    t.on(3, 10);
    t.ok(presidium(), resign(7, 10, 30));
    t.replayed();

    // Through JSON too: what a database hands back replays the same.
    let json = serde_json::to_string(t.ledger.events()).expect("serializable");
    let log: Vec<Recorded> = serde_json::from_str(&json).expect("deserializable");
    let from_json = Ledger::replay(Rulebook::NATIONAL, &log).expect("log is valid");
    assert_eq!(snapshot(&from_json), snapshot(&t.ledger));
}

/// Rule: 选举法2020 第五十五条第二款 — an edited vote below the majority is refused on replay,
/// at its position; so are an actor without the right and a gap in the sequence.
#[test]
fn an_edited_log_is_refused_with_its_position() {
    let mut t = Town::with_deputies(46).build();
    t.on(3, 10);
    t.ok(presidium(), resign(7, 10, 30));
    let mut log = t.ledger.events().to_vec();
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
    let mut log = t.ledger.events().to_vec();
    if let Some(rec) = log.get_mut(0) {
        rec.actor = Actor::Government {};
    }
    assert!(matches!(
        Ledger::replay(Rulebook::NATIONAL, &log),
        Err(Error::Ledger(LedgerError::Replay { position: 0, .. }))
    ));

    // A gap in the sequence is refused.
    let mut log = t.ledger.events().to_vec();
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

/// The same inputs give the same bytes: no clock, no random ids.
#[test]
fn the_same_inputs_give_the_same_bytes() {
    let a = Town::with_deputies(20).build().ledger;
    let b = Town::with_deputies(20).build().ledger;
    assert_eq!(snapshot(&a), snapshot(&b));
    assert_eq!(
        serde_json::to_string(a.events()).expect("serializable"),
        serde_json::to_string(b.events()).expect("serializable")
    );
}

/// Rule: 选举法2020 第五十五条第二款 — a refusal reads as a sentence with its citation.
#[test]
fn errors_read_as_sentences_with_the_citation() {
    let mut t = Town::with_deputies(46).build();
    t.on(3, 10);
    let err = t.refused(presidium(), resign(7, 10, 23));
    assert_eq!(
        err.to_string(),
        "accepting the resignation needs 24 votes of 46, got 23: short by 1 (选举法2020 第五十五条第二款)"
    );
}

/// A mandate cannot end before a day on which the record shows the deputy acting: that would
/// rewrite who took part in a meeting already recorded.
#[test]
fn a_mandate_cannot_end_before_the_deputy_is_recorded_acting() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&(1..=9).collect::<Vec<_>>())
        .build();
    t.on(1, 9);
    t.meeting(meeting(1), 1, [3]);
    t.on(1, 20);
    let died = |on| RosterChange::MandateTerminated {
        deputy: dep(3),
        on,
        ground: TerminationGround::Died,
    };
    let err = t.refused(Actor::CredentialsCommittee {}, died(day(1, 8)));
    assert_eq!(
        err,
        Error::Ledger(LedgerError::BeforeRecordedActs {
            deputy: dep(3),
            on: day(1, 8),
            last_act: day(1, 9)
        })
    );
    t.ok(Actor::CredentialsCommittee {}, died(day(1, 10)));
}

/// The first session of 46 deputies, 44 present, deputy 2 a vice-chair from before the
/// record's first session; deputy 45 on leave (approved by the vice-chair), deputy 46 never
/// registered; deputy 40 elected chair on 15 January (its count's entry is returned) and the
/// session closed on 16 January (its close's entry is returned).
fn elected_and_closed() -> (Town, Recorded, Recorded) {
    let mut t = Town::with_deputies(46)
        .vice_chairs(&[2])
        .first_session_open_with(1..=44);
    t.mark(S1, 45, Attendance::OnLeave);
    t.call(S1, election(1), Post::Chair, 1);
    t.nominate(S1, election(1), who(40));
    t.fix(S1, election(1));
    let count = t.count(S1, election(1), &[(who(40), 40)]);
    t.on(1, 16);
    let close = t.close(S1);
    (t, count, close)
}

/// The position of `entry` in the town's log.
fn position(t: &Town, entry: &Recorded) -> usize {
    t.ledger
        .events()
        .iter()
        .position(|r| r == entry)
        .expect("the entry is in the log")
}

/// Renumbers a log's `seq` after entries were inserted or removed by hand.
fn renumber(log: &mut [Recorded]) {
    for (k, rec) in log.iter_mut().enumerate() {
        rec.seq = u64::try_from(k + 1).expect("fits");
    }
}

/// Rule: 组织法2022 第十二条 (the congress elects its officers) and 代表法2025 第六十二条
/// (absences without leave) — the count's entry records the officer seated as its effect, the
/// close's entry one absence noted for each deputy absent without leave (46, not 45 on
/// leave), and the log with its effects replays to the same state.
#[test]
fn an_entry_records_the_effects_its_event_entails() {
    let (t, count, close) = elected_and_closed();
    assert!(
        matches!(
            count.event,
            Event::Session(SessionEvent::BallotsCounted(BallotsCounted { .. }))
        ),
        "{:?}",
        count.event
    );
    assert_eq!(
        count.effects,
        vec![Event::Roster(RosterChange::OfficerSeated {
            post: Post::Chair,
            holder: who(40),
            on: day(1, 15),
        })]
    );
    assert_eq!(t.ledger.roster().chair_at(day(1, 15)), Some(dep(40)));
    assert_eq!(
        close.event,
        Event::Session(SessionEvent::SessionClosed(SessionClosed { session: S1 }))
    );
    assert_eq!(
        close.effects,
        vec![Event::Roster(RosterChange::UnexcusedAbsenceNoted {
            deputy: dep(46),
            session: S1,
            on: day(1, 16),
        })]
    );
    assert_eq!(t.ledger.roster().unexcused_absences(dep(46)), 1);
    assert_eq!(t.ledger.roster().unexcused_absences(dep(45)), 0);
    // The entry's events: its event, then its effects.
    assert_eq!(close.events().count(), 2);
    t.replayed();
}

/// Rule: 组织法2022 第十二条 — an entry's effects are derived from its event: a log whose
/// count lost its effect, or names another holder, is refused at that entry's position.
#[test]
fn edited_effects_are_refused_at_their_entry() {
    let (t, count, close) = elected_and_closed();
    let p = position(&t, &count);
    let refused_at = |log: &[Recorded], at: usize| match Ledger::replay(Rulebook::NATIONAL, log) {
        Err(Error::Ledger(LedgerError::Replay {
            position, error, ..
        })) => {
            assert_eq!(position, at);
            match *error {
                Error::Ledger(LedgerError::EffectsMismatch {
                    recorded, computed, ..
                }) => (recorded, computed),
                other => panic!("expected an effects mismatch, got {other:?}"),
            }
        }
        other => panic!("expected a replay refusal, got {other:?}"),
    };

    // The officer seated removed from the count's entry.
    let mut log = t.ledger.events().to_vec();
    log[p].effects.clear();
    assert_eq!(refused_at(&log, p), (0, 1));

    // Another holder seated by the same count.
    let mut log = t.ledger.events().to_vec();
    log[p].effects = vec![Event::Roster(RosterChange::OfficerSeated {
        post: Post::Chair,
        holder: who(41),
        on: day(1, 15),
    })];
    assert_eq!(refused_at(&log, p), (1, 1));

    // An absence noted for a deputy who was on leave, beside the real one.
    let q = position(&t, &close);
    let mut log = t.ledger.events().to_vec();
    log[q]
        .effects
        .push(Event::Roster(RosterChange::UnexcusedAbsenceNoted {
            deputy: dep(45),
            session: S1,
            on: day(1, 16),
        }));
    assert_eq!(refused_at(&log, q), (2, 1));
}

/// Rule: 组织法2022 第十二条 — an officer elected at a session is recorded only as its count's
/// effect: moved out of the count into an entry of its own, it is a hand-made officer after the
/// record's first session, and refused there.
#[test]
fn an_effect_moved_into_an_entry_of_its_own_is_refused() {
    let (t, count, _) = elected_and_closed();
    let p = position(&t, &count);
    let mut log = t.ledger.events().to_vec();
    let mut own = log[p].clone();
    own.actor = presidium();
    own.event = own.effects.remove(0);
    log[p].effects.clear();
    log.insert(p, own);
    renumber(&mut log);
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Err(Error::Ledger(LedgerError::Replay {
            position, error, ..
        })) => {
            assert_eq!(position, p);
            assert!(
                matches!(
                    *error,
                    Error::Ledger(LedgerError::DecidedAtSession {
                        what: "an officer elected",
                        ..
                    })
                ),
                "{error}"
            );
            assert!(error.to_string().contains("组织法2022 第十二条"), "{error}");
        }
        other => panic!("expected a replay refusal, got {other:?}"),
    }
}

/// The first session opened and closed, then a presidium meeting on 10 March that decides to
/// convene a regular session [`REGULAR`] for 15 April; returns the town and the decision's
/// entry.
fn a_session_convened_by_the_presidium() -> (Town, Recorded) {
    let mut t = Town::with_deputies(46).chair(1).first_session_open();
    t.on(1, 16);
    t.close(S1);
    t.on(3, 10);
    t.meeting(meeting(1), 1, 1..=9);
    let motion = PresidiumDecision::ConveneSession {
        session: REGULAR,
        opens_on: day(4, 15),
    };
    let entry = t.decide(meeting(1), 1, decision(1), motion, 1..=9);
    (t, entry)
}

/// The regular session the presidium convenes.
const REGULAR: SessionId = SessionId::from_u128(902);

/// Rule: 组织法2022 第十四条 (the presidium convenes the congress's sessions) — the decision's
/// entry records the session convened as its effect; the session is then on the schedule, and
/// the log replays.
#[test]
fn a_presidium_decision_records_the_session_it_convenes() {
    let (t, entry) = a_session_convened_by_the_presidium();
    assert!(
        matches!(
            &entry.event,
            Event::Presidium(PresidiumEvent::DecisionTaken(DecisionTaken { tally, .. })) if tally.adopted
        ),
        "{:?}",
        entry.event
    );
    assert_eq!(
        entry.effects,
        vec![Event::Session(SessionEvent::SessionConvened(
            SessionConvened {
                session: REGULAR,
                session_kind: SessionKind::Regular,
                opens_on: day(4, 15),
            }
        ))]
    );
    let s = t.ledger.state().sessions().get(REGULAR).expect("convened");
    assert_eq!(s.opens_on, day(4, 15));
    t.replayed();
}

/// Rule: 组织法2022 第十四条 — a session is convened only by a presidium decision, which
/// records it as its effect: a `SessionConvened` stated as an entry of its own (after the
/// decision's entry, kept whole) is refused.
#[test]
fn a_session_convened_on_its_own_is_refused() {
    let (t, entry) = a_session_convened_by_the_presidium();
    let p = position(&t, &entry);
    let mut log = t.ledger.events().to_vec();
    let mut own = log[p].clone();
    own.actor = presidium();
    own.event = Event::Session(SessionEvent::SessionConvened(SessionConvened {
        session: SessionId::from_u128(903),
        session_kind: SessionKind::Regular,
        opens_on: day(5, 15),
    }));
    own.effects.clear();
    log.insert(p + 1, own);
    renumber(&mut log);
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Err(Error::Ledger(LedgerError::Replay {
            position, error, ..
        })) => {
            assert_eq!(position, p + 1);
            assert_eq!(
                *error,
                Error::Session(SessionError::OnlyAsEffect {
                    event: "决定召开会议"
                })
            );
        }
        other => panic!("expected a replay refusal, got {other:?}"),
    }
}

/// Rule: 组织法2022 第十九条第一款 — the session elects its presidium: the vote's close records
/// the membership as its effect.
#[test]
fn a_sessions_presidium_list_records_the_membership() {
    let mut t = Town::with_deputies(46).first_session_convened(1..=46);
    t.open(S1);
    let members: std::collections::BTreeSet<_> = (1..=9).map(dep).collect();
    t.put(
        S1,
        1,
        Subject::PresidiumElection {
            members: members.clone(),
        },
    );
    t.vote(S1, 1, 1..=46, township_congress::session::Choice::For);
    let close = t.ok(
        presidium(),
        SessionCommand::CloseVote {
            session: S1,
            item: common::item(1),
        },
    );
    assert_eq!(
        close.effects,
        vec![Event::Presidium(PresidiumEvent::MembershipRecorded(
            MembershipRecorded {
                session: S1,
                members: members.clone(),
                on: day(1, 15),
            }
        ))]
    );
    assert_eq!(
        t.ledger
            .state()
            .presidium()
            .members_at(t.ledger.roster(), day(1, 15)),
        members
    );
    t.replayed();
}

/// Rule: 组织法2022 第十八条第二款 — the law does not bar electing a deputy who holds an
/// administrative post as vice-chair; it obliges them to resign one of the posts. The count is
/// recorded and seats the winner, the conflict is listed, and until it is resolved the officer
/// does not act as vice-chair (here: cannot approve leave).
#[test]
fn an_incompatible_winner_is_seated_with_a_conflict_to_resolve() {
    let mut t = Town::with_deputies(46).build();
    t.ok(
        staff(),
        RosterChange::AdministrativePostTaken {
            deputy: dep(40),
            title: "镇财政所所长".into(),
            on: day(1, 5),
        },
    );
    t.convene_first(1..=45);
    t.prepare_and_open(S1, &(1..=9).collect::<Vec<_>>());
    t.call(S1, election(1), Post::ViceChair, 1);
    t.nominate(S1, election(1), who(40));
    t.nominate_jointly(S1, election(1), who(41), 10..=19);
    t.fix(S1, election(1));
    let count = t.count(S1, election(1), &[(who(40), 39), (who(41), 6)]);
    assert_eq!(
        count.effects,
        vec![Event::Roster(RosterChange::OfficerSeated {
            post: Post::ViceChair,
            holder: who(40),
            on: day(1, 15),
        })]
    );
    let roster = t.ledger.roster();
    assert_eq!(roster.vice_chairs_at(day(1, 15)), vec![dep(40)]);
    let conflicts = roster.conflicts_at(day(1, 15));
    assert_eq!(conflicts.len(), 1);
    assert_eq!(
        conflicts.first().map(|c| (c.deputy, c.post)),
        Some((dep(40), Post::ViceChair))
    );
    // Until the conflict is resolved, the vice-chair does not approve leave.
    let leave = SessionCommand::RecordAttendance {
        session: S1,
        deputy: dep(46),
        attendance: Attendance::OnLeave,
    };
    let e = t.refused(deputy(40), leave.clone());
    assert!(e.to_string().contains("代表法2025 第十三条第一款"), "{e}");
    // Once the administrative post is left, the conflict is gone and the vice-chair acts.
    t.ok(
        staff(),
        RosterChange::AdministrativePostLeft {
            deputy: dep(40),
            title: "镇财政所所长".into(),
            on: day(1, 15),
        },
    );
    assert!(t.ledger.roster().conflicts_at(day(1, 15)).is_empty());
    t.ok(deputy(40), leave);
    t.replayed();
}

/// A stored ledger is its rulebook and its log; deserializing replays the log, so a stored
/// ledger whose log was edited (an effect's holder changed) is refused.
#[test]
fn deserializing_a_stored_ledger_replays_its_log() {
    let (t, count, _) = elected_and_closed();
    let json = serde_json::to_string(&t.ledger).expect("serializable");
    let stored: Ledger = serde_json::from_str(&json).expect("a stored ledger loads");
    assert_eq!(snapshot(&stored), snapshot(&t.ledger));

    let p = position(&t, &count);
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("json");
    let holder = &mut value["log"][p]["effects"][0]["roster"]["holder"]["deputy"];
    assert_eq!(*holder, serde_json::to_value(dep(40)).expect("json"));
    *holder = serde_json::to_value(dep(41)).expect("json");
    let edited = serde_json::to_string(&value).expect("json");
    let err = serde_json::from_str::<Ledger>(&edited).expect_err("an edited log is refused");
    assert!(err.to_string().contains(&format!("position {p}")), "{err}");
    assert!(err.to_string().contains("effect"), "{err}");
}

/// The votes of deputies `ns` on item 10 of the first session, as envelopes at 15 January.
fn votes(ns: impl IntoIterator<Item = u32>) -> Vec<Envelope> {
    ns.into_iter()
        .map(|n| {
            let cast = SessionCommand::CastVote {
                session: S1,
                item: common::item(10),
                choice: township_congress::session::Choice::For,
            };
            Envelope::new(deputy(n), at(1, 15), cast.into())
        })
        .collect()
}

/// Issue 12: a batch is recorded all or nothing. One refused envelope (a deputy voting twice)
/// leaves the ledger byte-identical and names its index; the same batch without it records
/// every entry, as `execute` one by one would, with the same head.
#[test]
fn a_batch_is_recorded_all_or_nothing() {
    let mut t = Town::with_deputies(15).chair(1).first_session_open();
    t.put(S1, 10, Subject::Budget {});
    let before = snapshot(&t.ledger);
    let twice = votes([3, 4, 3, 5]);
    let refused = t
        .ledger
        .execute_all(twice)
        .expect_err("deputy 3 votes twice");
    assert_eq!(refused.index, 2);
    assert!(
        matches!(
            refused.error,
            Error::Session(SessionError::AlreadyVoted { .. })
        ),
        "{}",
        refused.error
    );
    assert_eq!(
        snapshot(&t.ledger),
        before,
        "a refused batch changed the ledger"
    );

    let mut one_by_one = t.ledger.clone();
    for envelope in votes([3, 4, 5]) {
        one_by_one.execute(envelope).expect("accepted");
    }
    let recorded = t.ledger.execute_all(votes([3, 4, 5])).expect("accepted");
    assert_eq!(recorded.len(), 3);
    assert_eq!(snapshot(&t.ledger), snapshot(&one_by_one));
    assert_eq!(t.ledger.head(), one_by_one.head());
}

/// Issue 12: `check` says what an envelope would record, or why it would be refused, and
/// records nothing.
#[test]
fn check_predicts_without_recording() {
    let mut t = Town::with_deputies(15).chair(1).first_session_open();
    t.put(S1, 10, Subject::Budget {});
    let before = snapshot(&t.ledger);
    let [first, stranger]: [Envelope; 2] = [
        votes([3]).remove(0),
        Envelope::new(staff(), at(1, 15), votes([3]).remove(0).command),
    ];
    let predicted = t.ledger.check(&first).expect("a deputy present may vote");
    assert!(t.ledger.check(&stranger).is_err());
    assert_eq!(snapshot(&t.ledger), before, "check changed the ledger");
    let recorded = t.ledger.execute(first).expect("accepted").clone();
    assert_eq!(recorded, predicted);
}
