//! Checking and recording roster changes: who may state each change by hand, the rules each
//! one must meet, and the commit that cannot fail.
//!
//! A change stated by hand goes through [`Roster::check`] (the actor, then the facts) and
//! [`Roster::commit`]. A change that another aggregate's event entails in the same envelope
//! (an officer seated by an election's count, an absence noted when a session closes) takes its
//! authority from that event and goes through [`Roster::check_effects`], which checks the
//! envelope's changes together against the roster as it is.

use chrono::NaiveDate;

use super::spans::{End, peak_from};
use super::{
    AdministrativePost, CONSTITUENCY_RULE, CREDENTIALS, ContactOffice, Deputy, DeputyGroup,
    DeputyStatus, ELECTION_BODY, ELECTS_OFFICERS, EndGround, INCOMPATIBLE, Membership, OFFICERS,
    OfficeEnd, Officeholder, Post, QUOTA_FIXED, QUOTA_STABLE, RECALL_PRESIDED, Roster,
    RosterChange, RosterError, Station, StatusChange, StatusLabel, Tenure, Term, TownshipKind,
    UNITS, Unit,
};
use crate::actor::{Actor, Context, Forbidden};
use crate::ids::{DeputyId, GroupId};
use crate::rulebook::{Citation, MandateStart, Rule, Rulebook, Threshold, count};

/// The presidium announces resignations (选举法2020 第五十五条第二款).
const ANNOUNCE_RESIGNATION: Citation = Citation::electoral(55, Some(2));
/// The presidium organises contact with voters (代表法2025 第二十八条).
const PRESIDIUM_CONTACT: Citation = Citation::deputies(28, None);
/// Deputy groups in recess (代表法2025 第三十七条).
const GROUPS: Citation = Citation::deputies(37, None);
/// Suspension of a mandate (代表法2025 第六十一条).
const SUSPENSION: Citation = Citation::deputies(61, None);
/// Voters request a recall in writing to the county (选举法2020 第五十条第一款).
const RECALL_REQUEST: Citation = Citation::electoral(50, Some(1));
/// The credentials committee reviews each deputy elected (选举法2020 第四十七条第一款).
const CREDENTIALS_REVIEW: Citation = Citation::electoral(47, Some(1));
/// The presidium confirms or voids on the committee's report (选举法2020 第四十七条第二款).
const CREDENTIALS_DECISION: Citation = Citation::electoral(47, Some(2));
/// Officers resign to the congress (组织法2022 第三十二条第二款).
const OFFICER_RESIGNS: Citation = Citation::organic(32, Some(2));

/// The body the law names to state a change by hand (记录机关).
#[derive(Clone, Copy)]
enum Body {
    County,
    CountyPresiding,
    ElectionCommittee,
    Credentials,
    Presidium,
    PresidiumOrStaff,
    Government,
}

impl Body {
    fn admits(self, actor: &Actor) -> bool {
        match self {
            Self::County | Self::CountyPresiding => *actor == Actor::CountyStandingCommittee {},
            Self::ElectionCommittee => *actor == Actor::ElectionCommittee {},
            Self::Credentials => *actor == Actor::CredentialsCommittee {},
            Self::Presidium => *actor == Actor::Presidium {},
            Self::PresidiumOrStaff => matches!(actor, Actor::Presidium {} | Actor::Staff { .. }),
            Self::Government => *actor == Actor::Government {},
        }
    }

    const fn describe(self) -> &'static str {
        match self {
            Self::County => "the county standing committee",
            Self::CountyPresiding => "the county standing committee, which presides over the vote",
            Self::ElectionCommittee => "the election committee",
            Self::Credentials => "the credentials committee",
            Self::Presidium => "the presidium",
            Self::PresidiumOrStaff => "the presidium or congress staff",
            Self::Government => "the township government",
        }
    }
}

