//! A small township for the unit tests of the modules above the roster (the integration tests
//! have their own builder, `tests/common`), and the check that an error's two renderings say
//! the same thing.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::actor::Actor;
use crate::error::Error;
use crate::ids::{ConstituencyId, DeputyId, GroupId, SessionId, StationId, UnitId};
use crate::ledger::{Command, Envelope, Ledger, Recorded};
use crate::presidium::PresidiumCommand;
use crate::roster::{Officeholder, Post, RosterChange, TownshipKind, UnitKind};
use crate::rulebook::Rulebook;

pub(crate) fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
}

pub(crate) fn at(m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, 2, 0, 0)
        .single()
        .unwrap_or_default()
}

pub(crate) fn dep(n: u128) -> DeputyId {
    DeputyId::from_u128(n)
}

pub(crate) fn unit(n: u128) -> UnitId {
    UnitId::from_u128(500 + n)
}

pub(crate) const STATION: StationId = StationId::from_u128(61);
pub(crate) const GROUP: GroupId = GroupId::from_u128(71);

/// A town of nine deputies (three constituencies), deputy 1 the chair, a presidium of 1–5
/// from before the record, three units, a station in 青山村 with deputies 1–3 and a group of
/// deputies 4–6, all on 5 January 2026.
pub(crate) struct Mini {
    pub(crate) ledger: Ledger,
}

impl Mini {
    pub(crate) fn new(rules: Rulebook) -> Self {
        let mut m = Self {
            ledger: Ledger::new(rules),
        };
        let (county, committee, presidium) = (
            Actor::CountyStandingCommittee {},
            Actor::ElectionCommittee {},
            Actor::Presidium {},
        );
        m.ok(
            county,
            1,
            5,
            RosterChange::TermOpened {
                township: "青山乡".into(),
                township_kind: TownshipKind::Township,
                number: 8,
                election_completed: day(1, 4),
                population: 1_800,
                seats: 9,
                uplift: false,
                minorities: Vec::new(),
            },
        );
        for c in 1..=3 {
            m.ok(
                committee.clone(),
                1,
                5,
                RosterChange::ConstituencyDrawn {
                    constituency: ConstituencyId::from_u128(c),
                    name: format!("第{c}选区"),
                    seats: 3,
                    voters: 600,
                },
            );
        }
        for n in 1..=9 {
            m.ok(
                committee.clone(),
                1,
                5,
                RosterChange::DeputyElected {
                    deputy: dep(n),
                    name: format!("代表{n}"),
                    constituency: ConstituencyId::from_u128((n - 1) / 3 + 1),
                    on: day(1, 4),
                    by_election: false,
                },
            );
        }
        let all: std::collections::BTreeSet<DeputyId> = (1..=9).map(dep).collect();
        m.ok(
            Actor::CredentialsCommittee {},
            1,
            5,
            RosterChange::CredentialsReviewed {
                valid: all.clone(),
                void: std::collections::BTreeSet::new(),
                on: day(1, 5),
            },
        );
        m.ok(
            presidium.clone(),
            1,
            5,
            RosterChange::CredentialsConfirmed {
                deputies: all,
                on: day(1, 5),
            },
        );
        m.organise(presidium);
        m
    }

    fn organise(&mut self, presidium: Actor) {
        self.ok(
            presidium.clone(),
            1,
            5,
            RosterChange::OfficerSeated {
                post: Post::Chair,
                holder: Officeholder::Deputy { deputy: dep(1) },
                on: day(1, 5),
            },
        );
        self.ok(
            presidium.clone(),
            1,
            5,
            PresidiumCommand::RecordMembership {
                session: SessionId::from_u128(1),
                members: (1..=5).map(dep).collect(),
                on: day(1, 5),
            },
        );
        for n in 1..=3 {
            self.ok(
                Actor::Government {},
                1,
                5,
                RosterChange::UnitRegistered {
                    unit: unit(n),
                    name: format!("单位{n}"),
                    category: UnitKind::Department,
                },
            );
        }
        self.ok(
            presidium.clone(),
            1,
            5,
            RosterChange::StationOpened {
                station: STATION,
                name: "青山村代表联络站".into(),
                village: "青山村".into(),
                on: day(1, 5),
            },
        );
        for n in 1..=3 {
            self.ok(
                presidium.clone(),
                1,
                5,
                RosterChange::DeputyAssignedToStation {
                    station: STATION,
                    deputy: dep(n),
                    on: day(1, 5),
                },
            );
        }
        self.ok(
            presidium,
            1,
            5,
            RosterChange::GroupFormed {
                group: GROUP,
                name: "东片代表小组".into(),
                area: "东片".into(),
                members: (4..=6).map(dep).collect(),
                on: day(1, 5),
            },
        );
    }

