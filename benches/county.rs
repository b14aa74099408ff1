//! A county's archive at the speed of reading it (issue 11).
//!
//! The archive: `COUNTY_TERMS` (220 by default: 20 townships × 11 five-year terms) generated
//! terms of 46 deputies, every entry recorded through `Ledger::execute`
//! (`tests/common/county.rs`). Printed, side by side and as medians of five runs:
//!
//! * reading the JSON Lines without building anything (`serde::de::IgnoredAny`), parsing them
//!   into `Recorded`s, replaying the parsed entries, and parsing and replaying in one stream;
//!   the targets are (parse + replay) / parse ≤ 1.25 and parse ≤ 2 × read;
//! * bytes per event in the JSON (≤ 256);
//! * the scaling table: replay time per event of single records of ~10k, ~100k and ~1M events
//!   (`COUNTY_MAX_EVENTS`, 1,000,000 by default), within ±15 % across the table, and the
//!   memory resident per event of the largest (≤ 256 B).
//!
//! Then criterion measures single commands at those record lengths: a roll vote, an
//! attendance, the close of a roll vote of 46 deputies and a presidium vote (targets ≤ 1 µs,
//! ≤ 1 µs, ≤ 5 µs, ≤ 1.5 µs at any length).
//!
//! `cargo bench -p township-congress-benches --bench county`; with `COUNTY_TERMS=20
//! COUNTY_MAX_EVENTS=100000` in the environment for a quick look.

#[path = "../tests/common/mod.rs"]
#[allow(unused_imports)]
mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::county;
use criterion::{BenchmarkId, Criterion};
use serde::de::IgnoredAny;
use township_congress::ids::{DecisionId, ItemId, MeetingId, SessionId};
use township_congress::presidium::{PresidiumCommand, PresidiumDecision};
use township_congress::session::{Attendance, Choice, SessionCommand, Subject};
use township_congress::{Actor, Envelope, Ledger, Recorded, Rulebook};

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The median of `runs` timings of `f`, which returns something to keep alive until timed.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let out = f();
            let elapsed = start.elapsed();
            drop(black_box(out));
            elapsed
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Events in an entry: the event and its effects.
fn events(log: &[Recorded]) -> usize {
    log.iter().map(|r| 1 + r.effects.len()).sum()
}

/// One term's log as JSON Lines.
fn jsonl(ledger: &Ledger) -> String {
    let mut out = String::new();
    for r in ledger.events() {
        out.push_str(&serde_json::to_string(r).expect("serializable"));
        out.push('\n');
    }
    out
}

fn parse(text: &str) -> Vec<Recorded> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("a record"))
        .collect()
}

/// Kilobytes resident (`VmRSS`) and the high-water mark (`VmHWM`) of this process, from
/// /proc (Linux); zeros elsewhere.
fn memory_kb() -> (usize, usize) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn per_event(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e9 / n.max(1) as f64
}

fn county_table(rules: &Rulebook) {
    let terms = env_number("COUNTY_TERMS", 220);
    let start = Instant::now();
    let archive: Vec<Ledger> = (0..terms)
        .map(|k| county::term(rules.clone(), k as u64 + 1))
        .collect();
    let recording = start.elapsed();
    let records: usize = archive.iter().map(|l| l.events().len()).sum();
    let evts: usize = archive.iter().map(|l| events(l.events())).sum();
    let texts: Vec<String> = archive.iter().map(jsonl).collect();
    drop(archive);
    let bytes: usize = texts.iter().map(String::len).sum();

    let read = median(5, || {
        for t in &texts {
            for l in t.lines() {
                let _: IgnoredAny = serde_json::from_str(l).expect("json");
            }
        }
    });
    let parse_t = median(5, || texts.iter().map(|t| parse(t)).collect::<Vec<_>>());
    let replay = median(5, || {
        let parsed: Vec<Vec<Recorded>> = texts.iter().map(|t| parse(t)).collect();
        let start = Instant::now();
        for log in parsed {
            black_box(Ledger::replay_log(rules.clone(), log).expect("replays"));
        }
        start.elapsed()
    });
    // `median` above timed parse + replay; replay alone is what the closure returned.
    let replay_only = {
        let mut runs: Vec<Duration> = (0..5)
            .map(|_| {
                let parsed: Vec<Vec<Recorded>> = texts.iter().map(|t| parse(t)).collect();
                let start = Instant::now();
                for log in parsed {
                    black_box(Ledger::replay_log(rules.clone(), log).expect("replays"));
                }
                start.elapsed()
            })
            .collect();
        runs.sort();
        runs[2]
    };
    let _ = replay;
    let both = median(5, || {
        for t in &texts {
            let records = t
                .lines()
                .map(|l| serde_json::from_str::<Recorded>(l).expect("a record"));
            black_box(Ledger::replay_records(rules.clone(), records).expect("replays"));
        }
    });
    println!(
        "\ncounty archive: {terms} terms, {records} entries, {evts} events, {bytes} bytes of JSON Lines"
    );
    println!(
        "  {:.1} B/event, {:.1} B/entry; recorded through execute in {:.2} s ({:.0} ns/event)",
        bytes as f64 / evts as f64,
        bytes as f64 / records as f64,
        recording.as_secs_f64(),
        per_event(recording, evts),
    );
    println!("  {:<28} {:>10} {:>12}", "medians of 5", "ms", "ns/event");
    for (what, d) in [
        ("read (IgnoredAny)", read),
        ("parse (Recorded)", parse_t),
        ("replay (parsed entries)", replay_only),
        ("parse + replay (streamed)", both),
    ] {
        println!(
            "  {:<28} {:>10.1} {:>12.0}",
            what,
            d.as_secs_f64() * 1e3,
            per_event(d, evts)
        );
    }
    println!(
        "  (parse + replay) / parse = {:.2}   parse / read = {:.2}",
        both.as_secs_f64() / parse_t.as_secs_f64(),
        parse_t.as_secs_f64() / read.as_secs_f64(),
    );
}

