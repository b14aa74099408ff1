//! Elections of officers at a session (选举): chair, vice-chairs, township head, deputy heads.
//!
//! | step | command | actor | rule |
//! | --- | --- | --- | --- |
//! | call | [`CallElection`](super::SessionCommand::CallElection) | presidium, once the session's presidium is elected and agenda adopted (第十九条第一款) | chair/head 1 seat; vice-chairs ≤ 2 in all, seated plus open seats of elections not completed, 组织法2022 第十八条 |
//! | nominate | [`Nominate`](super::SessionCommand::Nominate) | presidium, or staff / a signer for ≥ 10 deputies | 组织法2022 第二十六条 |
//! | fix | [`FixCandidates`](super::SessionCommand::FixCandidates) | presidium | seats..=seats+1 (chair, head), seats+1..=seats+3 (vice posts), or seats+1..=seats+margin with the margin the election measures fix, 第二十七条 |
//! | primary | [`CountPrimary`](super::SessionCommand::CountPrimary) | staff | only when nominees exceed the maximum; top N by votes |
//! | ballot | [`CountBallots`](super::SessionCommand::CountBallots) | staff (tellers) | > 1/2 of all deputies, 第二十五条, 第二十九条 |
//!
//! **Nomination by the presidium** is recorded with `Actor::Presidium {}`: the presidium as a
//! body, whose decision the caller authenticates. A written joint nomination is recorded by
//! congress staff or by one of its signers.
//!
//! **Ballot secrecy.** The engine never links a deputy to a ballot: the tellers (监票、计票
//! staff) record one count per round — ballots returned, for / against / abstain per candidate,
//! and write-in votes — and the engine derives ballots issued (the present deputies), checks
//! the counts against the ballots and derives the outcome. More ballots returned than issued
//! voids the round ([`RoundVoided`](super::SessionEvent::RoundVoided)); a new round follows.
//!
//! **Quorum.** Calling an election, fixing its candidates, counting a primary and counting a
//! round all need the session quorum present (2/3 of all deputies, 组织法2022 第十四条第四款),
//! as roll votes do.
//!
//! **Outcome.** A person is elected with votes for ≥ the adoption threshold over all deputies.
//! More winners than seats: the highest win; a tie across the last seat leaves the tied to a
//! re-vote restricted to them (the next round), which takes no write-ins. Seats still open go back to nomination (另行选举)
//! at this session; if the session closes first, the election stays open in the record and a
//! later session calls a new election for the seats left. A tie at the cut of a primary is
//! refused: the primary is voted again.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::{
    BallotsCounted, CandidateNominated, CandidatesFixed, ElectionCalled, PrimaryCounted,
    RoundVoided,
};
use super::{
    Phase, Session, SessionCommand, SessionError, SessionEvent, SessionKind, Sessions, Subject,
    mismatch, presidium_only, require, staff_only,
};
use crate::actor::{Actor, Context};
use crate::ids::{DeputyId, ElectionId, SessionId};
use crate::label::Label;
use crate::roster::{Conflict, Officeholder, Post, Roster, RosterChange, TownshipKind};
use crate::rulebook::{Citation, RevoteRule, Rulebook, count};

const NOMINATION: Citation = Citation::organic(26, Some(2));
const NOMINATION_CAP: Citation = Citation::organic(26, Some(3));
/// The re-vote among the tied (组织法2022 第二十九条第一款, "就票数相等的人再次投票").
const REVOTE: Citation = Citation::organic(29, Some(1));
/// Seats left unfilled are elected again (另行选举), 组织法2022 第二十九条第二款.
const UNFILLED: Citation = Citation::organic(29, Some(2));
/// A 民族乡's head (组织法2022 第七十条第三款).
const ETHNIC_HEAD: Citation = Citation::organic(70, Some(3));
/// A by-election fills a vacancy (补选, 组织法2022 第三十条).
const BY_ELECTION: Citation = Citation::organic(30, None);

/// Who nominated a candidate (提名人).
#[doc(alias = "提名人")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Nominator {
    /// The presidium (主席团提名).
    Presidium {},
    /// Deputies co-signing in writing (代表联合提名).
    Deputies {
        /// The signers.
        signers: BTreeSet<DeputyId>,
    },
}

impl Label for Nominator {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Presidium {} => "主席团提名",
            Self::Deputies { .. } => "代表联合提名",
        }
    }
}

/// One nomination (提名).
#[doc(alias = "提名")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Nomination {
    /// The candidate.
    pub candidate: Officeholder,
    /// Who nominated.
    pub nominator: Nominator,
    /// The candidate's ethnicity, where stated (a 民族乡's head, 组织法2022 第七十条第三款).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<String>,
}

/// Votes for one person, in a primary or as write-ins (得票).
#[doc(alias = "得票")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CandidateVotes {
    /// The person.
    pub candidate: Officeholder,
    /// Votes.
    pub votes: u32,
    /// A written-in person's ethnicity, where stated (a 民族乡's head, 组织法2022 第七十条第三款).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<String>,
}

impl CandidateVotes {
    /// Votes for a person.
    #[must_use]
    pub const fn new(candidate: Officeholder, votes: u32) -> Self {
        Self {
            candidate,
            votes,
            ethnicity: None,
        }
    }

    /// The same votes, for a person of `ethnicity`.
    #[must_use]
    pub fn with_ethnicity(mut self, ethnicity: impl Into<String>) -> Self {
        self.ethnicity = Some(ethnicity.into());
        self
    }
}

/// The tellers' count for one candidate on the ballot (计票).
#[doc(alias = "计票")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CandidateTally {
    /// The candidate.
    pub candidate: Officeholder,
    /// Ballots marked for (赞成).
    pub votes_for: u32,
    /// Ballots marked against (反对).
    pub votes_against: u32,
    /// Ballots marked abstain (弃权).
    pub abstentions: u32,
}

