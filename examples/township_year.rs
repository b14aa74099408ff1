//! A year of one township congress, 青山镇 (Qingshan town), term 8, played from fixed dates.
//!
//! ```text
//! cargo run --example township_year
//! ```
//!
//! Each step is an envelope (who, when, what) executed by the ledger; refusals are printed
//! with the rule they break. The log at the end is the archive (档案).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use township_congress::ids::{ConstituencyId, DeputyId, GroupId, StationId, UnitId};
use township_congress::roster::{Officeholder, Post, UnitKind};
use township_congress::{Actor, Command, Envelope, Error, Label, Ledger, RosterChange, Rulebook};

const DEPUTIES: u32 = 46;

fn at(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    // Hours are Beijing time; the ledger stores UTC.
    Utc.with_ymd_and_hms(2026, month, day, hour.saturating_sub(8), 0, 0)
        .single()
        .unwrap_or_default()
}

fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap_or_default()
}

fn dep(n: u32) -> DeputyId {
    DeputyId::from_u128(u128::from(n))
}

struct Clerk {
    ledger: Ledger,
}

impl Clerk {
    /// Executes an envelope and prints what was recorded, or why it was refused.
    fn file(&mut self, actor: Actor, when: DateTime<Utc>, command: Command) -> Result<(), Error> {
        let label = match &command {
            Command::Roster(c) => c.label_zh(),
            _ => "",
        };
        match self
            .ledger
            .execute(Envelope::new(actor.clone(), when, command))
        {
            Ok(events) => {
                let last = events.last().map_or(0, |e| e.seq);
                println!("  #{last:<4} {label:<12} by {} ({actor})", actor.label_zh());
                Ok(())
            }
            Err(e) => {
                println!("  REFUSED  {label:<12} by {}: {e}", actor.label_zh());
                Err(e)
            }
        }
    }

    fn quiet(&mut self, actor: Actor, when: DateTime<Utc>, command: Command) -> Result<(), Error> {
        self.ledger
            .execute(Envelope::new(actor, when, command))
            .map(|_| ())
    }
}