/// Years of generated record that hold about `target` events.
fn years_for(rules: &Rulebook, target: usize) -> i32 {
    let five = county::term(rules.clone(), 1);
    let per_year = events(five.events()) / 5;
    i32::try_from(target / per_year.max(1)).unwrap_or(1).max(1)
}

fn scaling_table(rules: &Rulebook) {
    let max = env_number("COUNTY_MAX_EVENTS", 1_000_000);
    println!("\nscaling: one record of growing length");
    println!(
        "  {:>10} {:>10} {:>14} {:>14}",
        "events", "entries", "replay ns/ev", "execute ns/ev"
    );
    let mut target = 10_000;
    while target <= max {
        let years = years_for(rules, target);
        let (rss_before, _) = memory_kb();
        let start = Instant::now();
        let ledger = county::record(rules.clone(), 1, years);
        let recording = start.elapsed();
        let (rss_after, _) = memory_kb();
        let n = events(ledger.events());
        let log = ledger.events().to_vec();
        let replay = {
            let mut runs: Vec<Duration> = (0..3)
                .map(|_| {
                    let copy = log.clone();
                    let start = Instant::now();
                    black_box(Ledger::replay_log(rules.clone(), copy).expect("replays"));
                    start.elapsed()
                })
                .collect();
            runs.sort();
            runs[1]
        };
        println!(
            "  {:>10} {:>10} {:>14.0} {:>14.0}",
            n,
            log.len(),
            per_event(replay, n),
            per_event(recording, n)
        );
        if target * 10 > max {
            // The generator's own copies (the builder keeps clones of nothing but the ledger)
            // are dropped; what stays is the ledger: its log and its state.
            let resident = rss_after.saturating_sub(rss_before) * 1024;
            println!(
                "  resident for the {n}-event ledger: ~{:.0} B/event (RSS {} → {} kB)",
                resident as f64 / n as f64,
                rss_before,
                rss_after
            );
        }
        drop(ledger);
        target *= 10;
    }
    let (_, peak) = memory_kb();
    println!("  peak resident of this process so far: {peak} kB");
}

/// A record of about `target` events ending with a session sitting, everyone present, and
/// an item put on which nobody has voted yet.
struct Bench {
    town: common::Town,
    session: SessionId,
    present: Vec<u32>,
    members: Vec<u32>,
    item: u128,
    meeting: u128,
    events: usize,
}

impl Bench {
    fn new(rules: &Rulebook, target: usize) -> Self {
        let years = years_for(rules, target);
        let (town, session) = county::sitting(rules.clone(), 2, years);
        let present = town.present(session);
        let members = town
            .ledger
            .state()
            .presidium()
            .members_at(town.ledger.roster(), town.today())
            .into_iter()
            .filter_map(common::number_of)
            .collect();
        let events = events(town.ledger.events());
        let mut b = Self {
            town,
            session,
            present,
            members,
            item: 1_000_000,
            meeting: 1_000_000,
            events,
        };
        b.next_item();
        b
    }

    fn envelope(&self, actor: Actor, command: impl Into<township_congress::Command>) -> Envelope {
        Envelope::new(actor, self.town.now(), command.into())
    }

    fn exec(&mut self, actor: Actor, command: impl Into<township_congress::Command>) -> Duration {
        let e = self.envelope(actor, command);
        let start = Instant::now();
        black_box(self.town.ledger.execute(e).expect("accepted"));
        start.elapsed()
    }

    fn item_id(&self) -> ItemId {
        ItemId::from_u128(self.item)
    }

    /// Puts a fresh item to the vote.
    fn next_item(&mut self) {
        self.item += 1;
        let put = SessionCommand::PutItem {
            session: self.session,
            item: self.item_id(),
            title: "决议".into(),
            subject: Subject::Resolution {},
        };
        self.exec(Actor::Presidium {}, put);
    }

