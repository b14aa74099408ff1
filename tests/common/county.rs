//! A county's archive, generated: realistic five-year terms of 46 deputies, every entry
//! recorded through `Ledger::execute` — two sessions a year with roll votes by every deputy
//! present, elections at the first session, quarterly presidium meetings with motions, a
//! resignation accepted each year and a by-election after it. Deterministic: the same seed
//! gives the same bytes.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use township_congress::ids::SessionId;
use township_congress::presidium::{PlanItem, PlanItemKind, PresidiumDecision};
use township_congress::roster::{Officeholder, Post};
use township_congress::session::{Attendance, Choice, Subject};
use township_congress::{Actor, Ledger, RosterChange, Rulebook};

use super::{S1, Town, decision, dep, election, meeting, presidium, who};

/// Deputies of every generated term.
pub const DEPUTIES: u32 = 46;
/// Years of a term.
pub const YEARS: i32 = 5;

/// A small, seeded pseudo-random source (xorshift64*): tests and benches only.
#[derive(Debug, Clone)]
pub struct Dice(u64);

impl Dice {
    /// A source from a seed.
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// A number in `0..n` (`n` ≥ 1).
    pub fn below(&mut self, n: u32) -> u32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32;
        u32::try_from(x % u64::from(n.max(1))).unwrap_or(0)
    }
}

fn local(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 2, 0, 0)
        .single()
        .expect("valid time")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn session_id(k: u32) -> SessionId {
    SessionId::from_u128(900 + u128::from(k))
}

/// One generated term.
struct Term {
    town: Town,
    dice: Dice,
    next_deputy: u32,
    next_item: u32,
    next_meeting: u32,
}

/// A five-year term of one township under `rules`, from `seed`.
pub fn term(rules: Rulebook, seed: u64) -> Ledger {
    record(rules, seed, YEARS)
}

/// As [`term`], run for `years` (a record longer than any real term, to see how costs grow
/// with the log's length).
pub fn record(rules: Rulebook, seed: u64, years: i32) -> Ledger {
    run(
        Town::with_deputies(DEPUTIES).rules(rules).build(),
        seed,
        years,
    )
    .ledger
}

/// The generated record of `years` (as [`record`]) written into `town`, a town of
/// [`DEPUTIES`] deputies just built (no officers, no session yet).
pub fn run(town: Town, seed: u64, years: i32) -> Town {
    let mut t = Term {
        town,
        dice: Dice::new(seed),
        next_deputy: 100,
        next_item: 10,
        next_meeting: 1,
    };
    t.first_session();
    for y in 0..years {
        let year = 2026 + y;
        t.presidium_meeting(year, 3, Motion::Plan);
        t.presidium_meeting(
            year,
            5,
            Motion::Convene(
                session_id(2 * u32::try_from(y).unwrap_or(0) + 2),
                date(year, 7, 15),
            ),
        );
        t.session(
            session_id(2 * u32::try_from(y).unwrap_or(0) + 2),
            local(year, 7, 15),
            true,
        );
        t.by_election(year);
        t.presidium_meeting(year, 9, Motion::Report);
        if y + 1 < years {
            let next = session_id(2 * u32::try_from(y).unwrap_or(0) + 3);
            t.presidium_meeting(year, 12, Motion::Convene(next, date(year + 1, 1, 20)));
            t.session(next, local(year + 1, 1, 20), false);
        }
    }
    t.town
}

/// The archive of a county: `townships` × `terms` generated terms.
pub fn archive(rules: &Rulebook, townships: u32, terms: u32) -> Vec<Ledger> {
    (0..townships * terms)
        .map(|k| term(rules.clone(), u64::from(k) + 1))
        .collect()
}

enum Motion {
    Plan,
    Report,
    Convene(SessionId, NaiveDate),
}

impl Term {
    /// The first session: the presidium and agenda, officers elected, reports and budget.
    fn first_session(&mut self) {
        let t = &mut self.town;
        t.at(local(2026, 1, 15));
        t.ok(
            presidium(),
            township_congress::session::SessionCommand::ConveneFirstSession {
                session: S1,
                opens_on: date(2026, 1, 15),
            },
        );
        t.attend(S1, 1..=DEPUTIES);
        t.prepare_and_open(S1, &(1..=9).collect::<Vec<_>>());
        t.elect(S1, election(1), Post::Chair, who(1));
        // A vice-chair: two candidates for one seat (差额), the second nominated by ten deputies.
        t.call(S1, election(2), Post::ViceChair, 1);
        t.nominate(S1, election(2), who(2));
        t.nominate_jointly(S1, election(2), who(3), 20..=29);
        t.fix(S1, election(2));
        t.count(S1, election(2), &[(who(2), 40), (who(3), 6)]);
        let head = Officeholder::Citizen {
            name: "李镇长".into(),
        };
        t.elect(S1, election(3), Post::TownshipHead, head);
        self.items(S1, &[Subject::GovernmentWorkReport {}, Subject::Budget {}]);
        self.town.close(S1);
    }