impl CandidateTally {
    /// A candidate's count.
    #[must_use]
    pub const fn new(
        candidate: Officeholder,
        votes_for: u32,
        votes_against: u32,
        abstentions: u32,
    ) -> Self {
        Self {
            candidate,
            votes_for,
            votes_against,
            abstentions,
        }
    }
}

/// What a ballot round decided (选举结果).
#[doc(alias = "选举结果")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RoundOutcome {
    /// All deputies on the day.
    pub all_deputies: u32,
    /// Votes for needed to be elected.
    pub required: u32,
    /// Elected in this round, most votes first.
    pub elected: Vec<Officeholder>,
    /// Tied for the last seat(s): they go to a re-vote among themselves.
    pub tied: Vec<Officeholder>,
    /// Seats the re-vote fills.
    pub revote_seats: u32,
    /// Seats left unfilled, to be elected again (另行选举).
    pub unfilled: u32,
    /// 组织法2022 第二十五条.
    pub citation: Citation,
}

/// Where an election stands (选举阶段).
#[doc(alias = "选举阶段")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ElectionStatus {
    /// Taking nominations for the open seats (提名).
    Nominating {},
    /// Candidates fixed; balloting for `seats` (投票).
    Balloting {
        /// The candidates on the ballot.
        candidates: Vec<Officeholder>,
        /// Seats this round fills.
        seats: u32,
        /// Whether this is the re-vote among candidates tied for the last seat(s) (再次投票):
        /// the ballot is restricted to them and takes no write-ins (组织法2022 第二十九条第一款).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        revote: bool,
    },
    /// Every seat filled (选举完成).
    Completed {},
}

impl ElectionStatus {
    const fn describe(&self) -> &'static str {
        match self {
            Self::Nominating {} => "taking nominations",
            Self::Balloting { .. } => "balloting",
            Self::Completed {} => "completed",
        }
    }
}

impl Label for ElectionStatus {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Nominating {} => "提名",
            Self::Balloting { .. } => "投票",
            Self::Completed {} => "选举完成",
        }
    }
}

/// An election to a post at a session (选举).
#[doc(alias = "选举")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Election {
    /// Its id.
    pub id: ElectionId,
    /// The post.
    pub post: Post,
    /// Seats called.
    pub seats: u32,
    /// The margin of candidates over seats fixed by the election measures (具体差额数), for
    /// vice posts; `None` allows the statutory range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub margin: Option<u32>,
    /// Whether this is a by-election to fill a vacancy (补选), where candidates may equal the
    /// seats (组织法2022 第三十条).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_election: bool,
    /// Nominations for the open seats.
    pub nominations: Vec<Nomination>,
    /// Where it stands.
    pub status: ElectionStatus,
    /// Elected so far.
    pub elected: Vec<Officeholder>,
    /// Rounds held, void ones included.
    pub rounds: u32,
    /// The first counted ballot's votes for every person, most first (第一次投票的得票顺序):
    /// where candidates for seats left unfilled may come from (组织法2022 第二十九条第二款).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ranking: Vec<CandidateVotes>,
}

impl Election {
    /// Seats not yet filled.
    #[must_use]
    pub fn open_seats(&self) -> u32 {
        self.seats.saturating_sub(count(self.elected.len()))
    }

    /// The nominees for a chair's or vice-chair's seat who hold an administrative post on
    /// `on` (人大主席、副主席候选人兼任行政职务): the law bars neither their nomination nor their
    /// election, but one elected must give up one of the posts (组织法2022 第十八条第二款), so the
    /// clerk sees it before the vote; once seated the conflict is [`Roster::conflicts_at`]'s.
    #[doc(alias = "候选人兼职")]
    #[must_use]
    pub fn nominee_conflicts(&self, roster: &Roster, on: chrono::NaiveDate) -> Vec<Conflict> {
        if !self.post.requires_deputy() {
            return Vec::new();
        }
        self.nominations
            .iter()
            .filter_map(|n| {
                let deputy = n.candidate.deputy()?;
                let administrative: Vec<String> = roster
                    .administrative_posts_at(deputy, on)
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                (!administrative.is_empty()).then_some(Conflict {
                    deputy,
                    post: self.post,
                    administrative,
                    citation: Citation::organic(18, Some(2)),
                })
            })
            .collect()
    }

    fn wrong_stage(&self, needs: &'static str) -> SessionError {
        SessionError::WrongStage {
            election: self.id,
            stage: self.status.describe(),
            needs,
        }
    }

    fn nominees(&self) -> Vec<Officeholder> {
        self.nominations
            .iter()
            .map(|n| n.candidate.clone())
            .collect()
    }
}

struct Who<'a>(&'a Officeholder);

impl fmt::Display for Who<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The allowed candidate counts for `seats` of `post`: with a fixed `margin` (vice posts),
/// `seats + extra_min ..= seats + margin`; otherwise the statutory range.
fn candidate_range(
    rules: &Rulebook,
    post: Post,
    seats: u32,
    margin: Option<u32>,
    by_election: bool,
) -> (u32, u32, crate::rulebook::Basis) {
    if by_election {
        // 补选: as many candidates as seats, or more (组织法2022 第三十条).
        let rule = &rules.by_election_candidates_extra_max;
        return (
            seats,
            seats.saturating_add(rule.value),
            rules.basis(crate::rulebook::RuleField::ByElectionCandidatesExtraMax),
        );
    }
    match post {
        Post::Chair | Post::TownshipHead => (
            seats,
            seats.saturating_add(rules.head_candidates_extra_max.value),
            rules.basis(crate::rulebook::RuleField::HeadCandidatesExtraMax),
        ),
        Post::ViceChair | Post::DeputyHead => (
            seats.saturating_add(rules.vice_candidates_extra_min.value),
            seats.saturating_add(margin.unwrap_or(rules.vice_candidates_extra_max.value)),
            rules.basis(crate::rulebook::RuleField::ViceCandidatesExtraMin),
        ),
    }
}

