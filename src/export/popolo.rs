//! The congress term as [Popolo](https://www.popoloproject.com/specs/) JSON (Popolo 数据格式).
//!
//! Popolo is the open-data standard civic-data portals use for legislatures. [`popolo()`]
//! turns a [`Ledger`] into a [`Document`]: one JSON object with the collections `persons`,
//! `organizations`, `areas`, `posts`, `memberships`, `events`, `motions` and `vote_events`,
//! each object shaped as the Popolo JSON Schema of its class (Popolo 1.0.1; the schemas are
//! vendored under `tests/popolo/schemas/` and CI validates the example's export against them).
//!
//! # Mapping
//!
//! | our type | Chinese | Popolo class | fields |
//! | --- | --- | --- | --- |
//! | [`roster::Deputy`] | 代表 | Person | `id` `deputy/<uuid>`, `name` |
//! | [`Officeholder::Citizen`] in a government post | 非代表的政府领导人员 | Person | `id` `citizen/<township>/<name>`, `name` |
//! | [`roster::Term`] | 第N届人民代表大会 | Organization, `legislature` | `id` `congress/<township>/<N>`, `name` `青山镇第八届人民代表大会` |
//! | [`crate::presidium::Presidium`] | 主席团 | Organization, `committee` | `id` `…/presidium`, `parent_id` the congress |
//! | [`roster::DeputyGroup`] | 代表小组 | Organization, `deputy group` | `id` `group/<uuid>`, `parent_id` the congress, `founding_date`, `description` its area |
//! | the township government (optional) | 乡镇人民政府 | Organization, `executive` | `id` `government/<township>`, `name` `青山镇人民政府` |
//! | [`roster::Constituency`] | 选区 | Area, `constituency` | `id` `constituency/<uuid>`, `name` |
//! | [`roster::Post::Chair`], [`roster::Post::ViceChair`] | 人大主席、人大副主席 | Post of the congress | `id` `…/post/chair`, `…/post/vice-chair`; `label` Chinese, `role` English |
//! | [`roster::Post::TownshipHead`], [`roster::Post::DeputyHead`] | 乡长/镇长、副乡长/副镇长 | Post of the government | `id` `government/<township>/post/head`, `…/deputy-head` |
//! | a deputy's mandate, from the status history | 代表资格 | Membership in the congress, `role` 代表 | `area_id` the constituency; `start_date` the day the mandate began (by statute the presidium's confirmation of the credentials, see [`crate::rulebook::MandateStart`]), `end_date` the day the mandate ended |
//! | [`roster::Tenure`] | 任职记录 | Membership with `post_id` | `start_date` `from`, `end_date` the day it ended |
//! | [`crate::presidium::Presidium::members_at`] | 主席团成员 | Membership in the presidium, `role` 主席团成员 | spells of days the deputy is a member |
//! | [`Roster::group_members_at`] | 代表小组成员 | Membership in the group, `role` 代表小组成员 | spells of days the deputy is a member |
//! | [`session::Session`] | 人民代表大会会议 | Event, `legislative session` | `id` `session/<uuid>`, `name` `…第一次会议`, dates opened and closed, `status` |
//! | [`AgendaItem`] | 议程事项 | Motion | `id` `motion/<session>/<item>`, `text` the title, `classification` the subject (政府工作报告…), `date` put, `requirement`, `result` |
//! | [`VoteResult`] of a roll vote | 表决结果 | VoteEvent with Counts | `id` `vote-event/<session>/<item>`, `motion_id`, `start_date` first vote, `end_date` close, `counts` |
//! | [`Choice::For`] / [`Choice::Against`] / [`Choice::Abstain`] | 赞成 / 反对 / 弃权 | Count and Vote `option` | `yes` / `no` / `abstain` |
//! | [`VoteResult::passed`] | 通过 / 未通过 | VoteEvent and Motion `result` | `pass` / `fail` |
//! | an item's roll, only with [`ExportOptions::individual_votes`] | 表决记录 | Vote | `voter_id`, `option` |
//!
//! Names, labels and roles are in Chinese, as the record keeps them; classifications, vote
//! options and results are Popolo's English codes.
//!
//! # Ids
//!
//! Popolo ids are strings unique in the document. Records the caller identified by UUID keep
//! it, prefixed by kind (`deputy/…`, `session/…`), since one UUID may name a deputy and a
//! session. Bodies and posts have no UUID: their ids are built from the township's name and
//! the term's number, so the exports of two townships can be merged. A citizen officer is
//! known by name only: two citizens of the same name in one township are one Person.
//!
//! # Dates
//!
//! Calendar dates are ISO 8601 (`2026-07-10`). A membership's `end_date` is the day it
//! ended: the day a resignation was accepted or a mandate terminated, as the record states
//! it. The roster no longer counts the deputy on that day, so a membership covers the days
//! from `start_date` up to, not including, `end_date`. A suspended deputy keeps the mandate
//! and the congress membership; the presidium and group memberships pause while suspended,
//! as [`crate::presidium::Presidium::members_at`] and [`Roster::group_members_at`] count only
//! serving deputies. Motions and vote events carry times (RFC 3339, at the rulebook's UTC
//! offset: `2026-01-15T11:00:00+08:00`) from the ledger's record.
//!
//! # Votes and elections
//!
//! Each closed roll vote is a VoteEvent with three counts (`yes`, `no`, `abstain`, zeros
//! included) from the [`VoteResult`], which counts only deputies present and serving when the
//! vote closed. Individual votes are left out unless [`ExportOptions::individual_votes`] asks
//! for them; the roll then lists every vote cast, so a deputy who voted and left before the
//! close appears in `votes` but not in `counts`. Elections are secret ballots (组织法2022
//! 第二十八条): nothing per deputy exists and nothing is exported; who was elected appears as
//! post memberships.
//!
//! Not exported: attendance, election candidates and tallies, presidium meetings and their
//! decisions, contact stations, government units and deputies' other administrative posts.
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use township_congress::export::{ExportOptions, popolo};
//! use township_congress::ids::{ConstituencyId, DeputyId};
//! use township_congress::roster::TownshipKind;
//! use township_congress::{Actor, Command, Envelope, Ledger, Rulebook, RosterChange};
//!
//! let jan4 = NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("date")?;
//! let at = Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).single().ok_or("time")?;
//! let mut ledger = Ledger::new(Rulebook::NATIONAL);
//! let mut file = |actor, change| ledger.execute(Envelope::new(actor, at, Command::Roster(change))).map(|_| ());
//! file(Actor::CountyStandingCommittee {}, RosterChange::TermOpened { township: "青山乡".into(),
//!     number: 8, election_completed: jan4, population: 1_800, seats: 2, uplift: false,
//!     township_kind: TownshipKind::Township,
//!     minorities: Vec::new() })?;
//! file(Actor::ElectionCommittee {}, RosterChange::ConstituencyDrawn {
//!     constituency: ConstituencyId::from_u128(1), name: "东村".into(), seats: 2, voters: 900 })?;
//! file(Actor::ElectionCommittee {}, RosterChange::DeputyElected { deputy: DeputyId::from_u128(1),
//!     name: "王芳".into(), constituency: ConstituencyId::from_u128(1), on: jan4, by_election: false })?;
//! let jan5 = NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("date")?;
//! let wang = std::collections::BTreeSet::from([DeputyId::from_u128(1)]);
//! file(Actor::CredentialsCommittee {}, RosterChange::CredentialsReviewed {
//!     valid: wang.clone(), void: Default::default(), on: jan5 })?;
//! file(Actor::Presidium {}, RosterChange::CredentialsConfirmed { deputies: wang, on: jan5 })?;
//!
//! let doc = popolo(&ledger, &ExportOptions::default());
//! assert_eq!(doc.organizations.first().map(|o| o.name.as_str()), Some("青山乡第八届人民代表大会"));
//! let json = serde_json::to_value(&doc)?;
//! assert_eq!(json["persons"][0]["id"], "deputy/00000000-0000-0000-0000-000000000001");
//! assert_eq!(json["memberships"][0]["start_date"], "2026-01-05");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};
use serde::{Deserialize, Serialize};