/// Who records each change, what the act is called, and the rule (the table in the module
/// docs).
#[rustfmt::skip]
fn recorder(change: &RosterChange) -> (Body, &'static str, Citation) {
    use RosterChange as C;
    match change {
        C::TermOpened { .. } => (Body::County, "fix the deputy quota", QUOTA_FIXED),
        C::ConstituencyDrawn { .. } => (Body::ElectionCommittee, "draw constituencies", ELECTION_BODY),
        C::DeputyElected { .. } => (Body::ElectionCommittee, "report deputies elected", ELECTION_BODY),
        C::ResignationAccepted { .. } => (Body::Presidium, "announce an accepted resignation", ANNOUNCE_RESIGNATION),
        C::DeputyRecalled { .. } => (Body::CountyPresiding, "record the recall of a deputy", RECALL_PRESIDED),
        C::RecallRequested { .. } => (Body::CountyPresiding, "record a recall request", RECALL_REQUEST),
        C::RecallDefenceRecorded { .. } => (Body::CountyPresiding, "record a recall defence", RECALL_PRESIDED),
        C::RecallRejected { .. } => (Body::CountyPresiding, "record a recall vote", RECALL_PRESIDED),
        C::CredentialsReviewed { .. } => (Body::Credentials, "report on credentials", CREDENTIALS_REVIEW),
        C::CredentialsConfirmed { .. } | C::ElectionVoided { .. } | C::DeputyListPublished { .. } => (Body::Presidium, "decide on credentials", CREDENTIALS_DECISION),
        C::TerminationAnnounced { .. } => (Body::Presidium, "announce a termination", CREDENTIALS),
        C::MandateTerminated { .. } => (Body::Credentials, "report a mandate terminated", CREDENTIALS),
        C::UnexcusedAbsenceNoted { .. } => (Body::Credentials, "report an absence without leave", CREDENTIALS),
        C::DeputySuspended { .. } => (Body::Credentials, "report a suspension", SUSPENSION),
        C::DeputyReinstated { .. } => (Body::Credentials, "report a reinstatement", SUSPENSION),
        C::OfficerSeated { .. } => (Body::Presidium, "announce an officer elected", ELECTS_OFFICERS),
        C::OfficeVacated { .. } => (Body::Presidium, "announce an officer leaving office", OFFICER_RESIGNS),
        C::AdministrativePostTaken { .. } | C::AdministrativePostLeft { .. } => (Body::PresidiumOrStaff, "record an administrative post", INCOMPATIBLE),
        C::GroupFormed { .. } => (Body::Presidium, "form a deputy group", GROUPS),
        C::GroupJoined { .. } | C::GroupLeft { .. } => (Body::Presidium, "change a deputy group", GROUPS),
        C::ContactOfficeOpened { .. } => (Body::Presidium, "open the contact office", PRESIDIUM_CONTACT),
        C::StationOpened { .. } => (Body::Presidium, "open a contact station", PRESIDIUM_CONTACT),
        C::DeputyAssignedToStation { .. } => (Body::Presidium, "assign deputies to stations", PRESIDIUM_CONTACT),
        C::UnitRegistered { .. } => (Body::Government, "register a government unit", UNITS),
    }
}

pub(super) fn not_future(on: NaiveDate, today: NaiveDate) -> Result<(), RosterError> {
    if on > today {
        Err(RosterError::FutureDate { on, today })
    } else {
        Ok(())
    }
}

/// Officers of `post` already seated by the changes before this one in the same envelope.
fn seated_before(earlier: &[RosterChange], post: Post) -> u32 {
    count(
        earlier
            .iter()
            .filter(|c| matches!(c, RosterChange::OfficerSeated { post: p, .. } if *p == post))
            .count(),
    )
}

/// Inputs: checking and recording a change. On `Err` nothing changed.
impl Roster {
    /// Checks `change` against the actor, the rulebook and the roster, then records it.
    ///
    /// # Errors
    ///
    /// A [`RosterError`] naming the rule broken, with the numbers and the citation; the roster
    /// is left exactly as it was.
    pub fn apply(&mut self, ctx: &Context<'_>, change: &RosterChange) -> Result<(), RosterError> {
        self.check(ctx, change)?;
        self.commit(ctx.rules, change);
        Ok(())
    }

    /// Checks a change stated by hand: the actor the law names, then every rule, without
    /// changing anything.
    ///
    /// # Errors
    ///
    /// As [`Roster::apply`].
    pub fn check(&self, ctx: &Context<'_>, change: &RosterChange) -> Result<(), RosterError> {
        let (body, action, citation) = recorder(change);
        if !body.admits(ctx.actor) {
            let allowed = body.describe();
            return Err(Forbidden::new(ctx.actor.clone(), action, allowed, citation).into());
        }
        self.check_fact(ctx, change, 0)
    }

    /// Checks the changes another aggregate's event entails, together and in order, against
    /// the roster as it is: an election's count may seat two vice-chairs at once. The
    /// authority is the causing event's, so the actor is not checked.
    pub(crate) fn check_effects(
        &self,
        ctx: &Context<'_>,
        changes: &[RosterChange],
    ) -> Result<(), RosterError> {
        for (i, change) in changes.iter().enumerate() {
            let pending = match change {
                RosterChange::OfficerSeated { post, .. } => {
                    seated_before(changes.get(..i).unwrap_or_default(), *post)
                }
                _ => 0,
            };
            self.check_fact(ctx, change, pending)?;
        }
        Ok(())
    }