/// Checks the margin an election is called with against the post and the rulebook.
fn check_margin(rules: &Rulebook, post: Post, margin: Option<u32>) -> Result<(), SessionError> {
    let Some(margin) = margin else {
        return Ok(());
    };
    match post {
        Post::Chair | Post::TownshipHead => Err(SessionError::MarginNotAllowed {
            post,
            margin,
            citation: rules.head_candidates_extra_max.citation.clone(),
        }),
        Post::ViceChair | Post::DeputyHead => {
            let (min, max) = (
                rules.vice_candidates_extra_min.value,
                rules.vice_candidates_extra_max.value,
            );
            if margin < min || margin > max {
                Err(SessionError::MarginOutOfRange {
                    post,
                    margin,
                    min,
                    max,
                    citation: rules.vice_candidates_extra_min.citation.clone(),
                })
            } else {
                Ok(())
            }
        }
    }
}

fn sitting(s: &Session) -> Result<(), SessionError> {
    s.check_phase(matches!(s.phase, Phase::Sitting { .. }), "sitting")
}

fn election(s: &Session, id: ElectionId) -> Result<&Election, SessionError> {
    s.elections
        .get(&id)
        .ok_or(SessionError::UnknownElection { election: id })
}

fn eligible(
    roster: &Roster,
    post: Post,
    who: &Officeholder,
    date: chrono::NaiveDate,
) -> Result<(), SessionError> {
    let reason = match who.deputy() {
        Some(d) if !roster.is_serving(d, date) => Some("not a serving deputy that day"),
        None if post.requires_deputy() => {
            Some("the chair and vice-chairs are elected from the deputies")
        }
        _ => None,
    };
    match reason {
        Some(reason) => Err(SessionError::Ineligible {
            candidate: Who(who).to_string(),
            post,
            reason,
            citation: Citation::organic(18, Some(1)),
        }),
        None => Ok(()),
    }
}

/// Formal candidates picked by a primary: the top `max` by votes; a tie at the cut is refused.
fn primary_pick(
    e: &Election,
    rules: &Rulebook,
    present: u32,
    counts: &[CandidateVotes],
) -> Result<Vec<Officeholder>, SessionError> {
    let open = e.open_seats();
    let (_, max, basis) = candidate_range(rules, e.post, open, e.margin, e.by_election);
    let nominees = e.nominees();
    let got = count(nominees.len());
    if got <= max {
        return Err(SessionError::PrimaryNotNeeded { max, got, basis });
    }
    same_people(&nominees, counts.iter().map(|c| &c.candidate))?;
    if let Some(c) = counts.iter().find(|c| c.votes > present) {
        return Err(SessionError::CountExceedsBallots {
            what: Who(&c.candidate).to_string(),
            got: c.votes,
            ballots: present,
        });
    }
    let mut ranked: Vec<&CandidateVotes> = counts.iter().collect();
    ranked.sort_by_key(|c| std::cmp::Reverse(c.votes));
    let cut = usize::try_from(max).unwrap_or(usize::MAX);
    if let (Some(last), Some(next)) = (ranked.get(cut.saturating_sub(1)), ranked.get(cut))
        && last.votes == next.votes
    {
        return Err(SessionError::PrimaryTie {
            votes: last.votes,
            max,
            basis,
        });
    }
    Ok(ranked
        .into_iter()
        .take(cut)
        .map(|c| c.candidate.clone())
        .collect())
}

fn same_people<'a>(
    expected: &[Officeholder],
    given: impl Iterator<Item = &'a Officeholder>,
) -> Result<(), SessionError> {
    let given: Vec<&Officeholder> = given.collect();
    let set: BTreeSet<&Officeholder> = given.iter().copied().collect();
    let want: BTreeSet<&Officeholder> = expected.iter().collect();
    if set != want || given.len() != expected.len() {
        return Err(SessionError::CountMismatch {
            expected: count(expected.len()),
            got: count(given.len()),
        });
    }
    Ok(())
}

/// Checks a round's count and derives its outcome.
#[allow(clippy::too_many_arguments)]
fn outcome(
    e: &Election,
    roster: &Roster,
    rules: &Rulebook,
    date: chrono::NaiveDate,
    issued: u32,
    returned: u32,
    tallies: &[CandidateTally],
    write_ins: &[CandidateVotes],
) -> Result<RoundOutcome, SessionError> {
    let seats = check_marks(e, roster, date, issued, returned, tallies, write_ins)?;
    let all_deputies = roster.all_deputies_count(rules, date);
    let revote = matches!(e.status, ElectionStatus::Balloting { revote: true, .. });
    // The re-vote among the tied: by statute the one with more votes wins (第二十九条第一款).
    let (required, citation) = if revote && rules.revote_rule.value == RevoteRule::MostVotes {
        (1, rules.revote_rule.citation.clone())
    } else {
        (
            rules.adoption.value.required(all_deputies),
            rules.adoption.citation.clone(),
        )
    };
    let votes = tallies
        .iter()
        .map(|t| (&t.candidate, t.votes_for))
        .chain(write_ins.iter().map(|w| (&w.candidate, w.votes)));
    let mut passers: Vec<(&Officeholder, u32)> = votes.filter(|(_, v)| *v >= required).collect();
    passers.sort_by_key(|p| std::cmp::Reverse(p.1));
    let (elected, tied, revote_seats, unfilled) = seat_winners(&passers, seats);
    Ok(RoundOutcome {
        all_deputies,
        required,
        elected,
        tied,
        revote_seats,
        unfilled,
        citation,
    })
}