use crate::Label;
use crate::ids::{DeputyId, ItemId, SessionId};
use crate::ledger::{Event as LedgerEvent, Ledger};
use crate::roster::{self, Officeholder, Post as RosterPost, Roster, Term, TownshipKind};
use crate::rulebook::chinese_numeral;
use crate::session::{self, AgendaItem, Choice, Phase, SessionEvent, VoteResult};
use crate::session::{ItemPut, VoteCast, VoteClosed};

/// What to put in a Popolo export (导出选项).
///
/// The default exports counts but no individual votes, and includes the township
/// government with its head and deputy heads.
///
/// ```
/// use township_congress::export::ExportOptions;
///
/// let options = ExportOptions::default().with_individual_votes(true);
/// assert!(options.individual_votes && options.government);
/// ```
#[doc(alias = "导出选项")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ExportOptions {
    /// Whether each vote event lists how each deputy voted (`votes`), besides the counts.
    pub individual_votes: bool,
    /// Whether to include the township government (乡镇人民政府) as an organization, with
    /// the head and deputy heads as its posts and their holders (citizens who are not
    /// deputies among them) as persons.
    pub government: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            individual_votes: false,
            government: true,
        }
    }
}

impl ExportOptions {
    /// These options, listing individual votes or not.
    #[must_use]
    pub const fn with_individual_votes(mut self, individual_votes: bool) -> Self {
        self.individual_votes = individual_votes;
        self
    }

