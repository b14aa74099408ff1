//! The life of a mandate (代表资格): the credentials review that starts it, suspension, the
//! voters' recall, resignation and termination that end it, and the announcements the law
//! asks for. One check per change, each with its article, and the queries a clerk needs:
//! credentials still to decide, recall requests pending, terminations to announce, deputies
//! whose absences reached the limit, officers with a conflict of posts.

use chrono::NaiveDate;

use super::apply::{check_votes, not_future};
use super::{
    Conflict, Credentials, Deputy, DeputyStatus, EndGround, INCOMPATIBLE, Post, RecallRequest,
    Roster, RosterChange, RosterError, StatusChange, StatusLabel, TerminationGround,
};
use crate::actor::Context;
use crate::ids::{DeputyId, SessionId};
use crate::rulebook::{Citation, Rulebook, count};

/// 选举法2020 第四十七条第二款: the presidium confirms or voids, then publishes the list.
const CREDENTIALS: Citation = Citation::electoral(47, Some(2));
/// 选举法2020 第五十条第一款: voters' written recall request.
const RECALL_REQUEST: Citation = Citation::electoral(50, Some(1));
/// 代表法2025 第六十三条第二款: the congress announces a termination.
const ANNOUNCEMENT: Citation = Citation::deputies(63, Some(2));

/// Checks of the changes to mandates (dispatched from `check_fact`).
impl Roster {
    pub(super) fn check_mandate(
        &self,
        ctx: &Context<'_>,
        change: &RosterChange,
    ) -> Result<(), RosterError> {
        use RosterChange as C;
        let today = ctx.today;
        match change {
            C::ResignationAccepted {
                deputy,
                on,
                votes_for,
            } => self.check_resignation(ctx, *deputy, *on, *votes_for),
            C::RecallRequested {
                deputy,
                requesters,
                on,
            } => self.check_recall_request(ctx, *deputy, *requesters, *on),
            C::RecallDefenceRecorded { deputy, on, .. } => {
                not_future(*on, today)?;
                self.pending_recall(*deputy).map(|_| ())
            }
            C::DeputyRecalled {
                deputy,
                on,
                votes_for,
                voters,
            } => self.check_recall(ctx, *deputy, *on, *votes_for, *voters, true),
            C::RecallRejected {
                deputy,
                on,
                votes_for,
                voters,
            } => self.check_recall(ctx, *deputy, *on, *votes_for, *voters, false),
            C::MandateTerminated { deputy, on, ground } => {
                self.check_termination(ctx, *deputy, *on, *ground)
            }
            C::UnexcusedAbsenceNoted {
                deputy,
                session,
                on,
            } => self.check_absence(today, *deputy, *session, *on),
            C::DeputySuspended { deputy, on, .. } => {
                self.check_status_change(today, *deputy, *on, "is serving", Deputy::is_serving_at)
            }
            C::DeputyReinstated { deputy, on } => {
                self.check_status_change(today, *deputy, *on, "is suspended", |d, on| {
                    matches!(d.status_at(on), Some(DeputyStatus::Suspended {}))
                })
            }
            C::TerminationAnnounced { deputy, on } => self.check_announcement(today, *deputy, *on),
            _ => self.check_credentials(today, change),
        }
    }

    /// The congress accepts a resignation by a majority of all deputies (选举法2020 第五十五条第二款).
    fn check_resignation(
        &self,
        ctx: &Context<'_>,
        deputy: DeputyId,
        on: NaiveDate,
        votes_for: u32,
    ) -> Result<(), RosterError> {
        let held = Deputy::holds_mandate_at;
        self.check_status_change(ctx.today, deputy, on, "holds a mandate", held)?;
        let base = self.all_deputies_count(ctx.rules, on);
        let rule = &ctx.rules.resignation_acceptance;
        check_votes("accepting the resignation", votes_for, base, rule)
    }