    /// Every rule of `change` but who states it; `pending` officers of the same post are
    /// seated by earlier changes of the same envelope.
    fn check_fact(
        &self,
        ctx: &Context<'_>,
        change: &RosterChange,
        pending: u32,
    ) -> Result<(), RosterError> {
        use RosterChange as C;
        let (rules, today) = (ctx.rules, ctx.today);
        match change {
            C::TermOpened { .. } => self.check_term(rules, today, change),
            C::ConstituencyDrawn {
                constituency,
                seats,
                ..
            } => self.check_constituency(rules, *constituency, *seats),
            C::DeputyElected {
                deputy,
                constituency,
                on,
                by_election,
                ..
            } => self.check_elected(today, *deputy, *constituency, *on, *by_election),
            C::ResignationAccepted { .. }
            | C::DeputyRecalled { .. }
            | C::RecallRequested { .. }
            | C::RecallDefenceRecorded { .. }
            | C::RecallRejected { .. }
            | C::MandateTerminated { .. }
            | C::UnexcusedAbsenceNoted { .. }
            | C::DeputySuspended { .. }
            | C::DeputyReinstated { .. }
            | C::CredentialsReviewed { .. }
            | C::CredentialsConfirmed { .. }
            | C::ElectionVoided { .. }
            | C::DeputyListPublished { .. }
            | C::TerminationAnnounced { .. } => self.check_mandate(ctx, change),
            C::OfficerSeated { post, holder, on } => {
                self.open_term()?;
                not_future(*on, today)?;
                self.check_seat(rules, *post, holder, *on, pending)
            }
            C::OfficeVacated {
                post, holder, on, ..
            } => {
                not_future(*on, today)?;
                self.check_vacate(*post, holder, *on)
            }
            _ => self.check_organisation(today, rules, change),
        }
    }