    /// These options, with the township government or without it.
    #[must_use]
    pub const fn with_government(mut self, government: bool) -> Self {
        self.government = government;
        self
    }
}

/// A Popolo export: every collection of one congress term (Popolo 数据集).
#[doc(alias = "Popolo 数据集")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Deputies, and citizens who hold a government post.
    pub persons: Vec<Person>,
    /// The congress, its presidium, the deputy groups and the government.
    pub organizations: Vec<Organization>,
    /// The constituencies.
    pub areas: Vec<Area>,
    /// The chair, vice-chair, head and deputy-head posts.
    pub posts: Vec<Post>,
    /// Mandates, posts held, presidium and group memberships.
    pub memberships: Vec<Membership>,
    /// The congress's sessions.
    pub events: Vec<Event>,
    /// The agenda items.
    pub motions: Vec<Motion>,
    /// The roll votes.
    pub vote_events: Vec<VoteEvent>,
}

/// A Popolo Person: a deputy, or a citizen holding a government post (人员).
#[doc(alias = "人员")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Person {
    /// `deputy/<uuid>` or `citizen/<township>/<name>`.
    pub id: String,
    /// The name, in Chinese as recorded.
    pub name: String,
}

/// A Popolo Organization: the congress, its presidium, a deputy group or the government
/// (机构).
#[doc(alias = "机构")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Organization {
    /// A stable id (see the module's documentation).
    pub id: String,
    /// The name, in Chinese.
    pub name: String,
    /// `legislature`, `committee`, `deputy group` or `executive`.
    pub classification: String,
    /// The congress, for its presidium and groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// What the organization covers: a deputy group's area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it was formed: a deputy group's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founding_date: Option<NaiveDate>,
}

/// A Popolo Area: a constituency (选区).
#[doc(alias = "选区")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Area {
    /// `constituency/<uuid>`.
    pub id: String,
    /// Its name.
    pub name: String,
    /// `constituency`.
    pub classification: String,
}

