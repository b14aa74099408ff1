//! Targets: a suggestion's whole handling (filed, handed over, replied, rated) costs about the
//! same per item whether the term holds 50 or 500 of them; replaying such a term and asking
//! which items are overdue stay linear in the number of items.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use common::{S1, Town, at, deputy, unit};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use township_congress::ids::{DecisionId, MeetingId, ProposalId};
use township_congress::presidium::PresidiumDecision;
use township_congress::proposal::{ProposalCommand, Rating};
use township_congress::{Actor, Ledger};

fn base() -> Town {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .units(5)
        .first_session_open();
    t.close(S1);
    t.on(3, 1);
    t
}

fn id(k: u32) -> ProposalId {
    ProposalId::from_u128(10_000 + u128::from(k))
}

/// `n` suggestions filed, handed over in one decision, replied and rated.
fn handle(t: &mut Town, n: u32) {
    for k in 0..n {
        let drafter = deputy(3 + k % 40);
        let draft = ProposalCommand::DraftSuggestion {
            proposal: id(k),
            category: "城乡建设".into(),
            title: format!("建议{k}"),
            content: "内容".into(),
        };
        t.ok(drafter.clone(), draft);
        t.ok(drafter, ProposalCommand::Submit { proposal: id(k) });
    }
    let m = MeetingId::from_u128(1);
    t.meeting(m, 1, 1..=9);
    let motion = PresidiumDecision::HandOverSuggestions {
        proposals: (0..n).map(id).collect(),
        unit: unit(1),
        co_units: Default::default(),
    };
    t.decide(m, 1, DecisionId::from_u128(1), motion, 1..=9);
    t.close_meeting(m, 1);
    for k in 0..n {
        let reply = ProposalCommand::ReplySuggestion {
            proposal: id(k),
            class: "A".into(),
            reply: "已办理".into(),
        };
        t.ok(Actor::Unit { unit: unit(1) }, reply);
        let rate = ProposalCommand::RateSuggestion {
            proposal: id(k),
            rating: Rating::Satisfied,
        };
        t.ok(deputy(3 + k % 40), rate);
    }
}

fn suggestions(c: &mut Criterion) {
    let mut group = c.benchmark_group("suggestion_handling");
    let town = base();
    for n in [50_u32, 500] {
        group.throughput(Throughput::Elements(u64::from(n)));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, n| {
            b.iter_batched(
                || town.clone(),
                |mut t| handle(&mut t, *n),
                BatchSize::LargeInput,
            );
        });
    }
    group.finish();

    let mut group = c.benchmark_group("suggestion_replay_and_overdue");
    for n in [50_u32, 500] {
        let mut t = town.clone();
        handle(&mut t, n);
        let log = t.ledger.events().to_vec();
        let rules = t.ledger.rules().clone();
        group.throughput(Throughput::Elements(log.len() as u64));
        group.bench_with_input(BenchmarkId::new("replay", n), &log, |b, log| {
            b.iter(|| Ledger::replay(rules.clone(), black_box(log)));
        });
        let state = t.ledger.state();
        group.bench_with_input(BenchmarkId::new("overdue", n), &n, |b, _| {
            b.iter(|| {
                state.proposals().overdue_suggestions(
                    state.sessions(),
                    &rules,
                    black_box(at(12, 31)),
                )
            });
        });
    }
    group.finish();
}

criterion_group!(benches, suggestions);
criterion_main!(benches);
