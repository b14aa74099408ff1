//! Publishes a township congress term as Popolo JSON, for a civic-data portal.
//!
//! ```text
//! cargo run --example export_popolo -- <dir> [--individual-votes] [--no-government]
//! ```
//!
//! Plays the first half-year of 青山镇 (Qingshan town), term 8 — the story of the
//! `township_year` example, with named deputies — through `Ledger::execute`, then writes
//! `<dir>/popolo.json`: one document with the collections `persons`, `organizations`,
//! `areas`, `posts`, `memberships`, `events`, `motions` and `vote_events`.
//! `tests/popolo/validate.py` checks it against the Popolo JSON Schemas.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use township_congress::export::{ExportOptions, popolo};
use township_congress::ids::{
    ConstituencyId, DecisionId, DeputyId, ElectionId, GroupId, ItemId, MeetingId, SessionId,
};
use township_congress::presidium::{PresidiumCommand, PresidiumDecision};
use township_congress::roster::{Officeholder, Post, TownshipKind};
use township_congress::session::{
    Attendance, CandidateTally, Choice, Nominator, SessionCommand, Subject,
};
use township_congress::{Actor, Command, Envelope, Error, Ledger, RosterChange, Rulebook};

const DEPUTIES: u32 = 46;
const FIRST: SessionId = SessionId::from_u128(1);
const MIDYEAR: SessionId = SessionId::from_u128(2);

const SURNAMES: [&str; 12] = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
];
const GIVEN: [&str; 4] = ["建华", "秀英", "志强", "丽娟"];