/// A Popolo Post: the chair, vice-chair, head or deputy-head post (职务).
#[doc(alias = "职务")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Post {
    /// The organization's id followed by `/post/<role>`.
    pub id: String,
    /// The post's Chinese name: `人大主席`, `镇长`.
    pub label: String,
    /// The post in English: `chair`, `township head`.
    pub role: String,
    /// The congress or the government.
    pub organization_id: String,
}

/// A Popolo Membership: a mandate, a post held, or a seat on the presidium or in a group
/// (成员关系).
#[doc(alias = "成员关系")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Membership {
    /// The organization's (or post's) id, the person's id and the start date.
    pub id: String,
    /// `代表`, `主席团成员`, `代表小组成员`, or the post's label.
    pub role: String,
    /// Who.
    pub person_id: String,
    /// In which organization.
    pub organization_id: String,
    /// The post held through this membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_id: Option<String>,
    /// The constituency that elected the deputy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_id: Option<String>,
    /// The first day.
    pub start_date: NaiveDate,
    /// The day it ended, if it did (not itself a day of membership).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
}

/// A Popolo Event: one session of the congress (人民代表大会会议).
#[doc(alias = "人民代表大会会议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// `session/<uuid>`.
    pub id: String,
    /// `青山镇第八届人民代表大会第一次会议`: sessions are numbered in the order they open.
    pub name: String,
    /// What kind of session: `每届第一次会议`, `例会` or `临时会议`.
    pub description: String,
    /// `legislative session`.
    pub classification: String,
    /// The congress.
    pub organization_id: String,
    /// The day it opened, or the day set for it while scheduled.
    pub start_date: NaiveDate,
    /// The day it closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// `scheduled`, `sitting` or `closed`.
    pub status: String,
}

/// A Popolo Motion: an agenda item put to the congress (议程事项).
#[doc(alias = "议程事项")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Motion {
    /// `motion/<session uuid>/<item uuid>`.
    pub id: String,
    /// The congress.
    pub organization_id: String,
    /// The session.
    pub legislative_session_id: String,
    /// The item's title.
    pub text: String,
    /// The subject, in Chinese: `政府工作报告`, `预算`, `接受代表辞职`.
    pub classification: String,
    /// When the presidium put it on the agenda.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateTime<FixedOffset>>,
    /// Votes for needed, of all deputies, with the article, once the vote closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
    /// Passed or failed, once the vote closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Outcome>,
}

/// A Popolo VoteEvent: the roll vote on an agenda item (表决).
#[doc(alias = "表决")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VoteEvent {
    /// `vote-event/<session uuid>/<item uuid>`.
    pub id: String,
    /// The congress.
    pub organization_id: String,
    /// The session.
    pub legislative_session_id: String,
    /// The agenda item voted on.
    pub motion_id: String,
    /// The first vote cast (the close, if nobody voted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<DateTime<FixedOffset>>,
    /// The close of the vote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<DateTime<FixedOffset>>,
    /// Passed or failed.
    pub result: Outcome,
    /// Votes for, against and abstaining, as counted.
    pub counts: Vec<Count>,
    /// Each deputy's vote, only when [`ExportOptions::individual_votes`] asks for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Vec<Vote>>,
}

/// A Popolo Count: votes for one option (票数).
#[doc(alias = "票数")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Count {
    /// The option.
    pub option: VoteOption,
    /// How many.
    pub value: u32,
}

/// A Popolo Vote: one deputy's vote (表决记录).
#[doc(alias = "表决记录")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Vote {
    /// The deputy's person id.
    pub voter_id: String,
    /// How they voted.
    pub option: VoteOption,
}

/// A Popolo vote option (表决态度): `yes`, `no` or `abstain`.
#[doc(alias = "表决态度")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoteOption {
    /// For (赞成).
    Yes,
    /// Against (反对).
    No,
    /// Abstain (弃权).
    Abstain,
}