    /// The rules of the changes to administrative posts, groups, stations and units.
    fn check_organisation(
        &self,
        today: NaiveDate,
        rules: &Rulebook,
        change: &RosterChange,
    ) -> Result<(), RosterError> {
        use RosterChange as C;
        match change {
            C::AdministrativePostTaken { deputy, on, .. } => {
                self.check_post_taken(today, *deputy, *on)
            }
            C::AdministrativePostLeft { deputy, title, on } => {
                self.check_post_left(today, *deputy, title, *on)
            }
            C::GroupFormed {
                group, members, on, ..
            } => self.check_group_formed(rules, today, *group, members, *on),
            C::GroupJoined { group, deputy, on } => {
                self.check_group_joined(today, *group, *deputy, *on)
            }
            C::GroupLeft { group, deputy, on } => {
                self.check_group_left(rules, today, *group, *deputy, *on)
            }
            C::ContactOfficeOpened { on, .. } => {
                not_future(*on, today)?;
                if self.contact_office.is_some() {
                    Err(RosterError::ContactOfficeExists {})
                } else {
                    Ok(())
                }
            }
            C::StationOpened { station, on, .. } => {
                not_future(*on, today)?;
                if self.stations.contains_key(station) {
                    return Err(RosterError::Duplicate {
                        kind: "contact station",
                        id: station.to_string(),
                    });
                }
                Ok(())
            }
            C::DeputyAssignedToStation {
                station,
                deputy,
                on,
            } => self.check_assignment(today, *station, *deputy, *on),
            C::UnitRegistered { unit, .. } => {
                if self.units.contains_key(unit) {
                    return Err(RosterError::Duplicate {
                        kind: "unit",
                        id: unit.to_string(),
                    });
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Records a checked change. Cannot fail: [`Roster::check`] or
    /// [`Roster::check_effects`] proved every lookup it makes.
    pub(crate) fn commit(&mut self, rules: &Rulebook, change: &RosterChange) {
        use RosterChange as C;
        match change {
            C::TermOpened { .. } | C::ConstituencyDrawn { .. } | C::DeputyElected { .. } => {
                self.commit_election(rules, change);
            }
            C::ResignationAccepted { .. }
            | C::DeputyRecalled { .. }
            | C::RecallRequested { .. }
            | C::RecallDefenceRecorded { .. }
            | C::RecallRejected { .. }
            | C::MandateTerminated { .. }
            | C::UnexcusedAbsenceNoted { .. }
            | C::DeputySuspended { .. }
            | C::DeputyReinstated { .. }
            | C::CredentialsReviewed { .. }
            | C::CredentialsConfirmed { .. }
            | C::ElectionVoided { .. }
            | C::DeputyListPublished { .. }
            | C::TerminationAnnounced { .. } => self.commit_mandate(change),
            C::OfficerSeated { post, holder, on } => {
                let at = self.tenures.len();
                self.tenures.push(Tenure {
                    post: *post,
                    holder: holder.clone(),
                    from: *on,
                    ended: None,
                });
                self.tenure_spans.insert(*post, *on, End::Open, at);
            }
            C::OfficeVacated {
                post,
                holder,
                on,
                reason,
            } => self.end_tenure(*post, holder, *on, *reason),
            other => self.commit_organisation(other),
        }
    }

    /// Commits the term, a constituency or a deputy elected.
    fn commit_election(&mut self, rules: &Rulebook, change: &RosterChange) {
        use RosterChange as C;
        match change {
            C::TermOpened {
                township,
                township_kind,
                number,
                election_completed,
                population,
                seats,
                uplift,
                minorities,
            } => {
                self.term = Some(Term {
                    township: township.clone(),
                    township_kind: *township_kind,
                    number: *number,
                    election_completed: *election_completed,
                    population: *population,
                    seats: *seats,
                    uplift: *uplift,
                    minorities: minorities.clone(),
                });
            }
            C::ConstituencyDrawn {
                constituency,
                name,
                seats,
                voters,
            } => {
                let c = super::Constituency {
                    id: *constituency,
                    name: name.clone(),
                    seats: *seats,
                    voters: *voters,
                };
                self.constituencies.insert(*constituency, c);
            }
            C::DeputyElected {
                deputy,
                name,
                constituency,
                on,
                by_election,
            } => {
                // Elected: a seat at once; a mandate once the credentials are confirmed, or
                // from election day where the rulebook says so (选举法2020 第四十七条).
                let status = match rules.mandate_start.value {
                    MandateStart::OnConfirmation => DeputyStatus::Pending {},
                    MandateStart::OnElection => DeputyStatus::Serving {},
                };
                let history = vec![StatusChange { on: *on, status }];
                let d = Deputy {
                    id: *deputy,
                    name: name.clone(),
                    constituency: *constituency,
                    by_election: *by_election,
                    history,
                };
                self.deputies.insert(*deputy, d);
                self.current.set(*deputy, *on, status);
            }
            _ => {}
        }
    }

    /// Commits the changes to posts, groups, stations and units.
    fn commit_organisation(&mut self, change: &RosterChange) {
        use RosterChange as C;
        match change {
            C::AdministrativePostTaken { deputy, title, on } => {
                let at = self.administrative_posts.len();
                self.administrative_posts.push(AdministrativePost {
                    deputy: *deputy,
                    title: title.clone(),
                    from: *on,
                    until: None,
                });
                self.post_spans.insert(*deputy, *on, End::Open, at);
                self.open_posts
                    .entry((*deputy, title.clone()))
                    .or_default()
                    .insert(at);
            }
            C::AdministrativePostLeft { deputy, title, on } => {
                let Some(at) = self.open_post(*deputy, title) else {
                    return;
                };
                if let Some(post) = self.administrative_posts.get_mut(at) {
                    post.until = Some(*on);
                    self.post_spans.close(*deputy, post.from, *on, at);
                }
                let key = (*deputy, title.clone());
                if let Some(open) = self.open_posts.get_mut(&key) {
                    open.remove(&at);
                    if open.is_empty() {
                        self.open_posts.remove(&key);
                    }
                }
            }
            C::GroupFormed {
                group,
                name,
                area,
                members,
                on,
            } => {
                let spell = || {
                    vec![Membership {
                        joined: *on,
                        left: None,
                    }]
                };
                let members = members.iter().map(|d| (*d, spell())).collect();
                let g = DeputyGroup {
                    id: *group,
                    name: name.clone(),
                    area: area.clone(),
                    formed: *on,
                    members,
                };
                self.groups.insert(*group, g);
            }
            C::GroupJoined { group, deputy, on } => {
                if let Some(g) = self.groups.get_mut(group) {
                    g.members.entry(*deputy).or_default().push(Membership {
                        joined: *on,
                        left: None,
                    });
                }
            }
            C::GroupLeft { group, deputy, on } => {
                let spell = self
                    .groups
                    .get_mut(group)
                    .and_then(|g| g.members.get_mut(deputy))
                    .and_then(|s| s.last_mut());
                if let Some(m) = spell {
                    m.left = Some(*on);
                }
            }
            other => self.commit_contact(other),
        }
    }

    /// Commits the contact office, a station, an assignment or a unit.
    fn commit_contact(&mut self, change: &RosterChange) {
        use RosterChange as C;
        match change {
            C::ContactOfficeOpened { name, on } => {
                self.contact_office = Some(ContactOffice {
                    name: name.clone(),
                    opened: *on,
                })
            }
            C::StationOpened {
                station,
                name,
                village,
                on,
            } => {
                let s = Station {
                    id: *station,
                    name: name.clone(),
                    village: village.clone(),
                    opened: *on,
                    deputies: Default::default(),
                };
                self.stations.insert(*station, s);
            }
            C::DeputyAssignedToStation {
                station,
                deputy,
                on,
            } => {
                // A deputy belongs to one station: assigning moves them.
                let before = self.station_of.insert(*deputy, *station);
                if let Some(s) = before.and_then(|b| self.stations.get_mut(&b)) {
                    s.deputies.remove(deputy);
                }
                if let Some(s) = self.stations.get_mut(station) {
                    s.deputies.insert(*deputy, *on);
                }
            }
            C::UnitRegistered {
                unit,
                name,
                category,
            } => {
                self.units.insert(
                    *unit,
                    Unit {
                        id: *unit,
                        name: name.clone(),
                        category: *category,
                    },
                );
            }
            _ => {}
        }
    }
}

/// The rules of each change (one function per change, each with its citation).
impl Roster {
    /// The county fixes the quota within the statutory range (选举法2020 第十二条、第十三条).
    fn check_term(
        &self,
        rules: &Rulebook,
        today: NaiveDate,
        change: &RosterChange,
    ) -> Result<(), RosterError> {
        let RosterChange::TermOpened {
            township_kind: kind,
            election_completed,
            population,
            seats,
            uplift,
            ..
        } = change
        else {
            return Ok(());
        };
        let (kind, election_completed, population, seats, uplift) =
            (*kind, *election_completed, *population, *seats, *uplift);
        if let RosterChange::TermOpened { minorities, .. } = change
            && kind == TownshipKind::EthnicTownship
            && minorities.is_empty()
        {
            return Err(RosterError::MinoritiesMissing {
                citation: Citation::organic(70, Some(3)),
            });
        }
        if let Some(t) = &self.term {
            return Err(RosterError::TermAlreadyOpen { number: t.number });
        }
        not_future(election_completed, today)?;
        if uplift && kind == TownshipKind::Town {
            return Err(RosterError::UpliftNotForTowns {
                citation: rules.deputy_quota_uplift_percent.citation.clone(),
            });
        }
        let range = rules.deputy_quota_range(population, uplift);
        if !range.contains(&seats) {
            return Err(RosterError::QuotaOutOfRange {
                seats,
                population,
                min: *range.start(),
                max: *range.end(),
                citation: rules.deputy_quota_base.citation.clone(),
            });
        }
        Ok(())
    }

    /// One to three seats per constituency, within the quota (选举法2020 第二十五条第二款,
    /// 第十四条第一款).
    fn check_constituency(
        &self,
        rules: &Rulebook,
        id: crate::ids::ConstituencyId,
        seats: u32,
    ) -> Result<(), RosterError> {
        let term = self.open_term()?;
        if self.constituencies.contains_key(&id) {
            return Err(RosterError::Duplicate {
                kind: "constituency",
                id: id.to_string(),
            });
        }
        let max = rules.constituency_seats_max.value;
        if seats == 0 || seats > max {
            return Err(RosterError::ConstituencySeats {
                seats,
                max,
                citation: CONSTITUENCY_RULE,
            });
        }
        let total = self
            .constituencies
            .values()
            .fold(seats, |sum, c| sum.saturating_add(c.seats));
        if total > term.seats {
            return Err(RosterError::OverQuota {
                quota: term.seats,
                got: total,
                citation: QUOTA_STABLE,
            });
        }
        Ok(())
    }

    /// A deputy fills a seat of the constituency and of the quota; a general election is
    /// dated by its completion, a by-election after it.
    fn check_elected(
        &self,
        today: NaiveDate,
        deputy: DeputyId,
        constituency: crate::ids::ConstituencyId,
        on: NaiveDate,
        by_election: bool,
    ) -> Result<(), RosterError> {
        let term = self.open_term()?;
        not_future(on, today)?;
        if self.deputies.contains_key(&deputy) {
            return Err(RosterError::Duplicate {
                kind: "deputy",
                id: deputy.to_string(),
            });
        }
        let c = self
            .constituencies
            .get(&constituency)
            .ok_or(RosterError::UnknownConstituency { constituency })?;
        let completed = term.election_completed;
        if !by_election && on > completed {
            return Err(RosterError::ElectionDate {
                what: "a general election",
                relation: "on or before",
                completed,
                on,
            });
        }
        if by_election && on <= completed {
            return Err(RosterError::ElectionDate {
                what: "a by-election",
                relation: "after",
                completed,
                on,
            });
        }
        let sitting = self.peak_seats_from(on, |d| d.constituency == constituency);
        if count(sitting) >= c.seats {
            return Err(RosterError::ConstituencyFull {
                constituency,
                seats: c.seats,
                citation: CONSTITUENCY_RULE,
            });
        }
        let holders = count(self.peak_seats_from(on, |_| true)).saturating_add(1);
        if holders > term.seats {
            return Err(RosterError::OverQuota {
                quota: term.seats,
                got: holders,
                citation: QUOTA_STABLE,
            });
        }
        Ok(())
    }

    /// An administrative post cannot sit beside a congress post (组织法2022 第十八条第二款).
    fn check_post_taken(
        &self,
        today: NaiveDate,
        deputy: DeputyId,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        self.check_status_change(
            today,
            deputy,
            on,
            "holds a mandate",
            Deputy::holds_mandate_at,
        )?;
        // Beside a chair or vice-chair post the new post is a conflict the officer must
        // resolve (组织法2022 第十八条第二款), listed by `conflicts_at`, not a bar.
        Ok(())
    }

    fn check_post_left(
        &self,
        today: NaiveDate,
        deputy: DeputyId,
        title: &str,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        let post = self
            .open_post(deputy, title)
            .and_then(|at| self.administrative_posts.get(at))
            .ok_or_else(|| RosterError::NoAdministrativePost {
                deputy,
                title: title.to_owned(),
            })?;
        if on < post.from {
            return Err(RosterError::OutOfOrder {
                on,
                last: post.from,
            });
        }
        Ok(())
    }

    /// Three or more serving deputies of one area form a group (组织法2022 第四十三条第三款).
    fn check_group_formed(
        &self,
        rules: &Rulebook,
        today: NaiveDate,
        group: GroupId,
        members: &std::collections::BTreeSet<DeputyId>,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        if self.groups.contains_key(&group) {
            return Err(RosterError::Duplicate {
                kind: "deputy group",
                id: group.to_string(),
            });
        }
        for d in members {
            self.check_serving(*d, on)?;
        }
        let (needed, got) = (rules.deputy_group_min.value, count(members.len()));
        if got < needed {
            return Err(RosterError::TooFewGroupMembers {
                needed,
                got,
                citation: rules.deputy_group_min.citation.clone(),
            });
        }
        Ok(())
    }

    /// Joining: a serving deputy not in the group, not before the group existed nor before
    /// they last left it.
    fn check_group_joined(
        &self,
        today: NaiveDate,
        group: GroupId,
        deputy: DeputyId,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        self.check_serving(deputy, on)?;
        let g = self
            .groups
            .get(&group)
            .ok_or(RosterError::UnknownGroup { group })?;
        let last_spell = g.members.get(&deputy).and_then(|spells| spells.last());
        if last_spell.is_some_and(|m| m.left.is_none()) {
            return Err(RosterError::AlreadyMember { deputy });
        }
        let last = last_spell
            .and_then(|m| m.left)
            .unwrap_or(g.formed)
            .max(g.formed);
        if on < last {
            return Err(RosterError::OutOfOrder { on, last });
        }
        Ok(())
    }

    /// Leaving: a member, not before joining, and the group keeps its minimum.
    fn check_group_left(
        &self,
        rules: &Rulebook,
        today: NaiveDate,
        group: GroupId,
        deputy: DeputyId,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        let remaining = count(
            self.group_members_at(group, on)
                .iter()
                .filter(|d| **d != deputy)
                .count(),
        );
        let g = self
            .groups
            .get(&group)
            .ok_or(RosterError::UnknownGroup { group })?;
        let joined = match g.members.get(&deputy).and_then(|spells| spells.last()) {
            Some(m) if m.left.is_none() => m.joined,
            _ => return Err(RosterError::NotMember { deputy, group }),
        };
        if on < joined {
            return Err(RosterError::OutOfOrder { on, last: joined });
        }
        let needed = rules.deputy_group_min.value;
        if remaining < needed {
            return Err(RosterError::TooFewGroupMembers {
                needed,
                got: remaining,
                citation: rules.deputy_group_min.citation.clone(),
            });
        }
        Ok(())
    }

    fn check_assignment(
        &self,
        today: NaiveDate,
        station: crate::ids::StationId,
        deputy: DeputyId,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        self.check_serving(deputy, on)?;
        let target = self
            .stations
            .get(&station)
            .ok_or(RosterError::UnknownStation { station })?;
        if target.deputies.contains_key(&deputy) {
            return Err(RosterError::AlreadyMember { deputy });
        }
        Ok(())
    }
}

/// Helpers shared by the checks.
impl Roster {
    pub(super) fn open_term(&self) -> Result<&Term, RosterError> {
        self.term.as_ref().ok_or(RosterError::NoTerm {
            citation: QUOTA_FIXED,
        })
    }

    pub(super) fn check_serving(&self, deputy: DeputyId, on: NaiveDate) -> Result<(), RosterError> {
        let d = self
            .deputies
            .get(&deputy)
            .ok_or(RosterError::UnknownDeputy { deputy })?;
        if d.is_serving_at(on) {
            Ok(())
        } else {
            Err(RosterError::WrongStatus {
                deputy,
                on,
                status: StatusLabel(d.status_at(on)),
                needs: "is serving",
            })
        }
    }

    /// A status change dated no later than today, not before the deputy's last change, for a
    /// deputy whose status on `on` passes `ok`.
    pub(super) fn check_status_change(
        &self,
        today: NaiveDate,
        deputy: DeputyId,
        on: NaiveDate,
        needs: &'static str,
        ok: impl Fn(&Deputy, NaiveDate) -> bool,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        let d = self
            .deputies
            .get(&deputy)
            .ok_or(RosterError::UnknownDeputy { deputy })?;
        if let Some(last) = d.last_change()
            && on < last
        {
            return Err(RosterError::OutOfOrder { on, last });
        }
        if ok(d, on) {
            Ok(())
        } else {
            Err(RosterError::WrongStatus {
                deputy,
                on,
                status: StatusLabel(d.status_at(on)),
                needs,
            })
        }
    }

    pub(super) fn push_status(&mut self, deputy: DeputyId, on: NaiveDate, status: DeputyStatus) {
        if let Some(d) = self.deputies.get_mut(&deputy) {
            d.history.push(StatusChange { on, status });
            self.current.set(deputy, on, status);
        }
    }

    /// Ends the mandate and, with it, any chair or vice-chair post (职务相应终止).
    pub(super) fn end_mandate(&mut self, deputy: DeputyId, on: NaiveDate, ground: EndGround) {
        self.push_status(deputy, on, DeputyStatus::Ended { ground });
        let held: Vec<(Post, usize)> = [Post::Chair, Post::ViceChair]
            .into_iter()
            .flat_map(|post| self.tenure_spans.open(post).map(move |at| (post, at)))
            .filter(|(_, at)| {
                self.tenures
                    .get(*at)
                    .is_some_and(|t| t.holder.deputy() == Some(deputy))
            })
            .collect();
        for (post, at) in held {
            self.close_tenure(post, at, on, OfficeEnd::MandateEnded);
        }
    }

    /// Ends tenure `at` of `post` on `on` (never before it began).
    fn close_tenure(&mut self, post: Post, at: usize, on: NaiveDate, reason: OfficeEnd) {
        if let Some(t) = self.tenures.get_mut(at) {
            let until = on.max(t.from);
            t.ended = Some((until, reason));
            self.tenure_spans.close(post, t.from, until, at);
        }
    }

    /// The position of `holder`'s open tenure of `post`.
    fn open_tenure_at(&self, post: Post, holder: &Officeholder) -> Option<usize> {
        self.tenure_spans
            .open(post)
            .find(|at| self.tenures.get(*at).is_some_and(|t| t.holder == *holder))
    }

    fn open_tenure(&self, post: Post, holder: &Officeholder) -> Option<&Tenure> {
        self.open_tenure_at(post, holder)
            .and_then(|at| self.tenures.get(at))
    }

    /// The position of `deputy`'s first administrative post `title` not yet left.
    fn open_post(&self, deputy: DeputyId, title: &str) -> Option<usize> {
        self.open_posts
            .get(&(deputy, title.to_owned()))
            .and_then(|open| open.first().copied())
    }

    fn check_vacate(
        &self,
        post: Post,
        holder: &Officeholder,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        let t = self
            .open_tenure(post, holder)
            .ok_or_else(|| RosterError::NotInOffice {
                post,
                holder: holder.to_string(),
            })?;
        if on < t.from {
            return Err(RosterError::OutOfOrder { on, last: t.from });
        }
        Ok(())
    }

    fn end_tenure(&mut self, post: Post, holder: &Officeholder, on: NaiveDate, reason: OfficeEnd) {
        if let Some(at) = self.open_tenure_at(post, holder) {
            self.close_tenure(post, at, on, reason);
        }
    }

    /// Checks that `holder` may take `post` on `on`, with `pending` others of the same post
    /// seated in the same envelope: a deputy for congress posts, no administrative post
    /// alongside them, and seats left (组织法2022 第十八条).
    pub(crate) fn check_seat(
        &self,
        rules: &Rulebook,
        post: Post,
        holder: &Officeholder,
        on: NaiveDate,
        pending: u32,
    ) -> Result<(), RosterError> {
        match holder.deputy() {
            Some(d) => self.check_serving(d, on)?,
            None if post.requires_deputy() => {
                return Err(RosterError::OfficerNotDeputy {
                    post,
                    citation: OFFICERS,
                });
            }
            None => {}
        }
        // Every check looks at the whole time from `on` onwards, so that a back-dated entry
        // cannot overlap one already recorded.
        if self.reaching(post, on).any(|t| t.holder == *holder) {
            return Err(RosterError::PostTaken {
                post,
                holder: holder.to_string(),
                citation: OFFICERS,
            });
        }
        if let Some(d) = holder.deputy() {
            self.check_compatible(d, post, on)?;
        }
        self.check_seats_left(rules, post, on, pending)
    }

    /// One deputy holds at most one of the congress's posts, chair or vice-chair
    /// (组织法2022 第十八条第一款). An administrative post beside a congress post is not a bar
    /// to the election: the law obliges the officer to resign one of them
    /// (组织法2022 第十八条第二款), which [`Roster::conflicts_at`] lists until it is done.
    fn check_compatible(&self, d: DeputyId, post: Post, on: NaiveDate) -> Result<(), RosterError> {
        if !post.requires_deputy() {
            return Ok(());
        }
        match self.congress_post_from(d, on) {
            Some(held) => Err(RosterError::TwoCongressPosts {
                deputy: d,
                held,
                sought: post,
                citation: OFFICERS,
            }),
            None => Ok(()),
        }
    }

    /// One chair and one head; at most `vice_chairs_max` vice-chairs on any day from `on`.
    fn check_seats_left(
        &self,
        rules: &Rulebook,
        post: Post,
        on: NaiveDate,
        pending: u32,
    ) -> Result<(), RosterError> {
        match post {
            Post::Chair | Post::TownshipHead => {
                if let Some(t) = self.reaching(post, on).next() {
                    let citation = if post == Post::Chair {
                        OFFICERS
                    } else {
                        Citation::organic(12, None).with_item(7)
                    };
                    return Err(RosterError::PostTaken {
                        post,
                        holder: t.holder.to_string(),
                        citation,
                    });
                }
                Ok(())
            }
            Post::ViceChair => {
                // The most vice-chairs in office on any day from `on` on, with these.
                let spans = self
                    .reaching(post, on)
                    .map(|t| (t.from, t.ended.map(|(until, _)| until)));
                let peak = peak_from(on, spans);
                let got = count(peak).saturating_add(pending).saturating_add(1);
                let max = rules.vice_chairs_max.value;
                if got > max {
                    return Err(RosterError::TooManyViceChairs {
                        max,
                        got,
                        citation: rules.vice_chairs_max.citation.clone(),
                    });
                }
                Ok(())
            }
            Post::DeputyHead => Ok(()),
        }
    }

    /// Tenures of `post` that cover any day from `on` on, oldest first (a tenure that ended
    /// the day it began covers none).
    pub(super) fn reaching(&self, post: Post, on: NaiveDate) -> impl Iterator<Item = &Tenure> {
        self.tenure_spans
            .reaching(post, on)
            .into_iter()
            .filter_map(|at| self.tenures.get(at))
    }

    /// The congress post (chair or vice-chair) `deputy` holds on any day from `on` on.
    pub(super) fn congress_post_from(&self, deputy: DeputyId, on: NaiveDate) -> Option<Post> {
        [Post::Chair, Post::ViceChair].into_iter().find(|p| {
            self.reaching(*p, on)
                .any(|t| t.holder.deputy() == Some(deputy))
        })
    }

    /// The most deputies matching `filter` occupying a seat (awaiting confirmation or holding
    /// a mandate) on any day from `on` on.
    ///
    /// When no status change is dated after `on` (the usual case), that is the deputies
    /// occupying a seat now, at most the quota; otherwise one sweep over each deputy's seat
    /// span, however long their histories.
    pub(super) fn peak_seats_from(&self, on: NaiveDate, filter: impl Fn(&Deputy) -> bool) -> usize {
        if self.current.covers(on) {
            return self
                .current
                .occupying()
                .filter(|d| self.deputies.get(d).is_some_and(&filter))
                .count();
        }
        let spans = self
            .deputies
            .values()
            .filter(|d| filter(d))
            .filter_map(Deputy::seat_span);
        peak_from(on, spans)
    }
}

/// A vote count against its threshold over `base`.
pub(super) fn check_votes(
    what: &'static str,
    got: u32,
    base: u32,
    rule: &Rule<Threshold>,
) -> Result<(), RosterError> {
    if got > base {
        return Err(RosterError::VotesExceedBase { what, got, base });
    }
    let needed = rule.value.required(base);
    if got < needed {
        return Err(RosterError::TooFewVotes {
            what,
            needed,
            got,
            short: needed - got,
            base,
            citation: rule.citation.clone(),
        });
    }
    Ok(())
}