    /// Executes a command on a day of 2026 that must be accepted.
    pub(crate) fn ok(&mut self, actor: Actor, m: u32, d: u32, cmd: impl Into<Command>) -> Recorded {
        let cmd = cmd.into();
        match self
            .ledger
            .execute(Envelope::new(actor, at(m, d), cmd.clone()))
        {
            Ok(r) => r.clone(),
            Err(e) => panic!("{cmd:?} refused: {e}"),
        }
    }

    /// Executes a command that must be refused, leaving the ledger as it was.
    pub(crate) fn no(&mut self, actor: Actor, m: u32, d: u32, cmd: impl Into<Command>) -> Error {
        let cmd = cmd.into();
        let before = self.ledger.clone();
        match self
            .ledger
            .execute(Envelope::new(actor, at(m, d), cmd.clone()))
        {
            Ok(r) => panic!("{cmd:?} accepted: {r:?}"),
            Err(e) => {
                assert_eq!(self.ledger, before, "refused but changed");
                e
            }
        }
    }
}

/// An error's English and Chinese renderings both carry every number among its fields and its
/// citation; the English starts lowercase without a trailing period, the Chinese has Chinese
/// text; the wire `code` is `code`.
pub(crate) fn check_renderings(
    value: &serde_json::Value,
    code: &str,
    en: &str,
    zh: &str,
    citation: Option<String>,
) {
    assert_eq!(
        value.get("code").and_then(|c| c.as_str()),
        Some(code),
        "{en}"
    );
    assert!(en.chars().next().is_some_and(|c| !c.is_uppercase()), "{en}");
    assert!(!en.ends_with('.'), "{en}");
    assert!(
        zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{zh}"
    );
    if let Some(obj) = value.as_object() {
        for (k, v) in obj {
            if let Some(n) = v.as_u64() {
                let n = n.to_string();
                assert!(en.contains(&n) && zh.contains(&n), "{k} = {n}: {en} / {zh}");
            }
        }
    }
    if let Some(c) = citation {
        assert!(en.contains(&c) && zh.contains(&c), "{c}: {en} / {zh}");
    }
}

/// One error sample as the unit tests of an error type render it: its code, its JSON, its
/// English and Chinese sentences, and its citation.
pub(crate) type Rendered = (
    &'static str,
    serde_json::Value,
    String,
    String,
    Option<String>,
);

/// Checks an error type's samples, one per variant in the order of `codes`: each code is the
/// variant's wire tag, listed once, well formed under `area` (or `actor.` for the shared
/// refusal), and both sentences carry the numbers and the citation.
pub(crate) fn check_error_samples(codes: &[&str], area: &str, samples: &[Rendered]) {
    assert_eq!(samples.len(), codes.len(), "one sample per code");
    let unique: std::collections::BTreeSet<&&str> = codes.iter().collect();
    assert_eq!(unique.len(), codes.len(), "a code listed twice");
    for ((code, value, en, zh, citation), listed) in samples.iter().zip(codes) {
        assert_eq!(code, listed);
        let rule = code
            .strip_prefix(area)
            .or_else(|| code.strip_prefix("actor."))
            .unwrap_or_default();
        assert!(
            !rule.is_empty() && rule.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{code}"
        );
        assert!(!zh.is_empty(), "{code}");
        check_renderings(value, code, en, zh, citation.clone());
    }
}