    /// Thirty or more voters of the original constituency request a recall in writing
    /// (选民三十人以上联名, 选举法2020 第五十条第一款); one request at a time.
    fn check_recall_request(
        &self,
        ctx: &Context<'_>,
        deputy: DeputyId,
        requesters: u32,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        let held = Deputy::holds_mandate_at;
        self.check_status_change(ctx.today, deputy, on, "holds a mandate", held)?;
        if self.recall_requests.contains_key(&deputy) {
            return Err(RosterError::RecallPending { deputy });
        }
        let rule = &ctx.rules.deputy_recall_requesters_min;
        if requesters < rule.value {
            return Err(RosterError::TooFewRequesters {
                needed: rule.value,
                got: requesters,
                short: rule.value - requesters,
                citation: rule.citation.clone(),
            });
        }
        Ok(())
    }

    /// The recall vote on a pending request: passed with more than half of the constituency's
    /// voters on the roll at the time of the vote (原选区过半数的选民通过, 选举法2020
    /// 第五十三条第一款), or rejected short of it.
    fn check_recall(
        &self,
        ctx: &Context<'_>,
        deputy: DeputyId,
        on: NaiveDate,
        votes_for: u32,
        voters: u32,
        passed: bool,
    ) -> Result<(), RosterError> {
        let request = self.pending_recall(deputy)?;
        if on < request.on {
            return Err(RosterError::OutOfOrder {
                on,
                last: request.on,
            });
        }
        if passed {
            let held = Deputy::holds_mandate_at;
            self.check_status_change(ctx.today, deputy, on, "holds a mandate", held)?;
            return check_votes(
                "recalling the deputy",
                votes_for,
                voters,
                &ctx.rules.deputy_recall_voters,
            );
        }
        not_future(on, ctx.today)?;
        let needed = ctx.rules.deputy_recall_voters.value.required(voters);
        if votes_for > voters || votes_for >= needed {
            return Err(RosterError::RecallNotRejected {
                votes_for,
                needed,
                voters,
                citation: ctx.rules.deputy_recall_voters.citation.clone(),
            });
        }
        Ok(())
    }

    /// The pending recall request of `deputy`.
    fn pending_recall(&self, deputy: DeputyId) -> Result<&RecallRequest, RosterError> {
        self.recall_requests
            .get(&deputy)
            .ok_or(RosterError::NoRecallRequest {
                deputy,
                citation: RECALL_REQUEST,
            })
    }

    /// The credentials committee reports a ground of 代表法2025 第六十二条; absences are
    /// counted from the record.
    fn check_termination(
        &self,
        ctx: &Context<'_>,
        deputy: DeputyId,
        on: NaiveDate,
        ground: TerminationGround,
    ) -> Result<(), RosterError> {
        let held = Deputy::holds_mandate_at;
        self.check_status_change(ctx.today, deputy, on, "holds a mandate", held)?;
        if ground == TerminationGround::UnexcusedAbsences {
            let rule = &ctx.rules.absences_for_termination;
            let got = self.unexcused_absences(deputy);
            if got < rule.value {
                return Err(RosterError::TooFewAbsences {
                    deputy,
                    needed: rule.value,
                    got,
                    citation: rule.citation.clone(),
                });
            }
        }
        Ok(())
    }

    /// A session missed without leave counts once, for a deputy who held a mandate that day
    /// (代表法2025 第六十二条第三项).
    fn check_absence(
        &self,
        today: NaiveDate,
        deputy: DeputyId,
        session: SessionId,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        let d = self
            .deputies
            .get(&deputy)
            .ok_or(RosterError::UnknownDeputy { deputy })?;
        if !d.holds_mandate_at(on) {
            return Err(RosterError::WrongStatus {
                deputy,
                on,
                status: StatusLabel(d.status_at(on)),
                needs: "holds a mandate",
            });
        }
        let noted = self.unexcused_absences.get(&deputy);
        if noted.is_some_and(|s| s.contains(&session)) {
            return Err(RosterError::AbsenceAlreadyNoted { deputy, session });
        }
        Ok(())
    }