/// Checks the tellers' marks against the ballots: the candidates on the ballot, each with no
/// more marks than ballots returned, write-ins only outside a re-vote and only for eligible
/// people not on the ballot, and no more votes in all than seats × ballots. Returns the seats
/// the round fills.
#[allow(clippy::too_many_arguments)]
fn check_marks(
    e: &Election,
    roster: &Roster,
    date: chrono::NaiveDate,
    issued: u32,
    returned: u32,
    tallies: &[CandidateTally],
    write_ins: &[CandidateVotes],
) -> Result<u32, SessionError> {
    let ElectionStatus::Balloting {
        candidates,
        seats,
        revote,
    } = &e.status
    else {
        return Err(e.wrong_stage("balloting"));
    };
    if *revote && !write_ins.is_empty() {
        return Err(SessionError::WriteInsInRevote {
            election: e.id,
            tied: count(candidates.len()),
            write_ins: count(write_ins.len()),
            citation: REVOTE,
        });
    }
    let exceeds = |what: String, got: u64, ballots: u64| SessionError::CountExceedsBallots {
        what,
        got: u32::try_from(got).unwrap_or(u32::MAX),
        ballots: u32::try_from(ballots).unwrap_or(u32::MAX),
    };
    if returned > issued {
        return Err(exceeds(
            "ballots returned".to_owned(),
            returned.into(),
            issued.into(),
        ));
    }
    same_people(candidates, tallies.iter().map(|t| &t.candidate))?;
    for t in tallies {
        let marks = u64::from(t.votes_for) + u64::from(t.votes_against) + u64::from(t.abstentions);
        if marks > u64::from(returned) {
            return Err(exceeds(
                Who(&t.candidate).to_string(),
                marks,
                returned.into(),
            ));
        }
    }
    let mut seen: BTreeSet<&Officeholder> = candidates.iter().collect();
    seen.extend(e.elected.iter());
    for w in write_ins {
        if !seen.insert(&w.candidate) {
            let candidate = Who(&w.candidate).to_string();
            return Err(SessionError::DuplicateCandidate { candidate });
        }
        eligible(roster, e.post, &w.candidate, date)?;
        ethnic_head(roster, e.post, &w.candidate, w.ethnicity.as_deref())?;
        if w.votes > returned {
            return Err(exceeds(
                Who(&w.candidate).to_string(),
                w.votes.into(),
                returned.into(),
            ));
        }
    }
    let for_all = tallies
        .iter()
        .map(|t| t.votes_for)
        .chain(write_ins.iter().map(|w| w.votes));
    let total: u64 = for_all.map(u64::from).sum();
    let cap = u64::from(returned) * u64::from(*seats);
    if total > cap {
        return Err(exceeds("votes for all persons".to_owned(), total, cap));
    }
    Ok(*seats)
}

/// Who of the passers (most votes first) is elected to `seats`: all if they fit; otherwise
/// the highest, and those tied across the last seat go to a re-vote (组织法2022 第二十九条第一款).
/// Returns (elected, tied, seats the re-vote fills, seats left unfilled).
fn seat_winners(
    passers: &[(&Officeholder, u32)],
    seats: u32,
) -> (Vec<Officeholder>, Vec<Officeholder>, u32, u32) {
    let k = usize::try_from(seats).unwrap_or(usize::MAX);
    let people = |keep: &dyn Fn(u32) -> bool| -> Vec<Officeholder> {
        passers
            .iter()
            .filter(|(_, v)| keep(*v))
            .map(|(c, _)| (*c).clone())
            .collect()
    };
    if passers.len() <= k {
        let n = count(passers.len());
        return (people(&|_| true), Vec::new(), 0, seats.saturating_sub(n));
    }
    let cut = passers.get(k.saturating_sub(1)).map_or(0, |p| p.1);
    let next = passers.get(k).map_or(0, |p| p.1);
    if next < cut {
        return (people(&|v| v >= cut), Vec::new(), 0, 0);
    }
    let above = people(&|v| v > cut);
    let revote = seats.saturating_sub(count(above.len()));
    (above, people(&|v| v == cut), revote, 0)
}

/// Lookups of a session's elections.
impl Sessions {
    fn find_election(
        &self,
        session: SessionId,
        id: ElectionId,
    ) -> Result<(&Session, &Election), SessionError> {
        let s = self.find(session)?;
        Ok((s, election(s, id)?))
    }

    fn election_mut(&mut self, session: SessionId, id: ElectionId) -> Option<&mut Election> {
        self.find_mut(session)?.elections.get_mut(&id)
    }

    /// The session (sitting, with its quorum present) and an election of it still taking
    /// nominations: where candidates are fixed, directly or by a primary.
    fn nominating(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        id: ElectionId,
    ) -> Result<(&Session, &Election), SessionError> {
        let (s, e) = self.find_election(session, id)?;
        sitting(s)?;
        s.check_quorum(roster, ctx.rules, ctx.today)?;
        if e.status != (ElectionStatus::Nominating {}) {
            return Err(e.wrong_stage("taking nominations"));
        }
        Ok((s, e))
    }
}

