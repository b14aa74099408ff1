#![doc = include_str!("../README.md")]
//!
//! # Modules
//!
//! | module | holds | Chinese terms |
//! | --- | --- | --- |
//! | [`ids`] | typed id newtypes over `uuid::Uuid` | 编号 |
//! | [`rulebook`] | thresholds, deadlines, citations; the national statute; JSON profiles | 法律依据 |
//! | [`ratio`] | exact ratios (a part of a whole as two integers) | 比率 |
//! | [`actor`] | who acts, and the refusal when they may not | 行为主体 |
//! | [`roster`] | the term, deputies and their status over time, officers, groups, stations, units | 代表名册 |
//! | [`session`] | congress sessions: attendance, quorum, agenda, votes, elections | 人代会 |
//! | [`presidium`] | presidium meetings and decisions, the recess work plan | 主席团 |
//! | [`proposal`] | bills, suggestions, interpellations, inquiries and officer recall, each a lifecycle; deadlines on the caller's calendar | 议案、建议、质询案、询问、罢免案 |
//! | [`supervision`] | supervision activities followed to closure: findings, opinions, rectification items, feedback, re-inspection, work appraisal | 监督工作、跟踪问效 |
//! | [`deputy`] | deputies' work: speeches, group activities, training, receptions of voters, deeds, duty reports and their evaluation, the presidium's contacts, detention reports | 代表履职、述职、测评、接待选民 |
//! | [`ledger`] | envelopes in, recorded events out; execute and replay; the hash chain | 档案 |
//! | [`limits`] | bounds on free text and lists in any input; short excerpts in errors | 输入限制 |
//! | [`records`] | read-only projections: deputies' performance records and points, the published export, the archive's gaps | 履职档案、档案缺项 |
//! | [`scoring`] | the annual assessment: rubric, evidence, scorecard, ranking | 年度目标管理考核 |
//! | [`schema`] | JSON Schemas of the wire types | |
//! | [`export`] | the term as Popolo JSON for civic-data portals: people, bodies, memberships, roll votes | 数据导出 |
//!
//! # What the crate does not do
//!
//! It stores nothing, reads no clock, draws no random numbers, opens no file or socket and
//! reads no environment variable: time and ids come in with each command, and the same
//! inputs give the same outputs, byte for byte. Storage, screens and authentication of the
//! bodies that act (the presidium, the government) belong to the application that embeds it.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod actor;
pub mod deputy;
mod digest;
pub mod error;
pub mod export;
pub mod ids;
pub mod json;
mod label;
pub mod ledger;
pub mod limits;
mod parse;
pub mod presidium;
pub mod proposal;
pub mod ratio;
pub mod records;
pub mod roster;
pub mod rulebook;
pub mod schema;
pub mod scoring;
pub mod session;
pub mod supervision;
#[cfg(test)]
mod testing;
mod wire;

pub use crate::actor::Actor;
pub use crate::deputy::DeputyCommand;
pub use crate::error::Error;
pub use crate::label::{Label, Zh};
pub use crate::ledger::{Command, Envelope, Event, Ledger, Recorded};
pub use crate::presidium::PresidiumCommand;
pub use crate::proposal::{ProposalCommand, ProposalEvent, Proposals};
pub use crate::roster::{Roster, RosterChange};
pub use crate::rulebook::{Citation, Rulebook, Threshold};
pub use crate::scoring::{Evidence, Rubric, Scorecard};
pub use crate::session::SessionCommand;
pub use crate::supervision::SupervisionCommand;
/// The date and time crate the wire types use, re-exported so a user's version matches.
pub use chrono;
/// The id crate the wire types use, re-exported so a user's version matches.
pub use uuid;

/// What most users of the crate need, in one import: `use township_congress::prelude::*;`.
///
/// # Examples
///
/// ```
/// use township_congress::prelude::*;
///
/// let ledger = Ledger::new(Rulebook::NATIONAL);
/// let at = Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).single().ok_or("time")?;
/// let open = RosterChange::TermOpened {
///     township: "青山镇".into(), number: 8, population: 28_600, seats: 46, uplift: false,
///     election_completed: NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("date")?,
///     township_kind: TownshipKind::Town, minorities: Vec::new(),
/// };
/// let entry = ledger.check(&Envelope::new(Actor::CountyStandingCommittee {}, at, open.into()))?;
/// assert_eq!(entry.seq, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub mod prelude {
    pub use crate::actor::Actor;
    pub use crate::deputy::DeputyCommand;
    pub use crate::error::Error;
    pub use crate::ids::{
        ConstituencyId, DecisionId, DeputyId, ElectionId, GroupId, ItemId, MeetingId, ProposalId,
        SessionId, StationId, UnitId,
    };
    pub use crate::label::Label;
    pub use crate::ledger::{Command, Envelope, Event, Ledger, Recorded};
    pub use crate::presidium::{PresidiumCommand, PresidiumDecision};
    pub use crate::proposal::ProposalCommand;
    pub use crate::roster::{Officeholder, Post, RosterChange, TownshipKind};
    pub use crate::rulebook::{Citation, Rulebook};
    pub use crate::session::{Attendance, Choice, SessionCommand, Subject};
    pub use crate::supervision::SupervisionCommand;
    pub use chrono::{DateTime, NaiveDate, TimeZone, Utc};
}