    /// The congress announces a termination once (代表法2025 第六十三条第二款): a mandate
    /// ended on a ground the credentials committee reports, or by an accepted resignation.
    fn check_announcement(
        &self,
        today: NaiveDate,
        deputy: DeputyId,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        not_future(on, today)?;
        let d = self
            .deputies
            .get(&deputy)
            .ok_or(RosterError::UnknownDeputy { deputy })?;
        let ended = d.history.last().filter(|c| c.on <= on);
        if !matches!(ended.map(|c| c.status), Some(DeputyStatus::Ended { .. })) {
            return Err(RosterError::WrongStatus {
                deputy,
                on,
                status: StatusLabel(d.status_at(on)),
                needs: "no longer holds a mandate",
            });
        }
        if self.announced.contains(&deputy) {
            return Err(RosterError::AlreadyAnnounced {
                deputy,
                citation: ANNOUNCEMENT,
            });
        }
        Ok(())
    }

    /// The credentials review (选举法2020 第四十七条): the committee reports once per deputy
    /// elected; the presidium confirms those found valid and voids those found void; the list
    /// is published once every deputy of the general election has a decision.
    fn check_credentials(
        &self,
        today: NaiveDate,
        change: &RosterChange,
    ) -> Result<(), RosterError> {
        use RosterChange as C;
        match change {
            C::CredentialsReviewed { valid, void, on } => {
                not_future(*on, today)?;
                for d in valid.iter().chain(void) {
                    self.check_reviewable(*d, valid.contains(d) && void.contains(d))?;
                }
                Ok(())
            }
            C::CredentialsConfirmed { deputies, on } => {
                not_future(*on, today)?;
                deputies
                    .iter()
                    .try_for_each(|d| self.check_decidable(*d, true, *on))
            }
            C::ElectionVoided { deputy, on } => {
                not_future(*on, today)?;
                self.check_decidable(*deputy, false, *on)
            }
            C::DeputyListPublished { on } => {
                not_future(*on, today)?;
                self.check_list(*on)
            }
            _ => Ok(()),
        }
    }

    /// A deputy elected and not yet reviewed, listed once.
    fn check_reviewable(&self, deputy: DeputyId, twice: bool) -> Result<(), RosterError> {
        if !self.deputies.contains_key(&deputy) {
            return Err(RosterError::UnknownDeputy { deputy });
        }
        let reviewed = self.credentials.get(&deputy).and_then(|c| c.reviewed);
        if twice || reviewed.is_some() {
            return Err(RosterError::CredentialsAlreadyReviewed {
                deputy,
                citation: CREDENTIALS,
            });
        }
        Ok(())
    }

    /// The presidium decides as the committee found (`valid`), once, on or after the report.
    fn check_decidable(
        &self,
        deputy: DeputyId,
        valid: bool,
        on: NaiveDate,
    ) -> Result<(), RosterError> {
        let c = self.credentials.get(&deputy);
        let Some((found, reported)) = c.and_then(|c| c.reviewed) else {
            return Err(RosterError::CredentialsNotReviewed {
                deputy,
                citation: CREDENTIALS,
            });
        };
        if found != valid {
            return Err(RosterError::CredentialsFinding {
                deputy,
                found_valid: found,
                citation: CREDENTIALS,
            });
        }
        if on < reported {
            return Err(RosterError::OutOfOrder { on, last: reported });
        }
        // Not before the election: a deputy's history stays in date order.
        if let Some(elected) = self.deputy(deputy).and_then(|d| d.history.last())
            && on < elected.on
        {
            return Err(RosterError::OutOfOrder {
                on,
                last: elected.on,
            });
        }
        let decided = c.is_some_and(|c| c.confirmed.is_some())
            || self
                .deputy(deputy)
                .is_some_and(|d| d.status_at(on) == Some(DeputyStatus::Voided {}));
        if decided {
            return Err(RosterError::CredentialsAlreadyReviewed {
                deputy,
                citation: CREDENTIALS,
            });
        }
        Ok(())
    }