impl From<Choice> for VoteOption {
    fn from(choice: Choice) -> Self {
        match choice {
            Choice::For => Self::Yes,
            Choice::Against => Self::No,
            Choice::Abstain => Self::Abstain,
        }
    }
}

/// A Popolo result (表决结果): `pass` or `fail`.
#[doc(alias = "通过")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Adopted (通过).
    Pass,
    /// Not adopted (未通过).
    Fail,
}

impl From<&VoteResult> for Outcome {
    fn from(result: &VoteResult) -> Self {
        if result.passed {
            Self::Pass
        } else {
            Self::Fail
        }
    }
}

/// The term as a Popolo [`Document`] (导出 Popolo).
///
/// A pure function of the ledger: the state gives the people, bodies, memberships and votes;
/// the log gives the times items were put and votes cast and closed. Before the term is
/// opened there is nothing to export and the document is empty.
#[doc(alias = "导出")]
#[must_use]
pub fn popolo(ledger: &Ledger, options: &ExportOptions) -> Document {
    let Some(term) = ledger.roster().term() else {
        return Document::default();
    };
    let ids = Ids::new(term);
    let state = ledger.state();
    let roster = state.roster();
    let tenures: Vec<&roster::Tenure> = roster
        .tenures()
        .iter()
        .filter(|t| options.government || !t.post.is_administrative())
        .collect();

    let (motions, vote_events) = votes(ledger, &ids, options);
    Document {
        persons: persons(roster, &tenures, &ids),
        organizations: organizations(roster, term, &ids, options),
        areas: roster
            .constituencies()
            .map(|c| Area {
                id: format!("constituency/{}", c.id),
                name: c.name.clone(),
                classification: "constituency".to_owned(),
            })
            .collect(),
        posts: posts(&ids, options),
        memberships: memberships(ledger, &tenures, &ids),
        events: events(ledger, &ids),
        motions,
        vote_events,
    }
}

/// The ids and names of the bodies, built from the term.
struct Ids {
    township: String,
    kind: TownshipKind,
    congress: String,
    congress_name: String,
    presidium: String,
    government: String,
}

impl Ids {
    fn new(term: &Term) -> Self {
        let congress = format!("congress/{}/{}", term.township, term.number);
        Self {
            township: term.township.clone(),
            kind: term.township_kind,
            presidium: format!("{congress}/presidium"),
            congress_name: format!(
                "{}第{}届人民代表大会",
                term.township,
                chinese_numeral(term.number)
            ),
            congress,
            government: format!("government/{}", term.township),
        }
    }

    fn deputy(deputy: DeputyId) -> String {
        format!("deputy/{deputy}")
    }

    fn holder(&self, holder: &Officeholder) -> String {
        match holder {
            Officeholder::Deputy { deputy } => Self::deputy(*deputy),
            Officeholder::Citizen { name } => format!("citizen/{}/{name}", self.township),
        }
    }

    fn post_organization(&self, post: RosterPost) -> &str {
        if post.is_administrative() {
            &self.government
        } else {
            &self.congress
        }
    }

    fn post(&self, post: RosterPost) -> String {
        let slug = match post {
            RosterPost::Chair => "chair",
            RosterPost::ViceChair => "vice-chair",
            RosterPost::TownshipHead => "head",
            RosterPost::DeputyHead => "deputy-head",
        };
        format!("{}/post/{slug}", self.post_organization(post))
    }

    /// 镇长 in a town, 乡长 in a township; the congress posts as the roster names them.
    fn post_label(&self, post: RosterPost) -> String {
        let prefix = match self.kind {
            TownshipKind::Town => "镇",
            TownshipKind::Township | TownshipKind::EthnicTownship => "乡",
        };
        match post {
            RosterPost::TownshipHead => format!("{prefix}长"),
            RosterPost::DeputyHead => format!("副{prefix}长"),
            RosterPost::Chair | RosterPost::ViceChair => post.label_zh().to_owned(),
        }
    }

