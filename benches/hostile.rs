//! Bounded cost for hostile input (issue 13): logs shaped to make a lookup grow with the
//! history replay in time linear in their length, and a single command costs the same at
//! either length. Each shape is built at 8,000 and 32,000 entries; 4× the entries should take
//! about 4× the time to replay (quadratic code took 11–17×), and the single commands about
//! the same time at both lengths.
//!
//! | shape | the log repeats |
//! | --- | --- |
//! | `presidium_meetings` | a presidium meeting convened, three members registered, closed |
//! | `presidium_motions` | in one meeting, a motion put, three votes, the vote closed |
//! | `stations` | a contact station opened and a deputy assigned to it (moved from the last) |
//! | `administrative_posts` | a deputy takes an administrative post and leaves it |
//! | `officer_tenures` | a deputy seated as vice-chair and the post vacated (before any session) |
//! | `group_spells` | a deputy leaves a deputy group and joins it again |
//! | `suspensions` | one deputy suspended and reinstated, the same day |
//! | `chair_delegations` | the chair delegates to the vice-chair and ends it, the same day |
//!
//! Then, on the `suspensions` ledgers, `Ledger::check` of a by-election dated before all the
//! suspensions (it must look at every later day for a full constituency) and of a suspension
//! dated before the last (refused as out of order); on the `chair_delegations` ledgers, of the
//! vice-chair convening a meeting with no delegation running (refused).
//!
//! And the refusals of oversized input, which happen before anything is parsed or judged: a
//! rulebook profile and a rubric of 3.5 million characters, an envelope whose actor's name has
//! 3.5 million.
//!
//! `cargo bench -p township-congress-benches --bench hostile`; add `-- replay/stations` for
//! one group.

#[path = "../tests/common/mod.rs"]
#[allow(unused_imports)]
mod common;

use std::hint::black_box;

use chrono::Duration;
use common::{S1, Town, con, day, dep, deputy, group, meeting, presidium, staff};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use township_congress::ids::DecisionId;
use township_congress::presidium::{PlanItem, PlanItemKind, PresidiumCommand, PresidiumDecision};
use township_congress::roster::{OfficeEnd, Post, TerminationGround};
use township_congress::{Actor, Envelope, Ledger, RosterChange, Rubric, Rulebook};

/// The lengths each shape is built at.
const SIZES: [usize; 2] = [8_000, 32_000];

/// A town of twelve deputies with a chair (1), a vice-chair (2) and a presidium of five.
fn town() -> Town {
    Town::with_deputies(12)
        .chair(1)
        .vice_chairs(&[2])
        .presidium(&[1, 2, 3, 4, 5])
        .units(1)
        .build()
}

fn presidium_meetings(n: usize) -> Town {
    let mut t = town();
    let mut k = 0;
    while t.ledger.events().len() < n {
        k += 1;
        t.meeting(meeting(k), 1, [1, 2, 3]);
        t.close_meeting(meeting(k), 1);
    }
    t
}

fn presidium_motions(n: usize) -> Town {
    let mut t = town();
    t.meeting(meeting(1), 1, [1, 2, 3]);
    let mut k = 0;
    while t.ledger.events().len() < n {
        k += 1;
        let plan = PresidiumDecision::ApproveRecessPlan {
            year: 2026,
            items: vec![PlanItem::new(PlanItemKind::Inspection, format!("视察{k}"))],
        };
        t.decide(
            meeting(1),
            1,
            DecisionId::from_u128(10_000 + k as u128),
            plan,
            [1, 2, 3],
        );
    }
    t
}

fn stations(n: usize) -> Town {
    let mut t = town();
    let mut k = 0;
    while t.ledger.events().len() < n {
        k += 1;
        t.open_station(k, &format!("{k}村"), [1 + k % 12]);
    }
    t
}

fn administrative_posts(n: usize) -> Town {
    let mut t = town();
    let mut k = 0;
    while t.ledger.events().len() < n {
        k += 1;
        let (deputy, title, on) = (dep(3 + k % 10), format!("职务{k}"), t.today());
        let taken = RosterChange::AdministrativePostTaken {
            deputy,
            title: title.clone(),
            on,
        };
        t.ok(staff(), taken);
        t.ok(
            staff(),
            RosterChange::AdministrativePostLeft { deputy, title, on },
        );
    }
    t
}

fn officer_tenures(n: usize) -> Town {
    let mut t = town();
    let on = t.today();
    while t.ledger.events().len() < n {
        let holder = common::who(3);
        let seated = RosterChange::OfficerSeated {
            post: Post::ViceChair,
            holder: holder.clone(),
            on,
        };
        t.ok(presidium(), seated);
        let vacated = RosterChange::OfficeVacated {
            post: Post::ViceChair,
            holder,
            on,
            reason: OfficeEnd::Resigned,
        };
        t.ok(presidium(), vacated);
    }
    t
}

fn group_spells(n: usize) -> Town {
    let mut t = town();
    let on = t.today();
    t.ok(
        presidium(),
        RosterChange::GroupFormed {
            group: group(1),
            name: "第一代表小组".into(),
            area: "东片".into(),
            members: common::deputies(3..=7),
            on,
        },
    );
    while t.ledger.events().len() < n {
        let (group, deputy) = (group(1), dep(3));
        t.ok(presidium(), RosterChange::GroupLeft { group, deputy, on });
        t.ok(presidium(), RosterChange::GroupJoined { group, deputy, on });
    }
    t
}