/// `hour` is Beijing time; the ledger stores UTC.
fn at(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
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

/// A distinct name for each deputy: 王建华, 李建华, … 王秀英, …
fn name(n: u32) -> String {
    let k = usize::try_from(n.saturating_sub(1)).unwrap_or(0);
    let surname = SURNAMES.get(k % SURNAMES.len()).copied().unwrap_or("王");
    let given = GIVEN.get(k / SURNAMES.len()).copied().unwrap_or("国平");
    format!("{surname}{given}")
}

fn staff() -> Actor {
    Actor::Staff {
        name: "李干事".into(),
    }
}

struct Clerk {
    ledger: Ledger,
}

impl Clerk {
    fn file(&mut self, actor: Actor, when: DateTime<Utc>, command: Command) -> Result<(), Error> {
        self.ledger
            .execute(Envelope::new(actor, when, command))
            .map(|_| ())
    }

    fn roster(
        &mut self,
        actor: Actor,
        when: DateTime<Utc>,
        change: RosterChange,
    ) -> Result<(), Error> {
        self.file(actor, when, Command::Roster(change))
    }

    fn session(
        &mut self,
        actor: Actor,
        when: DateTime<Utc>,
        command: SessionCommand,
    ) -> Result<(), Error> {
        self.file(actor, when, Command::Session(command))
    }

    fn presidium(
        &mut self,
        actor: Actor,
        when: DateTime<Utc>,
        command: PresidiumCommand,
    ) -> Result<(), Error> {
        self.file(actor, when, Command::Presidium(command))
    }

    /// The first `present` serving deputies register; the others are recorded absent.
    fn attendance(
        &mut self,
        session: SessionId,
        when: DateTime<Utc>,
        present: usize,
    ) -> Result<(), Error> {
        let serving = self.ledger.roster().serving_at(when.date_naive());
        for (k, deputy) in serving.into_iter().enumerate() {
            let (actor, attendance) = if k < present {
                (Actor::deputy(deputy), Attendance::Present)
            } else {
                (staff(), Attendance::Absent)
            };
            self.session(
                actor,
                when,
                SessionCommand::RecordAttendance {
                    session,
                    deputy,
                    attendance,
                },
            )?;
        }
        Ok(())
    }

    /// Puts an item; the first `yes` present deputies vote for, the next `no` against, the
    /// rest abstain; the presidium closes the vote.
    fn vote(
        &mut self,
        session: SessionId,
        when: DateTime<Utc>,
        (item, title, subject): (u128, &str, Subject),
        (yes, no): (usize, usize),
    ) -> Result<(), Error> {
        let item = ItemId::from_u128(item);
        self.session(
            Actor::Presidium {},
            when,
            SessionCommand::PutItem {
                session,
                item,
                title: title.into(),
                subject,
            },
        )?;
        let present = self
            .ledger
            .state()
            .sessions()
            .get(session)
            .map(|s| s.present_at(self.ledger.roster(), when.date_naive()))
            .unwrap_or_default();
        for (k, deputy) in present.into_iter().enumerate() {
            let choice = if k < yes {
                Choice::For
            } else if k < yes + no {
                Choice::Against
            } else {
                Choice::Abstain
            };
            self.session(
                Actor::deputy(deputy),
                when,
                SessionCommand::CastVote {
                    session,
                    item,
                    choice,
                },
            )?;
        }
        self.session(
            Actor::Presidium {},
            when,
            SessionCommand::CloseVote { session, item },
        )
    }

    /// An election for one seat: the presidium nominates the first candidate, ten deputies
    /// the others; the tellers count one ballot per present deputy (by secret ballot: only
    /// the totals exist).
    fn elect(
        &mut self,
        session: SessionId,
        when: DateTime<Utc>,
        (election, post): (u128, Post),
        candidates: &[Officeholder],
        votes_for: &[u32],
    ) -> Result<(), Error> {
        let election = ElectionId::from_u128(election);
        self.session(
            Actor::Presidium {},
            when,
            SessionCommand::CallElection {
                session,
                election,
                post,
                seats: 1,
                margin: None,
                by_election: false,
            },
        )?;
        for (k, candidate) in candidates.iter().enumerate() {
            let (actor, nominator) = if k == 0 {
                (Actor::Presidium {}, Nominator::Presidium {})
            } else {
                let first = 10 + 10 * u32::try_from(k).unwrap_or(0);
                let signers = (first..first + 10).map(dep).collect();
                (staff(), Nominator::Deputies { signers })
            };
            self.session(
                actor,
                when,
                SessionCommand::Nominate {
                    session,
                    election,
                    candidate: candidate.clone(),
                    nominator,
                    ethnicity: None,
                },
            )?;
        }
        self.session(
            Actor::Presidium {},
            when,
            SessionCommand::FixCandidates { session, election },
        )?;
        let returned = self
            .ledger
            .state()
            .sessions()
            .get(session)
            .map(|s| s.present_at(self.ledger.roster(), when.date_naive()).len())
            .unwrap_or(0);
        let returned = u32::try_from(returned).unwrap_or(0);
        let tallies = candidates
            .iter()
            .zip(votes_for)
            .map(|(c, f)| CandidateTally::new(c.clone(), *f, returned.saturating_sub(*f + 2), 2))
            .collect();
        self.session(
            staff(),
            when,
            SessionCommand::CountBallots {
                session,
                election,
                ballots_returned: returned,
                tallies,
                write_ins: Vec::new(),
            },
        )
    }
}

fn citizen(name: &str) -> Officeholder {
    Officeholder::Citizen { name: name.into() }
}

/// 青山镇, term 8: election, first session, deputy groups, the presidium convening the
/// mid-year session, and that session (a resignation, a failed motion, two elections).
fn township() -> Result<Ledger, Error> {
    let mut c = Clerk {
        ledger: Ledger::new(Rulebook::NATIONAL),
    };
    c.roster(
        Actor::CountyStandingCommittee {},
        at(1, 5, 9),
        RosterChange::TermOpened {
            township: "青山镇".into(),
            number: 8,
            election_completed: day(1, 4),
            population: 28_600,
            seats: DEPUTIES,
            uplift: false,
            township_kind: TownshipKind::Town,
            minorities: Vec::new(),
        },
    )?;
    let villages = [
        "青山村",
        "石桥村",
        "河西社区",
        "柳塘村",
        "东岭村",
        "南坪村",
        "杏花村",
        "白沙村",
        "马鞍村",
        "竹园村",
        "龙潭村",
        "新街社区",
        "枫林村",
        "上湾村",
        "下湾村",
        "茶山村",
    ];
    for (k, village) in (0u32..).zip(villages) {
        c.roster(
            Actor::ElectionCommittee {},
            at(1, 5, 10),
            RosterChange::ConstituencyDrawn {
                constituency: ConstituencyId::from_u128(u128::from(k) + 1),
                name: format!("第{}选区（{village}）", k + 1),
                seats: (DEPUTIES - 3 * k).min(3),
                voters: 1_150,
            },
        )?;
    }
    for i in 1..=DEPUTIES {
        c.roster(
            Actor::ElectionCommittee {},
            at(1, 5, 11),
            RosterChange::DeputyElected {
                deputy: dep(i),
                name: name(i),
                constituency: ConstituencyId::from_u128(u128::from((i - 1) / 3) + 1),
                on: day(1, 4),
                by_election: false,
            },
        )?;
    }
    // The credentials committee finds every election valid, the presidium confirms them and
    // publishes the list of deputies (选举法2020 第四十七条).
    let elected: std::collections::BTreeSet<DeputyId> = (1..=DEPUTIES).map(dep).collect();
    c.roster(
        Actor::CredentialsCommittee {},
        at(1, 6, 9),
        RosterChange::CredentialsReviewed {
            valid: elected.clone(),
            void: std::collections::BTreeSet::new(),
            on: day(1, 6),
        },
    )?;
    c.roster(
        Actor::Presidium {},
        at(1, 6, 10),
        RosterChange::CredentialsConfirmed {
            deputies: elected,
            on: day(1, 6),
        },
    )?;
    c.roster(
        Actor::Presidium {},
        at(1, 6, 11),
        RosterChange::DeputyListPublished { on: day(1, 6) },
    )?;

    // The term's first session (第一次会议), convened by the previous presidium.
    c.session(
        Actor::Presidium {},
        at(1, 8, 9),
        SessionCommand::ConveneFirstSession {
            session: FIRST,
            opens_on: day(1, 15),
        },
    )?;
    c.attendance(FIRST, at(1, 15, 8), 43)?;
    let presidium: std::collections::BTreeSet<DeputyId> = (1..=9).map(dep).collect();
    // National law has no preparatory meeting: the session opens, then elects its
    // presidium and adopts its agenda.
    c.session(
        Actor::Presidium {},
        at(1, 15, 9),
        SessionCommand::OpenSession { session: FIRST },
    )?;
    c.vote(
        FIRST,
        at(1, 15, 9),
        (
            1,
            "选举大会主席团",
            Subject::PresidiumElection {
                members: presidium.clone(),
            },
        ),
        (40, 0),
    )?;
    c.vote(
        FIRST,
        at(1, 15, 9),
        (2, "通过大会议程", Subject::Agenda {}),
        (41, 0),
    )?;
    c.vote(
        FIRST,
        at(1, 15, 11),
        (
            3,
            "青山镇人民政府工作报告",
            Subject::GovernmentWorkReport {},
        ),
        (39, 2),
    )?;
    c.vote(
        FIRST,
        at(1, 15, 11),
        (4, "青山镇2026年财政预算", Subject::Budget {}),
        (36, 4),
    )?;
    c.elect(
        FIRST,
        at(1, 15, 14),
        (1, Post::Chair),
        &[Officeholder::Deputy { deputy: dep(1) }],
        &[38],
    )?;
    c.elect(
        FIRST,
        at(1, 15, 15),
        (2, Post::TownshipHead),
        &[citizen("王建国")],
        &[37],
    )?;
    c.session(
        Actor::Presidium {},
        at(1, 15, 17),
        SessionCommand::CloseSession { session: FIRST },
    )?;

    // Deputy groups (代表小组) by area.
    for (g, area) in (0u32..).zip(["东片", "西片", "南片", "北片"]) {
        c.roster(
            Actor::Presidium {},
            at(2, 10, 9),
            RosterChange::GroupFormed {
                group: GroupId::from_u128(u128::from(g) + 1),
                name: format!("{area}代表小组"),
                area: area.into(),
                members: (1..=DEPUTIES).filter(|i| i % 4 == g).map(dep).collect(),
                on: day(2, 10),
            },
        )?;
    }

    // The presidium convenes the mid-year session.
    let meeting = MeetingId::from_u128(1);
    let chair = Actor::deputy(dep(1));
    c.presidium(
        chair.clone(),
        at(2, 20, 9),
        PresidiumCommand::ConveneMeeting { meeting },
    )?;
    for n in 1..=7 {
        c.presidium(
            Actor::deputy(dep(n)),
            at(2, 20, 9),
            PresidiumCommand::RegisterAttendance { meeting },
        )?;
    }
    let decision = DecisionId::from_u128(1);
    c.presidium(
        chair.clone(),
        at(2, 20, 10),
        PresidiumCommand::PutMotion {
            meeting,
            decision,
            motion: PresidiumDecision::ConveneSession {
                session: MIDYEAR,
                opens_on: day(7, 10),
            },
        },
    )?;
    for n in 1..=6 {
        c.presidium(
            Actor::deputy(dep(n)),
            at(2, 20, 10),
            PresidiumCommand::CastVote {
                decision,
                choice: Choice::For,
            },
        )?;
    }
    c.presidium(
        chair.clone(),
        at(2, 20, 10),
        PresidiumCommand::CloseVote { decision },
    )?;
    c.presidium(
        chair,
        at(2, 20, 11),
        PresidiumCommand::CloseMeeting { meeting },
    )?;

    // The mid-year session (年中例会).
    c.attendance(MIDYEAR, at(7, 10, 8), 39)?;
    // National law has no preparatory meeting: the session opens, then elects its
    // presidium and adopts its agenda.
    c.session(
        Actor::Presidium {},
        at(7, 10, 9),
        SessionCommand::OpenSession { session: MIDYEAR },
    )?;
    c.vote(
        MIDYEAR,
        at(7, 10, 9),
        (
            11,
            "选举大会主席团",
            Subject::PresidiumElection { members: presidium },
        ),
        (38, 0),
    )?;
    c.vote(
        MIDYEAR,
        at(7, 10, 9),
        (12, "通过大会议程", Subject::Agenda {}),
        (38, 0),
    )?;
    c.vote(
        MIDYEAR,
        at(7, 10, 10),
        (
            13,
            "上半年预算执行情况报告",
            Subject::BudgetExecutionReport {},
        ),
        (35, 1),
    )?;
    // Deputy 40 resigned in writing; the congress accepts by a majority of all deputies.
    c.vote(
        MIDYEAR,
        at(7, 10, 11),
        (
            14,
            &format!("关于接受{}辞去镇人大代表职务的决定", name(40)),
            Subject::AcceptResignation { deputy: dep(40) },
        ),
        (37, 0),
    )?;
    // 22 for is short of a majority of all 45 deputies: the motion fails.
    c.vote(
        MIDYEAR,
        at(7, 10, 11),
        (
            15,
            "关于撤销镇政府某项决定的议案",
            Subject::AnnulGovernmentDecision {},
        ),
        (22, 0),
    )?;
    c.elect(
        MIDYEAR,
        at(7, 10, 14),
        (3, Post::ViceChair),
        &[
            Officeholder::Deputy { deputy: dep(2) },
            Officeholder::Deputy { deputy: dep(3) },
        ],
        &[27, 11],
    )?;
    c.elect(
        MIDYEAR,
        at(7, 10, 15),
        (4, Post::DeputyHead),
        &[citizen("李红梅"), citizen("陈立新")],
        &[30, 8],
    )?;
    c.session(
        Actor::Presidium {},
        at(7, 10, 17),
        SessionCommand::CloseSession { session: MIDYEAR },
    )?;
    Ok(c.ledger)
}

fn main() -> ExitCode {
    let mut dir = None;
    let mut options = ExportOptions::default();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--individual-votes" => options = options.with_individual_votes(true),
            "--no-government" => options = options.with_government(false),
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("usage: export_popolo <dir> [--individual-votes] [--no-government]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: export_popolo <dir> [--individual-votes] [--no-government]");
        return ExitCode::from(2);
    };
    let ledger = match township() {
        Ok(ledger) => ledger,
        Err(e) => {
            eprintln!("the story was refused: {e}");
            return ExitCode::FAILURE;
        }
    };
    let doc = popolo(&ledger, &options);
    let text = match serde_json::to_string_pretty(&doc) {
        Ok(t) => t + "\n",
        Err(e) => {
            eprintln!("cannot serialize the export: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = dir.join("popolo.json");
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text)) {
        eprintln!("cannot write {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!(
        "wrote {}: {} persons, {} organizations, {} memberships, {} posts, {} events, {} motions, {} vote events",
        path.display(),
        doc.persons.len(),
        doc.organizations.len(),
        doc.memberships.len(),
        doc.posts.len(),
        doc.events.len(),
        doc.motions.len(),
        doc.vote_events.len()
    );
    ExitCode::SUCCESS
}
