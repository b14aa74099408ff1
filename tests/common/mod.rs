//! Shared fixtures: fixed ids, fixed times, and a township's roster built through the ledger.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use township_congress::ids::{ConstituencyId, DeputyId};
use township_congress::{Actor, Command, Envelope, Ledger, RosterChange, Rulebook};

/// 10:00 in Beijing (02:00 UTC) on a day of 2026.
pub fn at(month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, 2, 0, 0)
        .single()
        .expect("valid time")
}

/// A local date of 2026.
pub fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).expect("valid date")
}

/// Deputy number `n` (1-based).
pub fn dep(n: u32) -> DeputyId {
    DeputyId::from_u128(u128::from(n))
}

/// Constituency number `n` (1-based).
pub fn con(n: u32) -> ConstituencyId {
    ConstituencyId::from_u128(1000 + u128::from(n))
}

/// Executes a roster change, panicking with the refusal if it is refused.
pub fn roster(ledger: &mut Ledger, actor: Actor, when: DateTime<Utc>, change: RosterChange) {
    if let Err(e) = ledger.execute(Envelope::new(actor, when, Command::Roster(change))) {
        panic!("fixture change refused: {e}");
    }
}

/// A ledger with a term of `n` deputies (population sized to allow it), elected on 4 January
/// 2026 in constituencies of three seats, all recorded on 5 January.
pub fn township(n: u32) -> Ledger {
    township_under(Rulebook::NATIONAL, n)
}

/// As [`township`], under `rules` (a province's profile).
pub fn township_under(rules: Rulebook, n: u32) -> Ledger {
    let mut ledger = Ledger::new(rules);
    let population = if n < 45 {
        1_500
    } else {
        45_000 + (n.saturating_sub(45)) * 1_500
    };
    roster(
        &mut ledger,
        Actor::CountyStandingCommittee {},
        at(1, 5),
        RosterChange::TermOpened {
            township: "青山镇".into(),
            number: 8,
            election_completed: day(1, 4),
            population,
            seats: n,
            uplift: false,
            township_kind: township_congress::roster::TownshipKind::Town,
        },
    );
    for k in 0..n.div_ceil(3) {
        roster(
            &mut ledger,
            Actor::ElectionCommittee {},
            at(1, 5),
            RosterChange::ConstituencyDrawn {
                constituency: con(k + 1),
                name: format!("第{}选区", k + 1),
                seats: (n - 3 * k).min(3),
                voters: 1_200,
            },
        );
    }
    for i in 1..=n {
        roster(
            &mut ledger,
            Actor::ElectionCommittee {},
            at(1, 5),
            RosterChange::DeputyElected {
                deputy: dep(i),
                name: format!("代表{i}"),
                constituency: con((i - 1) / 3 + 1),
                on: day(1, 4),
                by_election: false,
            },
        );
    }
    ledger
}

/// The ledger's state as JSON, for byte-for-byte comparisons.
pub fn snapshot(ledger: &Ledger) -> String {
    serde_json::to_string(ledger).expect("serializable")
}