/// Deputy 12's mandate ends on 10 January, leaving a seat for a by-election; deputy 3 is then
/// suspended and reinstated again and again on 1 February.
fn suspensions(n: usize) -> Town {
    let mut t = town();
    t.on(1, 10);
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::MandateTerminated {
            deputy: dep(12),
            on: day(1, 10),
            ground: TerminationGround::MovedOut,
        },
    );
    t.on(2, 1);
    let on = day(2, 1);
    while t.ledger.events().len() < n {
        let suspended = RosterChange::DeputySuspended {
            deputy: dep(3),
            on,
            reason: "被依法拘留".into(),
        };
        t.ok(Actor::CredentialsCommittee {}, suspended);
        let reinstated = RosterChange::DeputyReinstated { deputy: dep(3), on };
        t.ok(Actor::CredentialsCommittee {}, reinstated);
    }
    t
}

fn chair_delegations(n: usize) -> Town {
    let mut t = town();
    let on = t.today();
    while t.ledger.events().len() < n {
        let delegate = PresidiumCommand::DelegateChair {
            to: dep(2),
            from: on,
            until: None,
            reason: "外出学习".into(),
        };
        t.ok(deputy(1), delegate);
        t.ok(deputy(1), PresidiumCommand::EndDelegation {});
    }
    t
}

type Shape = (&'static str, fn(usize) -> Town);

const SHAPES: [Shape; 8] = [
    ("presidium_meetings", presidium_meetings),
    ("presidium_motions", presidium_motions),
    ("stations", stations),
    ("administrative_posts", administrative_posts),
    ("officer_tenures", officer_tenures),
    ("group_spells", group_spells),
    ("suspensions", suspensions),
    ("chair_delegations", chair_delegations),
];

fn replay(c: &mut Criterion) {
    let mut group = c.benchmark_group("replay");
    group.sample_size(10);
    for (name, build) in SHAPES {
        for n in SIZES {
            // Built only when the benchmark runs (not when a filter skips it), once.
            let mut log = None;
            group.throughput(Throughput::Elements(n as u64));
            group.bench_function(BenchmarkId::new(name, n), |b| {
                let log = log.get_or_insert_with(|| build(n).ledger.events().to_vec());
                b.iter(|| Ledger::replay(Rulebook::NATIONAL, black_box(log)).map(|l| l.head()))
            });
        }
    }
    group.finish();
}

fn single_commands(c: &mut Criterion) {
    let mut group = c.benchmark_group("after_suspensions");
    for n in SIZES {
        let t = suspensions(n);
        let now = t.now() + Duration::hours(1);
        let by_election = Envelope::new(
            Actor::ElectionCommittee {},
            now,
            RosterChange::DeputyElected {
                deputy: dep(99),
                name: "补选代表".into(),
                constituency: con(4),
                on: day(1, 20),
                by_election: true,
            }
            .into(),
        );
        assert!(t.ledger.check(&by_election).is_ok(), "a lawful by-election");
        group.bench_with_input(BenchmarkId::new("backdated_by_election", n), &t, |b, t| {
            b.iter(|| t.ledger.check(black_box(&by_election)).map(|r| r.seq))
        });
        let out_of_order = Envelope::new(
            Actor::CredentialsCommittee {},
            now,
            RosterChange::DeputySuspended {
                deputy: dep(3),
                on: day(1, 20),
                reason: "被依法拘留".into(),
            }
            .into(),
        );
        assert!(t.ledger.check(&out_of_order).is_err(), "refused");
        group.bench_with_input(BenchmarkId::new("backdated_suspension", n), &t, |b, t| {
            b.iter(|| t.ledger.check(black_box(&out_of_order)).map(|r| r.seq))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("after_delegations");
    for n in SIZES {
        let t = chair_delegations(n);
        let convene = Envelope::new(
            deputy(2),
            t.now(),
            PresidiumCommand::ConveneMeeting {
                meeting: meeting(1),
            }
            .into(),
        );
        assert!(t.ledger.check(&convene).is_err(), "no delegation running");
        group.bench_with_input(BenchmarkId::new("vice_chair_convenes", n), &t, |b, t| {
            b.iter(|| t.ledger.check(black_box(&convene)).map(|r| r.seq))
        });
    }
    group.finish();
}

fn oversized(c: &mut Criterion) {
    let mut group = c.benchmark_group("refuse_oversized");
    group.sample_size(10);
    let profile = format!(r#"{{"name":"某县","rules":"{}"}}"#, "x".repeat(3_500_000));
    group.bench_function("profile_3.5M", |b| {
        b.iter(|| Rulebook::from_profile_json(black_box(&profile)).is_err())
    });
    let rubric = format!(r#"{{"format_version":"{}"}}"#, "9".repeat(3_500_000));
    group.bench_function("rubric_3.5M", |b| {
        b.iter(|| Rubric::from_json(black_box(&rubric)).is_err())
    });
    let t = Town::with_deputies(12).chair(1).first_session_open();
    let huge = Envelope::new(
        Actor::Staff {
            name: "王".repeat(3_500_000),
        },
        t.now(),
        township_congress::session::SessionCommand::RecordAttendance {
            session: S1,
            deputy: dep(3),
            attendance: township_congress::session::Attendance::Absent,
        }
        .into(),
    );
    group.bench_function("envelope_name_3.5M", |b| {
        b.iter(|| t.ledger.check(black_box(&huge)).is_err())
    });
    group.finish();
}

criterion_group!(benches, replay, single_commands, oversized);
criterion_main!(benches);