/// Deciding, checking and committing election events.
impl Sessions {
    /// Turns an election command into its event, deriving candidates and outcomes.
    pub(super) fn decide_election(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        cmd: &SessionCommand,
    ) -> Result<SessionEvent, SessionError> {
        use SessionCommand as C;
        Ok(match cmd {
            C::CallElection {
                session,
                election,
                post,
                seats,
                margin,
                by_election,
            } => SessionEvent::ElectionCalled(ElectionCalled {
                session: *session,
                election: *election,
                post: *post,
                seats: *seats,
                margin: *margin,
                by_election: *by_election,
            }),
            C::Nominate {
                session,
                election,
                candidate,
                nominator,
                ethnicity,
            } => SessionEvent::CandidateNominated(CandidateNominated {
                session: *session,
                election: *election,
                candidate: candidate.clone(),
                nominator: nominator.clone(),
                ethnicity: ethnicity.clone(),
            }),
            C::FixCandidates { session, election } => {
                SessionEvent::CandidatesFixed(CandidatesFixed {
                    session: *session,
                    election: *election,
                    candidates: self.find_election(*session, *election)?.1.nominees(),
                    from_ranking: false,
                })
            }
            C::FixCandidatesFromRanking {
                session,
                election,
                candidates,
            } => self.decide_ranked(roster, ctx, *session, *election, *candidates)?,
            C::CountPrimary {
                session,
                election,
                counts,
            } => self.decide_primary(roster, ctx, *session, *election, counts)?,
            C::CountBallots {
                session,
                election,
                ballots_returned,
                tallies,
                write_ins,
            } => self.decide_count(
                roster,
                ctx,
                *session,
                *election,
                *ballots_returned,
                tallies,
                write_ins,
            )?,
            _ => return Err(SessionError::AlreadyDone { what: "nothing" }),
        })
    }

    /// Candidates for the seats left, the `candidates` best placed on the first ballot.
    fn decide_ranked(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        election: ElectionId,
        candidates: u32,
    ) -> Result<SessionEvent, SessionError> {
        let (_, e) = self.find_election(session, election)?;
        Ok(SessionEvent::CandidatesFixed(CandidatesFixed {
            session,
            election,
            candidates: ranked_pick(e, roster, ctx.today, candidates)?,
            from_ranking: true,
        }))
    }

    /// A primary's count and the candidates it picks.
    fn decide_primary(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        election: ElectionId,
        counts: &[CandidateVotes],
    ) -> Result<SessionEvent, SessionError> {
        let (s, e) = self.find_election(session, election)?;
        let present = count(s.present_at(roster, ctx.today).len());
        Ok(SessionEvent::PrimaryCounted(PrimaryCounted {
            session,
            election,
            counts: counts.to_vec(),
            candidates: primary_pick(e, ctx.rules, present, counts)?,
        }))
    }

    /// A round whose ballots returned exceed those issued is void; otherwise it is counted.
    #[allow(clippy::too_many_arguments)]
    fn decide_count(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        election: ElectionId,
        ballots_returned: u32,
        tallies: &[CandidateTally],
        write_ins: &[CandidateVotes],
    ) -> Result<SessionEvent, SessionError> {
        let (s, e) = self.find_election(session, election)?;
        let issued = count(s.present_at(roster, ctx.today).len());
        let round = e.rounds.saturating_add(1);
        if ballots_returned > issued {
            return Ok(SessionEvent::RoundVoided(RoundVoided {
                session,
                election,
                round,
                ballots_issued: issued,
                ballots_returned,
            }));
        }
        let outcome = outcome(
            e,
            roster,
            ctx.rules,
            ctx.today,
            issued,
            ballots_returned,
            tallies,
            write_ins,
        )?;
        Ok(SessionEvent::BallotsCounted(BallotsCounted {
            session,
            election,
            round,
            ballots_issued: issued,
            ballots_returned,
            tallies: tallies.to_vec(),
            write_ins: write_ins.to_vec(),
            outcome: Box::new(outcome),
        }))
    }

    /// Checks an election event (one function per event).
    pub(super) fn check_election(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &SessionEvent,
    ) -> Result<(), SessionError> {
        use SessionEvent as E;
        match event {
            E::ElectionCalled(ElectionCalled {
                session,
                election,
                post,
                seats,
                margin,
                by_election,
            }) => self.check_called(
                roster,
                ctx,
                *session,
                *election,
                *post,
                *seats,
                *margin,
                *by_election,
            ),
            E::CandidateNominated(n) => self.check_nominated(roster, ctx, n),
            E::CandidatesFixed(CandidatesFixed {
                session,
                election,
                candidates,
                from_ranking: false,
            }) => self.check_fixed(roster, ctx, *session, *election, candidates),
            E::CandidatesFixed(CandidatesFixed {
                session,
                election,
                candidates,
                from_ranking: true,
            }) => self.check_fixed_from_ranking(roster, ctx, *session, *election, candidates),
            E::PrimaryCounted(PrimaryCounted {
                session,
                election,
                counts,
                candidates,
            }) => {
                staff_only(ctx, "record a primary's count")?;
                let (s, e) = self.nominating(roster, ctx, *session, *election)?;
                let present = count(s.present_at(roster, ctx.today).len());
                let picked = primary_pick(e, ctx.rules, present, counts)?;
                mismatch("formal candidates", candidates, &picked)
            }
            E::RoundVoided(RoundVoided {
                session,
                election,
                round,
                ballots_issued,
                ballots_returned,
            }) => self.check_voided(
                roster,
                ctx,
                *session,
                *election,
                *round,
                *ballots_issued,
                *ballots_returned,
            ),
            E::BallotsCounted(BallotsCounted { .. }) => self.check_counted(roster, ctx, event),
            _ => Err(SessionError::AlreadyDone { what: "nothing" }),
        }
    }