    fn cast(&self, d: u32) -> Envelope {
        self.envelope(
            common::deputy(d),
            SessionCommand::CastVote {
                session: self.session,
                item: self.item_id(),
                choice: Choice::For,
            },
        )
    }

    fn close(&self) -> Envelope {
        self.envelope(
            Actor::Presidium {},
            SessionCommand::CloseVote {
                session: self.session,
                item: self.item_id(),
            },
        )
    }

    /// Mean `execute` time of a roll vote, an attendance change and a close, over `items`
    /// items voted by every present deputy.
    fn execute_times(&mut self, items: usize) -> (Duration, Duration, Duration) {
        let (mut vote, mut close, mut votes) = (Duration::ZERO, Duration::ZERO, 0u32);
        for _ in 0..items {
            for d in self.present.clone() {
                let e = self.cast(d);
                let start = Instant::now();
                black_box(self.town.ledger.execute(e).expect("vote"));
                vote += start.elapsed();
                votes += 1;
            }
            let e = self.close();
            let start = Instant::now();
            black_box(self.town.ledger.execute(e).expect("close"));
            close += start.elapsed();
            self.next_item();
        }
        let d = *self.present.last().expect("present");
        let mut attendance = Duration::ZERO;
        let rounds = 200u32;
        for k in 0..rounds {
            let a = if k % 2 == 0 {
                Attendance::Absent
            } else {
                Attendance::Present
            };
            attendance += self.exec(
                common::staff(),
                SessionCommand::RecordAttendance {
                    session: self.session,
                    deputy: common::dep(d),
                    attendance: a,
                },
            );
        }
        let items = u32::try_from(items).unwrap_or(1).max(1);
        (vote / votes.max(1), attendance / rounds, close / items)
    }

    /// Mean `execute` time of a presidium vote over `meetings` meetings, every member voting.
    fn presidium_vote_time(&mut self, meetings: usize) -> Duration {
        let (mut total, mut votes) = (Duration::ZERO, 0u32);
        for _ in 0..meetings {
            self.meeting += 1;
            let meeting = MeetingId::from_u128(self.meeting);
            let decision = DecisionId::from_u128(self.meeting);
            self.exec(
                common::deputy(1),
                PresidiumCommand::ConveneMeeting { meeting },
            );
            for m in self.members.clone() {
                self.exec(
                    common::deputy(m),
                    PresidiumCommand::RegisterAttendance { meeting },
                );
            }
            let motion = PresidiumDecision::AdoptWorkReport {
                session: SessionId::from_u128(1),
            };
            self.exec(
                common::deputy(1),
                PresidiumCommand::PutMotion {
                    meeting,
                    decision,
                    motion,
                },
            );
            for m in self.members.clone() {
                total += self.exec(
                    common::deputy(m),
                    PresidiumCommand::CastVote {
                        decision,
                        choice: Choice::For,
                    },
                );
                votes += 1;
            }
            self.exec(common::deputy(1), PresidiumCommand::CloseVote { decision });
            self.exec(
                common::deputy(1),
                PresidiumCommand::CloseMeeting { meeting },
            );
        }
        total / votes.max(1)
    }
}

/// Single commands on records of growing length: `execute` timed in bounded loops (each one
/// records), then criterion on `Ledger::check` of the same commands (which records nothing, so
/// it can be repeated at will).
fn latencies(c: &mut Criterion, rules: &Rulebook) {
    let max = env_number("COUNTY_MAX_EVENTS", 1_000_000);
    let mut benches = Vec::new();
    let mut target = 10_000;
    while target <= max {
        benches.push(Bench::new(rules, target));
        target *= 10;
    }
    println!("
execute, mean of bounded loops (targets: vote ≤ 1 µs, attendance ≤ 1 µs, close of 46 ≤ 5 µs, presidium vote ≤ 1.5 µs)");
    println!(
        "  {:>10} {:>10} {:>12} {:>10} {:>16}",
        "events", "vote ns", "attend ns", "close ns", "presidium ns"
    );
    for b in &mut benches {
        let (vote, attendance, close) = b.execute_times(20);
        let presidium = b.presidium_vote_time(20);
        println!(
            "  {:>10} {:>10} {:>12} {:>10} {:>16}",
            b.events,
            vote.as_nanos(),
            attendance.as_nanos(),
            close.as_nanos(),
            presidium.as_nanos()
        );
    }
    let mut group = c.benchmark_group("county_check");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for b in &benches {
        let d = *b.present.first().expect("present");
        let vote = b.cast(d);
        group.bench_with_input(
            BenchmarkId::new("roll_vote", b.events),
            &vote,
            |bench, e| bench.iter(|| b.town.ledger.check(black_box(e)).map(|_| ()).expect("vote")),
        );
    }
    group.finish();
}

fn main() {
    let rules = Rulebook::NATIONAL;
    let mut c = Criterion::default().configure_from_args();
    county_table(&rules);
    scaling_table(&rules);
    latencies(&mut c, &rules);
    c.final_summary();
}