fn main() -> Result<(), Error> {
    let rules = Rulebook::NATIONAL;
    println!("青山镇第八届人民代表大会 — a year of township congress work\n");
    println!("Rulebook `{}` (selected rules):", rules.name);
    for entry in rules.entries().iter().filter(|e| {
        [
            "term_years",
            "session_quorum",
            "adoption",
            "deputy_quota_base",
            "deputy_group_min",
            "resignation_acceptance",
        ]
        .contains(&e.field)
    }) {
        println!(
            "  {:<24} {:<14} {} [{}]",
            entry.field,
            entry.value,
            entry.citation,
            entry.authority.label_zh()
        );
    }

    let mut clerk = Clerk {
        ledger: Ledger::new(rules),
    };
    let r = |c: RosterChange| Command::Roster(c);

    println!("\n1. The term and its deputies (代表名册)");
    clerk.file(
        Actor::CountyStandingCommittee {},
        at(1, 5, 9),
        r(RosterChange::TermOpened {
            township: "青山镇".into(),
            number: 8,
            election_completed: day(1, 4),
            population: 28_600,
            seats: DEPUTIES,
            uplift: false,
        }),
    )?;
    let quota = clerk.ledger.rules().deputy_quota_range(28_600, false);
    println!(
        "     quota for 28,600 inhabitants: {}..={} deputies; the county fixed {DEPUTIES}",
        quota.start(),
        quota.end()
    );
    for k in 0..DEPUTIES.div_ceil(3) {
        clerk.quiet(
            Actor::ElectionCommittee {},
            at(1, 5, 10),
            r(RosterChange::ConstituencyDrawn {
                constituency: ConstituencyId::from_u128(u128::from(k) + 1),
                name: format!("第{}选区", k + 1),
                seats: (DEPUTIES - 3 * k).min(3),
                voters: 1_150,
            }),
        )?;
    }
    for i in 1..=DEPUTIES {
        clerk.quiet(
            Actor::ElectionCommittee {},
            at(1, 5, 11),
            r(RosterChange::DeputyElected {
                deputy: dep(i),
                name: format!("代表{i:02}"),
                constituency: ConstituencyId::from_u128(u128::from((i - 1) / 3) + 1),
                on: day(1, 4),
                by_election: false,
            }),
        )?;
    }
    println!(
        "     {} constituencies drawn, {} deputies elected on 2026-01-04",
        DEPUTIES.div_ceil(3),
        DEPUTIES
    );

    println!("\n2. Officers (主席、副主席、镇长)");
    let seat = |post, n| {
        r(RosterChange::OfficerSeated {
            post,
            holder: Officeholder::Deputy { deputy: dep(n) },
            on: day(1, 20),
        })
    };
    clerk.file(Actor::Presidium {}, at(1, 20, 17), seat(Post::Chair, 1))?;
    clerk.file(Actor::Presidium {}, at(1, 20, 17), seat(Post::ViceChair, 2))?;
    clerk.file(
        Actor::Presidium {},
        at(1, 20, 17),
        r(RosterChange::OfficerSeated {
            post: Post::TownshipHead,
            holder: Officeholder::Citizen {
                name: "王建国".into(),
            },
            on: day(1, 20),
        }),
    )?;
    // The vice-chair is offered a deputy-head post: the law forbids holding both.
    let _ = clerk.file(
        Actor::Staff {
            name: "李干事".into(),
        },
        at(2, 3, 9),
        r(RosterChange::AdministrativePostTaken {
            deputy: dep(2),
            title: "副镇长".into(),
            on: day(2, 3),
        }),
    );

    println!("\n3. Deputy groups, the contact office and stations (代表小组、联络站)");
    let areas = ["东片", "西片", "南片", "北片"];
    for (g, area) in areas.iter().enumerate() {
        let g = u32::try_from(g).unwrap_or(0);
        let members = (1..=DEPUTIES).filter(|i| i % 4 == g).map(dep).collect();
        clerk.file(
            Actor::Presidium {},
            at(2, 10, 9),
            r(RosterChange::GroupFormed {
                group: GroupId::from_u128(u128::from(g) + 1),
                name: format!("{area}代表小组"),
                area: (*area).into(),
                members,
                on: day(2, 10),
            }),
        )?;
    }
    // Two deputies cannot form a group.
    let _ = clerk.file(
        Actor::Presidium {},
        at(2, 10, 10),
        r(RosterChange::GroupFormed {
            group: GroupId::from_u128(9),
            name: "企业代表小组".into(),
            area: "工业园".into(),
            members: [dep(5), dep(6)].into_iter().collect(),
            on: day(2, 10),
        }),
    );
    clerk.file(
        Actor::Presidium {},
        at(2, 11, 9),
        r(RosterChange::ContactOfficeOpened {
            name: "青山镇人大代表联络室".into(),
            on: day(2, 11),
        }),
    )?;
    for (s, village) in ["青山村", "石桥村", "河西社区"].iter().enumerate() {
        let station = StationId::from_u128(u128::try_from(s).unwrap_or(0) + 1);
        clerk.quiet(
            Actor::Presidium {},
            at(2, 11, 10),
            r(RosterChange::StationOpened {
                station,
                name: format!("{village}代表联络站"),
                village: (*village).into(),
                on: day(2, 11),
            }),
        )?;
    }
    for i in 1..=40 {
        let station = StationId::from_u128(u128::from(i % 3) + 1);
        clerk.quiet(
            Actor::Presidium {},
            at(2, 12, 9),
            r(RosterChange::DeputyAssignedToStation {
                station,
                deputy: dep(i),
                on: day(2, 12),
            }),
        )?;
    }
    let uncovered = clerk.ledger.roster().deputies_without_station(day(2, 12));
    println!(
        "     3 stations opened; {} deputies not yet assigned to a station",
        uncovered.len()
    );
    for (u, (name, kind)) in [
        ("镇农业农村办", UnitKind::Department),
        ("镇财政所", UnitKind::Institution),
        ("县交通运输局青山分局", UnitKind::CountyOrgan),
    ]
    .iter()
    .enumerate()
    {
        clerk.quiet(
            Actor::Government {},
            at(2, 13, 9),
            r(RosterChange::UnitRegistered {
                unit: UnitId::from_u128(u128::try_from(u).unwrap_or(0) + 1),
                name: (*name).into(),
                category: *kind,
            }),
        )?;
    }
    println!("     3 government units registered to handle suggestions");

    println!("\n4. A resignation mid-term changes the quorum base (全体代表)");
    let base = |c: &Clerk, d| c.ledger.roster().all_deputies_count(c.ledger.rules(), d);
    let quorum = |c: &Clerk, d| c.ledger.rules().session_quorum.value.required(base(c, d));
    println!(
        "     before: {} deputies, quorum {} present",
        base(&clerk, day(3, 9)),
        quorum(&clerk, day(3, 9))
    );
    // 23 of 46 is not a majority of all deputies.
    let _ = clerk.file(
        Actor::Presidium {},
        at(3, 10, 11),
        r(RosterChange::ResignationAccepted {
            deputy: dep(46),
            on: day(3, 10),
            votes_for: 23,
        }),
    );
    clerk.file(
        Actor::Presidium {},
        at(3, 10, 11),
        r(RosterChange::ResignationAccepted {
            deputy: dep(46),
            on: day(3, 10),
            votes_for: 41,
        }),
    )?;
    println!(
        "     from 2026-03-10: {} deputies, quorum {} present, majority {}",
        base(&clerk, day(3, 10)),
        quorum(&clerk, day(3, 10)),
        clerk
            .ledger
            .rules()
            .adoption
            .value
            .required(base(&clerk, day(3, 10)))
    );
    let below = clerk
        .ledger
        .roster()
        .groups_below_minimum(clerk.ledger.rules(), day(3, 10));
    println!("     groups below three members: {}", below.len());

    println!("\n5. The archive (档案)");
    let replayed = Ledger::replay(clerk.ledger.rules().clone(), clerk.ledger.events())?;
    println!(
        "     {} events recorded; replayed state identical: {}",
        clerk.ledger.events().len(),
        replayed.state() == clerk.ledger.state()
    );
    Ok(())
}