    fn session(session: SessionId) -> String {
        format!("session/{session}")
    }

    fn motion(session: SessionId, item: ItemId) -> String {
        format!("motion/{session}/{item}")
    }

    fn vote_event(session: SessionId, item: ItemId) -> String {
        format!("vote-event/{session}/{item}")
    }
}

fn persons(roster: &Roster, tenures: &[&roster::Tenure], ids: &Ids) -> Vec<Person> {
    let citizens: BTreeSet<&str> = tenures
        .iter()
        .filter_map(|t| match &t.holder {
            Officeholder::Citizen { name } => Some(name.as_str()),
            Officeholder::Deputy { .. } => None,
        })
        .collect();
    roster
        .deputies()
        .map(|d| Person {
            id: Ids::deputy(d.id),
            name: d.name.clone(),
        })
        .chain(citizens.into_iter().map(|name| Person {
            id: ids.holder(&Officeholder::Citizen {
                name: name.to_owned(),
            }),
            name: name.to_owned(),
        }))
        .collect()
}

fn organizations(
    roster: &Roster,
    term: &Term,
    ids: &Ids,
    options: &ExportOptions,
) -> Vec<Organization> {
    let mut out = vec![
        Organization {
            id: ids.congress.clone(),
            name: ids.congress_name.clone(),
            classification: "legislature".to_owned(),
            parent_id: None,
            description: None,
            founding_date: None,
        },
        Organization {
            id: ids.presidium.clone(),
            name: format!("{}主席团", ids.congress_name),
            classification: "committee".to_owned(),
            parent_id: Some(ids.congress.clone()),
            description: None,
            founding_date: None,
        },
    ];
    out.extend(roster.groups().map(|g| Organization {
        id: format!("group/{}", g.id),
        name: g.name.clone(),
        classification: "deputy group".to_owned(),
        parent_id: Some(ids.congress.clone()),
        description: Some(g.area.clone()),
        founding_date: Some(g.formed),
    }));
    if options.government {
        out.push(Organization {
            id: ids.government.clone(),
            name: format!("{}人民政府", term.township),
            classification: "executive".to_owned(),
            parent_id: None,
            description: None,
            founding_date: None,
        });
    }
    out
}

fn posts(ids: &Ids, options: &ExportOptions) -> Vec<Post> {
    [
        RosterPost::Chair,
        RosterPost::ViceChair,
        RosterPost::TownshipHead,
        RosterPost::DeputyHead,
    ]
    .into_iter()
    .filter(|p| options.government || !p.is_administrative())
    .map(|p| Post {
        id: ids.post(p),
        label: ids.post_label(p),
        role: p.to_string(),
        organization_id: ids.post_organization(p).to_owned(),
    })
    .collect()
}

/// One deputy's unbroken run of days as a member: from `start`, until `end` (exclusive).
struct Spell {
    deputy: DeputyId,
    start: NaiveDate,
    end: Option<NaiveDate>,
}

/// The spells of membership of a body whose members on a day are `members_on(day)`, given
/// every day on which that set may change.
fn spells(
    days: &BTreeSet<NaiveDate>,
    members_on: impl Fn(NaiveDate) -> BTreeSet<DeputyId>,
) -> Vec<Spell> {
    let mut open: BTreeMap<DeputyId, NaiveDate> = BTreeMap::new();
    let mut out = Vec::new();
    for &day in days {
        let now = members_on(day);
        let left: Vec<DeputyId> = open.keys().filter(|d| !now.contains(d)).copied().collect();
        for deputy in left {
            if let Some(start) = open.remove(&deputy) {
                out.push(Spell {
                    deputy,
                    start,
                    end: Some(day),
                });
            }
        }
        for deputy in now {
            open.entry(deputy).or_insert(day);
        }
    }
    out.extend(open.into_iter().map(|(deputy, start)| Spell {
        deputy,
        start,
        end: None,
    }));
    out.sort_by_key(|s| (s.deputy, s.start));
    out
}

