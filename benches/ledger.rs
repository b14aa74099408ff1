//! Targets: recording a whole term's roster and replaying its log stay linear in the number
//! of deputies (45, 130 and 160 deputies: the smallest, a large and the largest congress).

use std::hint::black_box;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use township_congress::ids::{ConstituencyId, DeputyId};
use township_congress::{Actor, Command, Envelope, Ledger, RosterChange, Rulebook, Threshold};

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0)
        .single()
        .unwrap_or_default()
}

fn envelopes(n: u32) -> Vec<Envelope> {
    let on = NaiveDate::from_ymd_opt(2026, 1, 4).unwrap_or_default();
    let mut out = vec![Envelope::new(
        Actor::CountyStandingCommittee {},
        at(),
        Command::Roster(RosterChange::TermOpened {
            township: "青山镇".into(),
            number: 8,
            election_completed: on,
            population: 200_000,
            seats: n,
            uplift: false,
            township_kind: township_congress::roster::TownshipKind::Town,
            minorities: Vec::new(),
        }),
    )];
    for k in 0..n.div_ceil(3) {
        out.push(Envelope::new(
            Actor::ElectionCommittee {},
            at(),
            Command::Roster(RosterChange::ConstituencyDrawn {
                constituency: ConstituencyId::from_u128(u128::from(k)),
                name: format!("第{k}选区"),
                seats: (n - 3 * k).min(3),
                voters: 1_000,
            }),
        ));
    }
    for i in 0..n {
        out.push(Envelope::new(
            Actor::ElectionCommittee {},
            at(),
            Command::Roster(RosterChange::DeputyElected {
                deputy: DeputyId::from_u128(u128::from(i)),
                name: format!("代表{i}"),
                constituency: ConstituencyId::from_u128(u128::from(i / 3)),
                on,
                by_election: false,
            }),
        ));
    }
    out
}

fn run(envs: &[Envelope]) -> Ledger {
    let mut ledger = Ledger::new(Rulebook::NATIONAL);
    for e in envs {
        let _ = ledger.execute(e.clone());
    }
    ledger
}

fn roster(c: &mut Criterion) {
    let mut group = c.benchmark_group("execute_roster");
    for n in [45_u32, 130, 160] {
        let envs = envelopes(n);
        group.throughput(Throughput::Elements(envs.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &envs, |b, envs| {
            b.iter(|| run(black_box(envs)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("replay");
    for n in [45_u32, 130, 160] {
        let ledger = run(&envelopes(n));
        let log = ledger.events().to_vec();
        group.throughput(Throughput::Elements(log.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &log, |b, log| {
            b.iter_batched(
                || log.clone(),
                |log| Ledger::replay(Rulebook::NATIONAL, black_box(&log)),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();

    let mut group = c.benchmark_group("threshold");
    group.bench_function("two_thirds_1_to_160", |b| {
        b.iter(|| {
            (1..=160_u32)
                .map(|n| Threshold::TWO_THIRDS.required(black_box(n)))
                .sum::<u32>()
        })
    });
    group.finish();
}

criterion_group!(benches, roster);
criterion_main!(benches);