    /// The presidium calls an election once the session's presidium is elected and its agenda
    /// adopted, with the quorum present, for seats the post has left (组织法2022 第十八条,
    /// 第十九条第一款); a by-election (补选) only after the first session (第三十条).
    #[allow(clippy::too_many_arguments)]
    fn check_called(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        election: ElectionId,
        post: Post,
        seats: u32,
        margin: Option<u32>,
        by_election: bool,
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "call an election")?;
        let s = self.find(session)?;
        // The first session elects the term's officers; a by-election fills a vacancy later.
        if by_election && s.kind == SessionKind::First {
            return Err(SessionError::ByElectionAtFirstSession {
                citation: Citation::organic(30, None),
            });
        }
        // Sitting, with the session's presidium elected and its agenda adopted.
        super::vote::check_item_phase(s, ctx.rules, &Subject::Elections {})?;
        s.check_quorum(roster, ctx.rules, ctx.today)?;
        if s.elections.contains_key(&election) {
            return Err(SessionError::DuplicateElection { election });
        }
        self.check_seats(roster, ctx, post, seats)?;
        check_margin(ctx.rules, post, margin)?;
        if let (true, Some(margin)) = (by_election, margin) {
            return Err(SessionError::MarginNotAllowed {
                post,
                margin,
                citation: BY_ELECTION,
            });
        }
        if by_election {
            self.check_vacancies(roster, ctx, post, seats)?;
        }
        Ok(())
    }

    /// A by-election is for seats that were filled and fell vacant (出缺), less those another
    /// by-election still open is filling (组织法2022 第三十条).
    fn check_vacancies(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        post: Post,
        seats: u32,
    ) -> Result<(), SessionError> {
        let filling: u32 = self
            .not_closed()
            .flat_map(|o| o.elections.values())
            .filter(|e| e.post == post && e.by_election && e.status != ElectionStatus::Completed {})
            .map(Election::open_seats)
            .fold(0, u32::saturating_add);
        let vacancies = roster.vacancies_at(post, ctx.today).saturating_sub(filling);
        if seats > vacancies {
            return Err(SessionError::NotAVacancy {
                post,
                seats,
                vacancies,
                citation: BY_ELECTION,
            });
        }
        Ok(())
    }

    /// Seats called fit what the post has left: held seats and the open seats of elections to
    /// the post not yet completed in a session still open count against the maximum.
    fn check_seats(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        post: Post,
        seats: u32,
    ) -> Result<(), SessionError> {
        let held = count(roster.holders_at(post, ctx.today).len());
        // An election left open by a closed session can no longer fill its seats.
        let pending: u32 = self
            .not_closed()
            .flat_map(|o| o.elections.values())
            .filter(|e| e.post == post && e.status != (ElectionStatus::Completed {}))
            .map(Election::open_seats)
            .fold(0, u32::saturating_add);
        let (max, citation) = match post {
            Post::Chair => (1, Citation::organic(18, Some(1))),
            Post::TownshipHead => (1, Citation::organic(12, None).with_item(7)),
            Post::ViceChair => (
                ctx.rules.vice_chairs_max.value,
                ctx.rules.vice_chairs_max.citation.clone(),
            ),
            Post::DeputyHead => (
                crate::limits::DEPUTY_HEADS_MAX,
                Citation::organic(12, None).with_item(7),
            ),
        };
        let max = max.saturating_sub(held).saturating_sub(pending);
        if seats == 0 || seats > max {
            return Err(SessionError::Seats {
                post,
                seats,
                max,
                citation,
            });
        }
        Ok(())
    }

    /// A nomination by the presidium or by ≥ 10 deputies in writing, no nominator over the
    /// seats, an eligible candidate nominated once (组织法2022 第二十六条, 第十八条第一款).
    fn check_nominated(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        n: &CandidateNominated,
    ) -> Result<(), SessionError> {
        let CandidateNominated {
            session,
            election: id,
            candidate,
            nominator,
            ethnicity,
        } = n;
        let (s, e) = self.find_election(*session, *id)?;
        sitting(s)?;
        if e.status != (ElectionStatus::Nominating {}) {
            return Err(e.wrong_stage("taking nominations"));
        }
        match nominator {
            Nominator::Presidium {} => check_presidium_nomination(ctx, e)?,
            Nominator::Deputies { signers } => check_joint_nomination(roster, ctx, e, signers)?,
        }
        if e.nominations.iter().any(|n| n.candidate == *candidate) || e.elected.contains(candidate)
        {
            return Err(SessionError::DuplicateCandidate {
                candidate: Who(candidate).to_string(),
            });
        }
        eligible(roster, e.post, candidate, ctx.today)?;
        ethnic_head(roster, e.post, candidate, ethnicity.as_deref())
    }

    /// Candidates for seats left unfilled, fixed from the first ballot's ranking: the
    /// presidium's choice of how many, the persons derived (组织法2022 第二十九条第二、三款).
    fn check_fixed_from_ranking(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        id: ElectionId,
        candidates: &[Officeholder],
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "fix the formal candidates")?;
        let (_, e) = self.nominating(roster, ctx, session, id)?;
        if !e.nominations.is_empty() {
            return Err(e.wrong_stage("seats left unfilled and no new nominations"));
        }
        let wanted = count(candidates.len());
        let picked = ranked_pick(e, roster, ctx.today, wanted)?;
        mismatch("formal candidates", &candidates.to_vec(), &picked)?;
        let open = e.open_seats();
        let (min, max, basis) = candidate_range(ctx.rules, e.post, open, e.margin, false);
        if wanted < min || wanted > max {
            return Err(SessionError::CandidateCount {
                post: e.post,
                seats: open,
                min,
                max,
                got: wanted,
                basis,
            });
        }
        Ok(())
    }

    /// The presidium fixes the nominees as formal candidates when they fit the range of
    /// 组织法2022 第二十七条第一款 (or 第三十条 for a by-election).
    fn check_fixed(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        id: ElectionId,
        candidates: &[Officeholder],
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "fix the formal candidates")?;
        let (_, e) = self.nominating(roster, ctx, session, id)?;
        let open = e.open_seats();
        let nominees = e.nominees();
        mismatch("formal candidates", &candidates.to_vec(), &nominees)?;
        let (min, max, basis) = candidate_range(ctx.rules, e.post, open, e.margin, e.by_election);
        let got = count(nominees.len());
        if got > max {
            return Err(SessionError::PrimaryNeeded {
                seats: open,
                max,
                got,
                basis,
            });
        }
        if got < min {
            return Err(SessionError::CandidateCount {
                post: e.post,
                seats: open,
                min,
                max,
                got,
                basis,
            });
        }
        Ok(())
    }

    /// The tellers record a void round: more ballots returned than issued (组织法2022 第二十八条).
    #[allow(clippy::too_many_arguments)]
    fn check_voided(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        id: ElectionId,
        round: u32,
        ballots_issued: u32,
        ballots_returned: u32,
    ) -> Result<(), SessionError> {
        staff_only(ctx, "record a ballot count")?;
        let (s, e) = self.find_election(session, id)?;
        sitting(s)?;
        if !matches!(e.status, ElectionStatus::Balloting { .. }) {
            return Err(e.wrong_stage("balloting"));
        }
        let issued = count(s.present_at(roster, ctx.today).len());
        mismatch("ballots issued", &ballots_issued, &issued)?;
        mismatch("round", &round, &e.rounds.saturating_add(1))?;
        if ballots_returned <= issued {
            return Err(SessionError::NotVoid {
                issued,
                returned: ballots_returned,
            });
        }
        Ok(())
    }

    /// The tellers' count, with the quorum present; the outcome must be the one the count
    /// gives (组织法2022 第二十五条, 第二十九条).
    fn check_counted(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &SessionEvent,
    ) -> Result<(), SessionError> {
        let SessionEvent::BallotsCounted(BallotsCounted {
            session,
            election: id,
            round,
            ballots_issued,
            ballots_returned,
            tallies,
            write_ins,
            outcome: recorded,
        }) = event
        else {
            return Err(SessionError::AlreadyDone { what: "nothing" });
        };
        staff_only(ctx, "record a ballot count")?;
        let (s, e) = self.find_election(*session, *id)?;
        sitting(s)?;
        s.check_quorum(roster, ctx.rules, ctx.today)?;
        let issued = count(s.present_at(roster, ctx.today).len());
        mismatch("ballots issued", ballots_issued, &issued)?;
        mismatch("round", round, &e.rounds.saturating_add(1))?;
        let computed = outcome(
            e,
            roster,
            ctx.rules,
            ctx.today,
            issued,
            *ballots_returned,
            tallies,
            write_ins,
        )?;
        mismatch("election outcome", &**recorded, &computed)
    }

    /// Commits a checked election event.
    pub(super) fn commit_election(&mut self, event: &SessionEvent) {
        use SessionEvent as E;
        match event {
            E::ElectionCalled(ElectionCalled {
                session,
                election,
                post,
                seats,
                margin,
                by_election,
            }) => {
                if let Some(s) = self.find_mut(*session) {
                    s.elections.insert(
                        *election,
                        Election::new(*election, *post, *seats, *margin, *by_election),
                    );
                }
            }
            E::CandidateNominated(n) => {
                if let Some(e) = self.election_mut(n.session, n.election) {
                    e.nominations.push(Nomination {
                        candidate: n.candidate.clone(),
                        nominator: n.nominator.clone(),
                        ethnicity: n.ethnicity.clone(),
                    });
                }
            }
            E::CandidatesFixed(CandidatesFixed {
                session,
                election,
                candidates,
                ..
            })
            | E::PrimaryCounted(PrimaryCounted {
                session,
                election,
                candidates,
                ..
            }) => {
                if let Some(e) = self.election_mut(*session, *election) {
                    let seats = e.open_seats();
                    e.status = ElectionStatus::Balloting {
                        candidates: candidates.clone(),
                        seats,
                        revote: false,
                    };
                }
            }
            E::RoundVoided(RoundVoided {
                session,
                election,
                round,
                ..
            }) => {
                if let Some(e) = self.election_mut(*session, *election) {
                    e.rounds = *round;
                }
            }
            E::BallotsCounted(BallotsCounted {
                session,
                election,
                round,
                outcome,
                tallies,
                write_ins,
                ..
            }) => {
                if let Some(e) = self.election_mut(*session, *election) {
                    let ranking = ranking_of(e, tallies, write_ins);
                    e.record_round(*round, outcome, ranking);
                }
            }
            _ => {}
        }
    }

    /// The winners of a counted round take their post that day; the presidium announces them
    /// (组织法2022 第十二条第六、七项).
    pub(super) fn count_effects(
        &self,
        ctx: &Context<'_>,
        session: SessionId,
        election: ElectionId,
        outcome: &RoundOutcome,
    ) -> Vec<RosterChange> {
        let Ok((_, e)) = self.find_election(session, election) else {
            return Vec::new();
        };
        outcome
            .elected
            .iter()
            .map(|holder| RosterChange::OfficerSeated {
                post: e.post,
                holder: holder.clone(),
                on: ctx.today,
            })
            .collect()
    }
}