fn membership(
    spell: &Spell,
    organization: &str,
    role: &str,
    area_id: Option<String>,
) -> Membership {
    let person = Ids::deputy(spell.deputy);
    Membership {
        id: format!("{organization}/member/{person}/{}", spell.start),
        role: role.to_owned(),
        person_id: person,
        organization_id: organization.to_owned(),
        post_id: None,
        area_id,
        start_date: spell.start,
        end_date: spell.end,
    }
}

fn memberships(ledger: &Ledger, tenures: &[&roster::Tenure], ids: &Ids) -> Vec<Membership> {
    let state = ledger.state();
    let roster = state.roster();
    let presidium = state.presidium();
    // Every day a deputy's status changed: mandates, and through them every membership,
    // change only on these days.
    let status_days: BTreeSet<NaiveDate> = roster
        .deputies()
        .flat_map(|d| d.history.iter().map(|c| c.on))
        .collect();

    let mandates = spells(&status_days, |day| {
        roster.deputies_at(day).into_iter().collect()
    });
    let mut out: Vec<Membership> = mandates
        .iter()
        .map(|s| {
            let area = roster
                .deputy(s.deputy)
                .map(|d| format!("constituency/{}", d.constituency));
            membership(s, &ids.congress, "代表", area)
        })
        .collect();

    out.extend(tenures.iter().map(|t| {
        let post = ids.post(t.post);
        let person = ids.holder(&t.holder);
        Membership {
            id: format!("{post}/holder/{person}/{}", t.from),
            role: ids.post_label(t.post),
            person_id: person,
            organization_id: ids.post_organization(t.post).to_owned(),
            post_id: Some(post),
            area_id: None,
            start_date: t.from,
            end_date: t.ended.map(|(until, _)| until),
        }
    }));

    let mut presidium_days = status_days.clone();
    presidium_days.extend(presidium.memberships().iter().map(|m| m.on));
    for t in roster
        .tenures()
        .iter()
        .filter(|t| !t.post.is_administrative())
    {
        presidium_days.insert(t.from);
        presidium_days.extend(t.ended.map(|(until, _)| until));
    }
    out.extend(
        spells(&presidium_days, |day| presidium.members_at(roster, day))
            .iter()
            .map(|s| membership(s, &ids.presidium, "主席团成员", None)),
    );

    for group in roster.groups() {
        let mut days = status_days.clone();
        days.insert(group.formed);
        for spell in group.members.values().flatten() {
            days.insert(spell.joined);
            days.extend(spell.left);
        }
        let id = format!("group/{}", group.id);
        out.extend(
            spells(&days, |day| {
                roster.group_members_at(group.id, day).into_iter().collect()
            })
            .iter()
            .map(|s| membership(s, &id, "代表小组成员", None)),
        );
    }
    out
}

fn events(ledger: &Ledger, ids: &Ids) -> Vec<Event> {
    let mut sessions: Vec<&session::Session> = ledger.state().sessions().iter().collect();
    sessions.sort_by_key(|s| (opened_or_set(s), s.id));
    sessions
        .into_iter()
        .zip(1u32..)
        .map(|(s, n)| {
            let (end_date, status) = match s.phase {
                Phase::Scheduled {} => (None, "scheduled"),
                Phase::Sitting { .. } => (None, "sitting"),
                Phase::Closed { closed_on, .. } => (Some(closed_on), "closed"),
            };
            Event {
                id: Ids::session(s.id),
                name: format!("{}第{}次会议", ids.congress_name, chinese_numeral(n)),
                description: s.kind.label_zh().to_owned(),
                classification: "legislative session".to_owned(),
                organization_id: ids.congress.clone(),
                start_date: opened_or_set(s),
                end_date,
                status: status.to_owned(),
            }
        })
        .collect()
}

