//! Target: scoring a county's townships with the default rubric and ranking them stays well
//! under a millisecond for 1,000 townships (the totals path, no explanation strings); the full
//! scorecards, with a sentence per indicator in two languages, are measured beside it.
//!
//! Every township has every evidence item, the derived and the stated, so
//! every indicator is evaluated: the worst case.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use serde_json::{Map, Value as Json, json};
use township_congress::scoring::{Evidence, EvidenceKey, Provenance, Rubric, ValueKind};

/// A fixed pseudo-random sequence (a linear congruential generator), so fixtures repeat.
struct Fixture(u64);

impl Fixture {
    fn next(&mut self, below: u32) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        u32::try_from((self.0 >> 33) % u64::from(below.max(1))).unwrap_or(0)
    }
}

/// Township `n`'s evidence: every key, values spread so that totals, ties and grades vary.
fn township(n: u32, f: &mut Fixture) -> Evidence {
    let mut items = Map::new();
    for key in EvidenceKey::ALL {
        let value = match key.kind() {
            ValueKind::YesNo => json!({ "kind": "yes_no", "yes": f.next(10) > 1 }),
            ValueKind::Count => json!({ "kind": "count", "count": f.next(6) }),
            ValueKind::Rate => {
                let den = 20 + f.next(30);
                json!({ "kind": "rate", "rate": { "num": den - f.next(den / 4 + 1), "den": den } })
            }
            ValueKind::Level => {
                json!({ "kind": "level", "level": f.next(u32::from(key.max_level()) + 1) })
            }
        };
        let origin = match key.provenance() {
            Provenance::Stated => json!({ "kind": "stated", "source": "县人大常委会年终检查" }),
            Provenance::Ledger => json!({ "kind": "derived" }),
        };
        items.insert(
            key.name().into(),
            json!({ "value": value, "origin": origin }),
        );
    }
    let doc: Json = json!({
        "township": format!("第{n}镇"), "year": 2026, "as_of": "2026-12-31", "items": items
    });
    match serde_json::from_value(doc) {
        Ok(e) => e,
        Err(e) => panic!("bench fixture refused: {e}"),
    }
}

fn scoring(c: &mut Criterion) {
    let rubric = match Rubric::default_rubric() {
        Ok(r) => r,
        Err(e) => panic!("default rubric refused: {e}"),
    };
    let mut f = Fixture(2026);
    let n = 1_000_u32;
    let county: Vec<Evidence> = (1..=n).map(|i| township(i, &mut f)).collect();

    let mut group = c.benchmark_group("score_and_rank");
    group.throughput(Throughput::Elements(u64::from(n)));
    group.bench_with_input(BenchmarkId::from_parameter(n), &county, |b, county| {
        b.iter(|| rubric.rank(black_box(county)).map(|r| r.rows.len()))
    });
    group.finish();

    let mut group = c.benchmark_group("totals");
    group.throughput(Throughput::Elements(u64::from(n)));
    group.bench_with_input(BenchmarkId::from_parameter(n), &county, |b, county| {
        b.iter(|| {
            black_box(county)
                .iter()
                .map(|e| rubric.totals(e).total.hundredths())
                .sum::<i64>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("scorecards");
    group.throughput(Throughput::Elements(u64::from(n)));
    group.bench_with_input(BenchmarkId::from_parameter(n), &county, |b, county| {
        b.iter(|| {
            black_box(county)
                .iter()
                .map(|e| rubric.score(e))
                .collect::<Vec<_>>()
        })
    });
    group.finish();
}

criterion_group!(benches, scoring);
criterion_main!(benches);