/// The presidium nominates at most as many candidates as there are open seats
/// (组织法2022 第二十六条第三款).
fn check_presidium_nomination(ctx: &Context<'_>, e: &Election) -> Result<(), SessionError> {
    presidium_only(ctx, "nominate in the presidium's name")?;
    let open = e.open_seats();
    let got = count(
        e.nominations
            .iter()
            .filter(|n| n.nominator == Nominator::Presidium {})
            .count(),
    )
    .saturating_add(1);
    if got > open {
        return Err(SessionError::NominatorOverCap {
            nominator: "the presidium".to_owned(),
            seats: open,
            got,
            citation: NOMINATION_CAP,
        });
    }
    Ok(())
}

/// Ten or more serving deputies in writing, each in at most as many nominations as there are
/// open seats (组织法2022 第二十六条第二、三款).
fn check_joint_nomination(
    roster: &Roster,
    ctx: &Context<'_>,
    e: &Election,
    signers: &BTreeSet<DeputyId>,
) -> Result<(), SessionError> {
    require(
        ctx,
        matches!(ctx.actor, Actor::Staff { .. })
            || ctx.actor.as_deputy().is_some_and(|d| signers.contains(&d)),
        "record a joint nomination",
        "congress staff or one of its signers",
        NOMINATION,
    )?;
    let got = count(
        signers
            .iter()
            .filter(|d| roster.is_serving(**d, ctx.today))
            .count(),
    );
    let rule = &ctx.rules.officer_nominators_min;
    if got < rule.value {
        return Err(SessionError::TooFewNominators {
            needed: rule.value,
            got,
            short: rule.value - got,
            citation: rule.citation.clone(),
        });
    }
    let open = e.open_seats();
    for d in signers {
        let signed = e.nominations.iter().filter(|n| match &n.nominator {
            Nominator::Deputies { signers } => signers.contains(d),
            Nominator::Presidium {} => false,
        });
        let got = count(signed.count()).saturating_add(1);
        if got > open {
            return Err(SessionError::NominatorOverCap {
                nominator: format!("deputy {d}"),
                seats: open,
                got,
                citation: NOMINATION_CAP,
            });
        }
    }
    Ok(())
}

