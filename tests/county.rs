//! The county archive generator used by `benches/county.rs`: its terms replay to the same
//! state and their JSON round-trips byte for byte.

mod common;

use common::county;
use township_congress::{Ledger, Rulebook};

#[test]
fn a_generated_term_replays_and_round_trips() {
    let ledger = county::term(Rulebook::NATIONAL, 7);
    let events: usize = ledger.events().iter().map(|r| 1 + r.effects.len()).sum();
    assert!(
        events > 3_000,
        "a realistic term records thousands of events, got {events}"
    );
    let replayed = Ledger::replay(ledger.rules().clone(), ledger.events()).expect("replays");
    assert_eq!(replayed, ledger);
    let json = serde_json::to_string(&ledger).expect("serializes");
    let loaded: Ledger = serde_json::from_str(&json).expect("loads by replaying");
    assert_eq!(loaded.state(), ledger.state());
    assert_eq!(serde_json::to_string(&loaded).expect("serializes"), json);
}

#[test]
fn the_generator_is_deterministic() {
    let a = serde_json::to_string(&county::term(Rulebook::NATIONAL, 3)).expect("json");
    let b = serde_json::to_string(&county::term(Rulebook::NATIONAL, 3)).expect("json");
    let c = serde_json::to_string(&county::term(Rulebook::NATIONAL, 4)).expect("json");
    assert_eq!(a, b);
    assert_ne!(a, c);
}