fn opened_or_set(s: &session::Session) -> NaiveDate {
    match s.phase {
        Phase::Scheduled {} => s.opens_on,
        Phase::Sitting { opened_on } | Phase::Closed { opened_on, .. } => opened_on,
    }
}

/// When each item was put, first voted on and closed, from the log.
#[derive(Default)]
struct Times {
    put: Vec<(SessionId, ItemId, DateTime<Utc>)>,
    first_vote: BTreeMap<(SessionId, ItemId), DateTime<Utc>>,
    closed: BTreeMap<(SessionId, ItemId), DateTime<Utc>>,
}

impl Times {
    fn of(ledger: &Ledger) -> Self {
        let mut times = Self::default();
        for r in ledger.events() {
            let LedgerEvent::Session(event) = &r.event else {
                continue;
            };
            match event {
                SessionEvent::ItemPut(ItemPut { session, item, .. }) => {
                    times.put.push((*session, *item, r.at));
                }
                SessionEvent::VoteCast(VoteCast { session, item, .. }) => {
                    times.first_vote.entry((*session, *item)).or_insert(r.at);
                }
                SessionEvent::VoteClosed(VoteClosed { session, item, .. }) => {
                    times.closed.insert((*session, *item), r.at);
                }
                _ => {}
            }
        }
        times
    }
}

/// The motions (every item put) and vote events (every vote closed), in the order the items
/// were put.
fn votes(ledger: &Ledger, ids: &Ids, options: &ExportOptions) -> (Vec<Motion>, Vec<VoteEvent>) {
    let offset = FixedOffset::east_opt(ledger.rules().utc_offset_minutes.saturating_mul(60))
        .unwrap_or_else(|| Utc.fix());
    let local = |at: DateTime<Utc>| at.with_timezone(&offset);
    let times = Times::of(ledger);
    let sessions = ledger.state().sessions();
    let (mut motions, mut vote_events) = (Vec::new(), Vec::new());
    for (session, item_id, put_at) in &times.put {
        let Some(item) = sessions.get(*session).and_then(|s| s.items.get(item_id)) else {
            continue;
        };
        let key = (*session, *item_id);
        let motion_id = Ids::motion(*session, *item_id);
        motions.push(Motion {
            id: motion_id.clone(),
            organization_id: ids.congress.clone(),
            legislative_session_id: Ids::session(*session),
            text: item.title.clone(),
            classification: item.subject.label_zh().to_owned(),
            date: Some(local(*put_at)),
            requirement: item.result.as_ref().map(requirement),
            result: item.result.as_ref().map(Outcome::from),
        });
        let Some(result) = &item.result else {
            continue;
        };
        let closed = times.closed.get(&key).copied();
        vote_events.push(VoteEvent {
            id: Ids::vote_event(*session, *item_id),
            organization_id: ids.congress.clone(),
            legislative_session_id: Ids::session(*session),
            motion_id,
            start_date: times.first_vote.get(&key).copied().or(closed).map(local),
            end_date: closed.map(local),
            result: Outcome::from(result),
            counts: counts(result),
            votes: options.individual_votes.then(|| roll(item)),
        });
    }
    (motions, vote_events)
}

fn requirement(result: &VoteResult) -> String {
    format!(
        "全体代表{}名中{}名以上赞成（{}）",
        result.all_deputies, result.required, result.citation
    )
}

fn counts(result: &VoteResult) -> Vec<Count> {
    vec![
        Count {
            option: VoteOption::Yes,
            value: result.votes_for,
        },
        Count {
            option: VoteOption::No,
            value: result.votes_against,
        },
        Count {
            option: VoteOption::Abstain,
            value: result.abstentions,
        },
    ]
}

fn roll(item: &AgendaItem) -> Vec<Vote> {
    item.votes
        .iter()
        .map(|(deputy, choice)| Vote {
            voter_id: Ids::deputy(*deputy),
            option: VoteOption::from(*choice),
        })
        .collect()
}