/// The head of a 民族乡 is a citizen of a minority the township was founded for
/// (组织法2022 第七十条第三款): a candidate for head there states an ethnicity among them.
fn ethnic_head(
    roster: &Roster,
    post: Post,
    candidate: &Officeholder,
    ethnicity: Option<&str>,
) -> Result<(), SessionError> {
    let Some(term) = roster.term() else {
        return Ok(());
    };
    if post != Post::TownshipHead || term.township_kind != TownshipKind::EthnicTownship {
        return Ok(());
    }
    match ethnicity {
        Some(e) if term.minorities.iter().any(|m| m == e) => Ok(()),
        _ => Err(SessionError::HeadNotOfMinority {
            candidate: Who(candidate).to_string(),
            ethnicity: ethnicity.unwrap_or("not stated").to_owned(),
            minorities: term.minorities.clone(),
            citation: ETHNIC_HEAD,
        }),
    }
}

/// A counted round's votes for every person, most first (ties in the order counted), with
/// the ethnicity stated at nomination or with the write-in.
fn ranking_of(
    e: &Election,
    tallies: &[CandidateTally],
    write_ins: &[CandidateVotes],
) -> Vec<CandidateVotes> {
    let ethnicity = |who: &Officeholder| {
        e.nominations
            .iter()
            .find(|n| n.candidate == *who)
            .and_then(|n| n.ethnicity.clone())
    };
    let mut ranking: Vec<CandidateVotes> = tallies
        .iter()
        .map(|t| CandidateVotes {
            candidate: t.candidate.clone(),
            votes: t.votes_for,
            ethnicity: ethnicity(&t.candidate),
        })
        .chain(write_ins.iter().cloned())
        .collect();
    ranking.sort_by_key(|c| std::cmp::Reverse(c.votes));
    ranking
}

/// The `wanted` persons with the most votes on the first ballot who are not elected and are
/// still eligible; a tie across the cut is refused (组织法2022 第二十九条第二款).
fn ranked_pick(
    e: &Election,
    roster: &Roster,
    date: chrono::NaiveDate,
    wanted: u32,
) -> Result<Vec<Officeholder>, SessionError> {
    let ranked: Vec<&CandidateVotes> = e
        .ranking
        .iter()
        .filter(|c| !e.elected.contains(&c.candidate))
        .filter(|c| eligible(roster, e.post, &c.candidate, date).is_ok())
        .collect();
    let cut = usize::try_from(wanted).unwrap_or(usize::MAX);
    if ranked.len() < cut || cut == 0 {
        return Err(SessionError::RankingShort {
            election: e.id,
            available: count(ranked.len()),
            candidates: wanted,
            citation: UNFILLED,
        });
    }
    if let (Some(last), Some(next)) = (ranked.get(cut.saturating_sub(1)), ranked.get(cut))
        && last.votes == next.votes
    {
        return Err(SessionError::RankingTie {
            votes: last.votes,
            candidates: wanted,
            citation: UNFILLED,
        });
    }
    Ok(ranked
        .into_iter()
        .take(cut)
        .map(|c| c.candidate.clone())
        .collect())
}

impl Election {
    fn new(id: ElectionId, post: Post, seats: u32, margin: Option<u32>, by_election: bool) -> Self {
        Self {
            id,
            post,
            seats,
            margin,
            by_election,
            nominations: Vec::new(),
            status: ElectionStatus::Nominating {},
            elected: Vec::new(),
            rounds: 0,
            ranking: Vec::new(),
        }
    }

    /// A counted round: the winners take seats; the tied re-vote; open seats go back to
    /// nomination (组织法2022 第二十九条).
    fn record_round(&mut self, round: u32, outcome: &RoundOutcome, ranking: Vec<CandidateVotes>) {
        self.rounds = round;
        if self.ranking.is_empty() {
            self.ranking = ranking;
        }
        self.elected.extend(outcome.elected.iter().cloned());
        self.nominations.clear();
        self.status = if !outcome.tied.is_empty() {
            ElectionStatus::Balloting {
                candidates: outcome.tied.clone(),
                seats: outcome.revote_seats,
                revote: true,
            }
        } else if self.open_seats() == 0 {
            ElectionStatus::Completed {}
        } else {
            ElectionStatus::Nominating {}
        };
    }
}