    /// The list is published once, when every deputy of the general election has a decision
    /// (在每届人民代表大会第一次会议前公布代表名单).
    fn check_list(&self, on: NaiveDate) -> Result<(), RosterError> {
        self.open_term()?;
        if self.list_published.is_some() {
            return Err(RosterError::ListAlreadyPublished {
                citation: CREDENTIALS,
            });
        }
        let undecided = self
            .credentials_undecided(on)
            .into_iter()
            .filter(|d| self.deputy(*d).is_some_and(|d| !d.by_election))
            .count();
        if undecided > 0 {
            return Err(RosterError::CredentialsUndecided {
                undecided: count(undecided),
                citation: CREDENTIALS,
            });
        }
        Ok(())
    }
}

/// Commits of the changes to mandates.
impl Roster {
    pub(super) fn commit_mandate(&mut self, change: &RosterChange) {
        use RosterChange as C;
        match change {
            C::ResignationAccepted { deputy, on, .. } => {
                self.end_mandate(*deputy, *on, EndGround::ResignationAccepted);
            }
            C::DeputyRecalled { deputy, on, .. } => {
                self.recall_requests.remove(deputy);
                self.end_mandate(*deputy, *on, EndGround::Recalled);
            }
            C::RecallRejected { deputy, .. } => {
                self.recall_requests.remove(deputy);
            }
            C::RecallRequested {
                deputy,
                requesters,
                on,
            } => {
                let request = RecallRequest {
                    on: *on,
                    requesters: *requesters,
                    defence: None,
                };
                self.recall_requests.insert(*deputy, request);
            }
            C::RecallDefenceRecorded {
                deputy,
                in_writing,
                on,
            } => {
                if let Some(r) = self.recall_requests.get_mut(deputy) {
                    r.defence = Some((*on, *in_writing));
                }
            }
            C::MandateTerminated { deputy, on, ground } => {
                self.end_mandate(*deputy, *on, (*ground).into());
            }
            C::UnexcusedAbsenceNoted {
                deputy, session, ..
            } => {
                self.unexcused_absences
                    .entry(*deputy)
                    .or_default()
                    .insert(*session);
            }
            C::DeputySuspended { deputy, on, .. } => {
                self.push_status(*deputy, *on, DeputyStatus::Suspended {});
            }
            C::DeputyReinstated { deputy, on } => {
                self.push_status(*deputy, *on, DeputyStatus::Serving {});
            }
            C::TerminationAnnounced { deputy, .. } => {
                self.announced.insert(*deputy);
            }
            other => self.commit_credentials(other),
        }
    }

    fn commit_credentials(&mut self, change: &RosterChange) {
        use RosterChange as C;
        match change {
            C::CredentialsReviewed { valid, void, on } => {
                for (d, found) in valid
                    .iter()
                    .map(|d| (d, true))
                    .chain(void.iter().map(|d| (d, false)))
                {
                    self.credentials.entry(*d).or_insert(Credentials {
                        reviewed: None,
                        confirmed: None,
                    });
                    if let Some(c) = self.credentials.get_mut(d) {
                        c.reviewed = Some((found, *on));
                    }
                }
            }
            C::CredentialsConfirmed { deputies, on } => {
                for d in deputies {
                    if let Some(c) = self.credentials.get_mut(d) {
                        c.confirmed = Some(*on);
                    }
                    let pending = self
                        .deputy(*d)
                        .and_then(|x| x.history.last())
                        .map(|c| c.status);
                    if pending == Some(DeputyStatus::Pending {}) {
                        self.push_status(*d, *on, DeputyStatus::Serving {});
                    }
                }
            }
            C::ElectionVoided { deputy, on } => {
                // Void from the start: the history keeps the election and ends with the
                // finding, and `status_at` reads it back to election day.
                if let Some(d) = self.deputies.get_mut(deputy) {
                    d.history.push(StatusChange {
                        on: *on,
                        status: DeputyStatus::Voided {},
                    });
                }
                self.current.set(*deputy, *on, DeputyStatus::Voided {});
            }
            C::DeputyListPublished { on } => self.list_published = Some(*on),
            _ => {}
        }
    }
}

/// Queries about mandates.
impl Roster {
    /// The credentials review of a deputy, once the committee reported on it.
    #[must_use]
    pub fn credentials(&self, deputy: DeputyId) -> Option<&Credentials> {
        self.credentials.get(&deputy)
    }