    /// A session convened by the presidium: attendance with a few on leave, its presidium and
    /// agenda, the year's reports voted by roll, a resignation accepted mid-year.
    fn session(&mut self, s: SessionId, opens: DateTime<Utc>, mid_year: bool) {
        self.town.at(opens);
        let serving = self.town.serving();
        let on_leave = self.dice.below(3);
        for (i, n) in serving.iter().enumerate() {
            if u32::try_from(i).unwrap_or(0) < on_leave && *n > 3 {
                self.town.mark(s, *n, Attendance::OnLeave);
            } else {
                self.town.mark(s, *n, Attendance::Present);
            }
        }
        let list: Vec<u32> = serving.iter().copied().take(9).collect();
        self.town.prepare_and_open(s, &list);
        let subjects = if mid_year {
            vec![
                Subject::BudgetExecutionReport {},
                Subject::FinalAccounts {},
                Subject::PresidiumWorkReport {},
            ]
        } else {
            vec![Subject::GovernmentWorkReport {}, Subject::Budget {}]
        };
        self.items(s, &subjects);
        if mid_year {
            let present = self.town.present(s);
            let pick = present
                .get(10 + usize::try_from(self.dice.below(20)).unwrap_or(0))
                .copied();
            if let Some(n) = pick {
                self.items(s, &[Subject::AcceptResignation { deputy: dep(n) }]);
            }
        }
        self.town.close(s);
    }

    /// Roll votes on each subject: most present deputies for, a few against or abstaining.
    fn items(&mut self, s: SessionId, subjects: &[Subject]) {
        for subject in subjects {
            let n = self.next_item;
            self.next_item += 1;
            self.town.put(s, n, subject.clone());
            for d in self.town.present(s) {
                let choice = match self.dice.below(20) {
                    0 => Choice::Against,
                    1 => Choice::Abstain,
                    _ => Choice::For,
                };
                self.town.vote(s, n, [d], choice);
            }
            self.town.close_vote(s, n);
        }
    }

    /// A quarterly presidium meeting chaired by the chair, most members present.
    fn presidium_meeting(&mut self, year: i32, month: u32, motion: Motion) {
        self.town.at(local(year, month, 10));
        let today = self.town.today();
        let members: Vec<u32> = self
            .town
            .ledger
            .state()
            .presidium()
            .members_at(self.town.ledger.roster(), today)
            .into_iter()
            .filter_map(super::number_of)
            .collect();
        // Now and then one member (never the chair, who presides) is away.
        let away = members
            .get(1 + usize::try_from(self.dice.below(8)).unwrap_or(0))
            .copied();
        let present: Vec<u32> = members
            .iter()
            .copied()
            .filter(|n| Some(*n) != away)
            .collect();
        let m = meeting(self.next_meeting);
        let d = decision(self.next_meeting);
        self.next_meeting += 1;
        self.town.meeting(m, 1, present.iter().copied());
        let motion = match motion {
            Motion::Plan => PresidiumDecision::ApproveRecessPlan {
                year,
                items: vec![
                    PlanItem::new(PlanItemKind::Inspection, "农村饮水安全"),
                    PlanItem::new(PlanItemKind::SpecialWorkReport, "乡村振兴"),
                ],
            },
            Motion::Report => PresidiumDecision::AdoptWorkReport {
                session: session_id(99),
            },
            Motion::Convene(session, opens_on) => {
                PresidiumDecision::ConveneSession { session, opens_on }
            }
        };
        self.town.decide(m, 1, d, motion, present.iter().copied());
        self.town.close_meeting(m, 1);
    }

    /// The constituency of the deputy who resigned this year elects a successor (补选).
    fn by_election(&mut self, year: i32) {
        let on = date(year, 9, 1);
        self.town.at(local(year, 9, 2));
        let roster = self.town.ledger.roster();
        let holders = |c| {
            roster
                .deputies()
                .filter(|o| o.constituency == c && o.holds_mandate_at(on))
                .count()
        };
        let seats = |c| {
            roster
                .constituency(c)
                .map_or(0, |c| usize::try_from(c.seats).unwrap_or(0))
        };
        let vacant = roster
            .constituencies()
            .map(|c| c.id)
            .find(|c| holders(*c) < seats(*c));
        let Some(constituency) = vacant else { return };
        let n = self.next_deputy;
        self.next_deputy += 1;
        self.town.ok(
            Actor::ElectionCommittee {},
            RosterChange::DeputyElected {
                deputy: dep(n),
                name: format!("补选代表{n}"),
                constituency,
                on,
                by_election: true,
            },
        );
        // The credentials committee reviews the by-elected deputy and the presidium confirms
        // (选举法2020 第五十七条第五款).
        self.town.confirm_credentials([dep(n)].into());
    }
}

/// A record of `years` (as [`record`]) that ends with one more session convened by the
/// presidium and sitting, its presidium elected and agenda adopted, every serving deputy
/// present: ready for roll votes. Returns the town and the session.
pub fn sitting(rules: Rulebook, seed: u64, years: i32) -> (Town, SessionId) {
    let town = Town {
        ledger: record(rules, seed, years),
        clock: local(2026 + years, 1, 1),
        journal: None,
    };
    let mut t = Term {
        town,
        dice: Dice::new(seed),
        next_deputy: 10_000,
        next_item: 100_000,
        next_meeting: 10_000,
    };
    let s = session_id(9_999);
    let year = 2026 + years;
    t.presidium_meeting(year, 1, Motion::Convene(s, date(year, 1, 20)));
    t.town.at(local(year, 1, 20));
    let serving = t.town.serving();
    t.town.attend(s, serving.iter().copied());
    let list: Vec<u32> = serving.iter().copied().take(9).collect();
    t.town.prepare_and_open(s, &list);
    (t.town, s)
}
