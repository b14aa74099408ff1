//! Targets: closing a roll vote (tally derived from the roll, quorum and majority of all
//! deputies checked) and casting one more vote stay cheap at every congress size the law
//! allows (45, 130 and 160 deputies).

use std::collections::BTreeSet;
use std::hint::black_box;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use township_congress::ids::{ConstituencyId, DeputyId, ItemId, SessionId};
use township_congress::session::{Attendance, Choice, SessionCommand, Subject};
use township_congress::{Actor, Command, Envelope, Ledger, RosterChange, Rulebook};

const S: SessionId = SessionId::from_u128(1);
const ITEM: ItemId = ItemId::from_u128(10);

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, day, 2, 0, 0)
        .single()
        .unwrap_or_default()
}

fn dep(i: u32) -> DeputyId {
    DeputyId::from_u128(u128::from(i))
}

fn exec(l: &mut Ledger, actor: Actor, day: u32, command: Command) {
    if let Err(e) = l.execute(Envelope::new(actor, at(day), command)) {
        panic!("bench setup refused: {e}");
    }
}

/// A sitting of `n` deputies, everyone present, with an open item on which everyone but
/// deputy `n` has voted.
fn sitting(n: u32) -> Ledger {
    let mut l = Ledger::new(Rulebook::NATIONAL);
    let on = NaiveDate::from_ymd_opt(2026, 1, 4).unwrap_or_default();
    let term = RosterChange::TermOpened {
        township: "青山镇".into(),
        number: 8,
        election_completed: on,
        population: 200_000,
        seats: n,
        uplift: false,
        township_kind: township_congress::roster::TownshipKind::Town,
        minorities: Vec::new(),
    };
    exec(
        &mut l,
        Actor::CountyStandingCommittee {},
        5,
        Command::Roster(term),
    );
    for k in 0..n.div_ceil(3) {
        let c = RosterChange::ConstituencyDrawn {
            constituency: ConstituencyId::from_u128(u128::from(k)),
            name: format!("第{k}选区"),
            seats: (n - 3 * k).min(3),
            voters: 1_000,
        };
        exec(&mut l, Actor::ElectionCommittee {}, 5, Command::Roster(c));
    }
    for i in 1..=n {
        let c = RosterChange::DeputyElected {
            deputy: dep(i),
            name: format!("代表{i}"),
            constituency: ConstituencyId::from_u128(u128::from((i - 1) / 3)),
            on,
            by_election: false,
        };
        exec(&mut l, Actor::ElectionCommittee {}, 5, Command::Roster(c));
    }
    let s = |c: SessionCommand| Command::Session(c);
    exec(
        &mut l,
        Actor::Presidium {},
        10,
        s(SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap_or_default(),
        }),
    );
    for i in 1..=n {
        exec(
            &mut l,
            Actor::deputy(dep(i)),
            15,
            s(SessionCommand::RecordAttendance {
                session: S,
                deputy: dep(i),
                attendance: Attendance::Present,
            }),
        );
    }
    // No preparatory meeting nationally: the session opens, then elects its presidium.
    exec(
        &mut l,
        Actor::Presidium {},
        15,
        s(SessionCommand::OpenSession { session: S }),
    );
    let members: BTreeSet<DeputyId> = (1..=9).map(dep).collect();
    for (k, subject) in [Subject::PresidiumElection { members }, Subject::Agenda {}]
        .into_iter()
        .enumerate()
    {
        let item = ItemId::from_u128(u128::try_from(k).unwrap_or(0) + 1);
        exec(
            &mut l,
            Actor::Presidium {},
            15,
            s(SessionCommand::PutItem {
                session: S,
                item,
                title: "主席团和议程".into(),
                subject,
            }),
        );
        for i in 1..=n {
            exec(
                &mut l,
                Actor::deputy(dep(i)),
                15,
                s(SessionCommand::CastVote {
                    session: S,
                    item,
                    choice: Choice::For,
                }),
            );
        }
        exec(
            &mut l,
            Actor::Presidium {},
            15,
            s(SessionCommand::CloseVote { session: S, item }),
        );
    }
    exec(
        &mut l,
        Actor::Presidium {},
        15,
        s(SessionCommand::PutItem {
            session: S,
            item: ITEM,
            title: "财政预算".into(),
            subject: Subject::Budget {},
        }),
    );
    for i in 1..n {
        let choice = if i % 5 == 0 {
            Choice::Against
        } else {
            Choice::For
        };
        exec(
            &mut l,
            Actor::deputy(dep(i)),
            15,
            s(SessionCommand::CastVote {
                session: S,
                item: ITEM,
                choice,
            }),
        );
    }
    l
}

fn tally(c: &mut Criterion) {
    let mut group = c.benchmark_group("close_vote");
    for n in [45_u32, 130, 160] {
        let ledger = sitting(n);
        group.throughput(Throughput::Elements(u64::from(n)));
        group.bench_with_input(BenchmarkId::from_parameter(n), &ledger, |b, ledger| {
            b.iter_batched(
                || ledger.clone(),
                |mut l| {
                    let close = Envelope::new(
                        Actor::Presidium {},
                        at(15),
                        Command::Session(SessionCommand::CloseVote {
                            session: S,
                            item: ITEM,
                        }),
                    );
                    let n = l.execute(close).map(|e| e.seq);
                    // Returned, so the ledger is dropped outside the timed section.
                    (black_box(n), l)
                },
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();

    let mut group = c.benchmark_group("cast_vote");
    for n in [45_u32, 130, 160] {
        let ledger = sitting(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &ledger, |b, ledger| {
            b.iter_batched(
                || ledger.clone(),
                |mut l| {
                    let vote = Envelope::new(
                        Actor::deputy(dep(n)),
                        at(15),
                        Command::Session(SessionCommand::CastVote {
                            session: S,
                            item: ITEM,
                            choice: Choice::For,
                        }),
                    );
                    let n = l.execute(vote).map(|e| e.seq);
                    (black_box(n), l)
                },
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, tally);
criterion_main!(benches);