    /// Deputies elected by `date` whose credentials the presidium has not yet confirmed or
    /// voided (待确认代表资格), in id order.
    #[must_use]
    pub fn credentials_undecided(&self, date: NaiveDate) -> Vec<DeputyId> {
        self.deputies
            .values()
            .filter(|d| d.history.first().is_some_and(|c| c.on <= date))
            .filter(|d| d.status_at(date) != Some(DeputyStatus::Voided {}))
            .filter(|d| {
                self.credentials
                    .get(&d.id)
                    .is_none_or(|c| c.confirmed.is_none())
            })
            .map(|d| d.id)
            .collect()
    }

    /// The day the list of the term's deputies was published (公布代表名单), once it was.
    #[must_use]
    pub const fn list_published(&self) -> Option<NaiveDate> {
        self.list_published
    }

    /// The recall request pending against a deputy, if any (罢免要求).
    #[must_use]
    pub fn recall_request(&self, deputy: DeputyId) -> Option<&RecallRequest> {
        self.recall_requests.get(&deputy)
    }

    /// Deputies whose mandate ended on a ground the congress announces and whose termination
    /// it has not announced yet (待公告, 代表法2025 第六十三条第二款), in id order.
    #[must_use]
    pub fn terminations_to_announce(&self) -> Vec<DeputyId> {
        self.deputies
            .values()
            .filter(|d| {
                matches!(
                    d.history.last().map(|c| c.status),
                    Some(DeputyStatus::Ended { ground }) if ground != EndGround::Recalled
                )
            })
            .filter(|d| !self.announced.contains(&d.id))
            .map(|d| d.id)
            .collect()
    }

    /// Deputies holding a mandate on `date` who missed the rulebook's number of sessions
    /// without leave (未经批准两次不出席), with the sessions missed: the credentials committee
    /// reports their termination (代表法2025 第六十二条第三项).
    #[must_use]
    pub fn absences_reaching(
        &self,
        rules: &Rulebook,
        date: NaiveDate,
    ) -> Vec<(DeputyId, Vec<SessionId>)> {
        let limit = rules.absences_for_termination.value;
        self.unexcused_absences
            .iter()
            .filter(|(d, missed)| {
                count(missed.len()) >= limit
                    && self.deputy(**d).is_some_and(|x| x.holds_mandate_at(date))
            })
            .map(|(d, missed)| (*d, missed.iter().copied().collect()))
            .collect()
    }

    /// Chairs and vice-chairs who hold an administrative post on `date` (职务冲突): each must
    /// resign one of the two (组织法2022 第十八条第二款), and until then does not act as chair or
    /// vice-chair.
    #[must_use]
    pub fn conflicts_at(&self, date: NaiveDate) -> Vec<Conflict> {
        // The chairs and vice-chairs on `date`, in the order their tenures were recorded.
        let mut at: Vec<usize> = [Post::Chair, Post::ViceChair]
            .into_iter()
            .flat_map(|post| self.tenure_spans.reaching(post, date))
            .collect();
        at.sort_unstable();
        let officers = at
            .into_iter()
            .filter_map(|k| self.tenures.get(k))
            .filter(|t| t.covers(date));
        officers
            .filter_map(|t| {
                let deputy = t.holder.deputy()?;
                let administrative: Vec<String> = self
                    .administrative_posts_at(deputy, date)
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                (!administrative.is_empty()).then_some(Conflict {
                    deputy,
                    post: t.post,
                    administrative,
                    citation: INCOMPATIBLE,
                })
            })
            .collect()
    }

    /// Whether `deputy` holds `post` (chair or vice-chair) on `date` and may act in it: serving
    /// and free of a conflict of posts.
    #[must_use]
    pub fn acts_as(&self, deputy: DeputyId, post: Post, date: NaiveDate) -> bool {
        let holds = match post {
            Post::Chair => self.chair_at(date) == Some(deputy),
            Post::ViceChair => self.vice_chairs_at(date).contains(&deputy),
            Post::TownshipHead | Post::DeputyHead => false,
        };
        holds && self.is_serving(deputy, date) && !self.holds_administrative_post_at(deputy, date)
    }
}
