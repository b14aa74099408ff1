//! The one fixture builder of the integration tests: a township built through the public API
//! only, with fixed ids and fixed times, so a scenario shows only the commands it is about.
//!
//! ```ignore
//! let mut t = Town::with_deputies(46).chair(1).vice_chairs(&[2]).first_session_open();
//! t.adopt(S1, 10, Subject::Budget {});            // every present deputy votes for
//! let e = t.refused(Actor::Government {}, close(S1)); // refused, ledger byte-identical
//! ```
#![allow(dead_code)]

pub mod county;

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use township_congress::ids::{
    ConstituencyId, DecisionId, DeputyId, ElectionId, ItemId, MeetingId, SessionId, UnitId,
};
use township_congress::presidium::{
    PresidiumCommand, PresidiumDecision, PresidiumError, PresidiumEvent, Tally,
};
use township_congress::roster::{Officeholder, Post, TownshipKind, UnitKind};
use township_congress::session::{
    Attendance, CandidateTally, Choice, Nominator, PreparationStep, SessionCommand, SessionError,
    Subject, VoteResult,
};
use township_congress::{
    Actor, Command, Envelope, Error, Event, Ledger, Recorded, RosterChange, Rulebook,
};

/// The term's first session, in every town built here.
pub const S1: SessionId = SessionId::from_u128(900);

/// 10:00 in Beijing (02:00 UTC) on a day of 2026.
pub fn at(month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, 2, 0, 0)
        .single()
        .expect("valid time")
}

/// A local date of 2026.
pub fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).expect("valid date")
}

/// Deputy number `n` (1-based).
pub fn dep(n: u32) -> DeputyId {
    DeputyId::from_u128(u128::from(n))
}

/// Deputy `n` as a candidate or officeholder.
pub fn who(n: u32) -> Officeholder {
    Officeholder::Deputy { deputy: dep(n) }
}

/// Deputy `n` acting in person.
pub fn deputy(n: u32) -> Actor {
    Actor::deputy(dep(n))
}

/// Constituency number `n` (1-based).
pub fn con(n: u32) -> ConstituencyId {
    ConstituencyId::from_u128(1000 + u128::from(n))
}

/// Government unit number `n`.
pub fn unit(n: u32) -> UnitId {
    UnitId::from_u128(500 + u128::from(n))
}

/// Agenda item `n`.
pub fn item(n: u32) -> ItemId {
    ItemId::from_u128(u128::from(n))
}

/// Election `n`.
pub fn election(n: u32) -> ElectionId {
    ElectionId::from_u128(700 + u128::from(n))
}

/// Presidium meeting `n`.
pub fn meeting(n: u32) -> MeetingId {
    MeetingId::from_u128(300 + u128::from(n))
}

/// Presidium decision `n`.
pub fn decision(n: u32) -> DecisionId {
    DecisionId::from_u128(400 + u128::from(n))
}

/// Congress staff (the tellers, the clerk).
pub fn staff() -> Actor {
    Actor::Staff {
        name: "王干事".into(),
    }
}

/// The presidium as a body.
pub fn presidium() -> Actor {
    Actor::Presidium {}
}

/// The ledger (its log) and its state as JSON, for byte-for-byte comparisons.
pub fn snapshot(ledger: &Ledger) -> String {
    let log = serde_json::to_string(ledger).expect("serializable");
    let state = serde_json::to_string(ledger.state()).expect("serializable");
    format!("{log}\n{state}")
}

/// A population that allows `n` deputies (选举法2020 第十二条).
fn population_for(n: u32) -> u32 {
    if n < 45 {
        1_500
    } else {
        1_500 * (n - 45) + 1_500
    }
}

/// How to build a town; see [`Town::with_deputies`].
#[derive(Debug, Clone)]
pub struct TownBuilder {
    deputies: u32,
    rules: Rulebook,
    kind: TownshipKind,
    voters: u32,
    population: Option<u32>,
    chair: Option<u32>,
    vice_chairs: Vec<u32>,
    presidium: Vec<u32>,
    units: u32,
    minorities: Vec<String>,
    credentials: bool,
    journal: bool,
}

impl TownBuilder {
    /// Keeps every envelope the town executes, with its outcome: see [`Town::journal`].
    pub fn journaling(mut self) -> Self {
        self.journal = true;
        self
    }

    /// A 民族乡 established for these minorities (组织法2022 第七十条第三款).
    pub fn ethnic(mut self, minorities: &[&str]) -> Self {
        self.kind = TownshipKind::EthnicTownship;
        self.minorities = minorities.iter().map(|m| (*m).to_owned()).collect();
        self
    }

    /// Leaves the deputies' credentials unreviewed and the list unpublished (by default the
    /// committee finds every election valid, the presidium confirms them and publishes the
    /// list on 5 January).
    pub fn without_credentials(mut self) -> Self {
        self.credentials = false;
        self
    }

    /// Under another rulebook (a province's profile).
    pub fn rules(mut self, rules: Rulebook) -> Self {
        self.rules = rules;
        self
    }

    /// A 乡, 民族乡 or 镇 (a 镇 by default).
    pub fn kind(mut self, kind: TownshipKind) -> Self {
        self.kind = kind;
        self
    }

    /// Registered voters in each constituency (1,200 by default).
    pub fn voters(mut self, voters: u32) -> Self {
        self.voters = voters;
        self
    }

    /// The township's population, on which the term's quota was fixed (by default the least
    /// that allows the deputies, 选举法2020 第十二条); some provincial rules depend on it.
    pub fn population(mut self, population: u32) -> Self {
        self.population = Some(population);
        self
    }

    /// Deputy `n` seated as chair, a fact from before the record's first session.
    pub fn chair(mut self, n: u32) -> Self {
        self.chair = Some(n);
        self
    }

    /// Deputies seated as vice-chairs, before the record's first session.
    pub fn vice_chairs(mut self, ns: &[u32]) -> Self {
        self.vice_chairs = ns.to_vec();
        self
    }

    /// The presidium a previous session elected, recorded before the record's first session
    /// (the chair and vice-chairs are members ex officio anyway).
    pub fn presidium(mut self, ns: &[u32]) -> Self {
        self.presidium = ns.to_vec();
        self
    }

    /// Government units 1..=n registered by the government.
    pub fn units(mut self, n: u32) -> Self {
        self.units = n;
        self
    }

    /// The town: the term opened and its deputies elected on 4 January 2026 (three to a
    /// constituency), its officers, presidium and units, all recorded on 5 January.
    pub fn build(self) -> Town {
        let mut town = Town {
            ledger: Ledger::new(self.rules.clone()),
            clock: at(1, 5),
            journal: self.journal.then(Vec::new),
        };
        town.open_term(&self);
        for n in self
            .chair
            .iter()
            .map(|c| (Post::Chair, *c))
            .chain(self.vice_chairs.iter().map(|v| (Post::ViceChair, *v)))
        {
            town.ok(
                presidium(),
                RosterChange::OfficerSeated {
                    post: n.0,
                    holder: who(n.1),
                    on: day(1, 5),
                },
            );
        }
        if !self.presidium.is_empty() {
            let members = self.presidium.iter().copied().map(dep).collect();
            let previous = SessionId::from_u128(1);
            town.ok(
                presidium(),
                PresidiumCommand::RecordMembership {
                    session: previous,
                    members,
                    on: day(1, 5),
                },
            );
        }
        for n in 1..=self.units {
            town.ok(
                Actor::Government {},
                RosterChange::UnitRegistered {
                    unit: unit(n),
                    name: format!("承办单位{n}"),
                    category: UnitKind::Department,
                },
            );
        }
        town
    }

    /// As [`TownBuilder::build`], then the term's first session [`S1`] convened for 15
    /// January, every deputy present, its presidium (the chair, vice-chairs and deputies up to
    /// nine in all) elected and its agenda adopted, and opened: with a preparatory meeting
    /// (where the rulebook has one) before opening, otherwise right after.
    pub fn first_session_open(self) -> Town {
        let n = self.deputies;
        self.first_session_open_with(1..=n)
    }

    /// As [`TownBuilder::first_session_open`], with only the deputies `present` registered
    /// present (the others not registered at all).
    pub fn first_session_open_with(self, present: impl IntoIterator<Item = u32>) -> Town {
        let list: Vec<u32> = (1..=self.deputies.min(9)).collect();
        let mut town = self.first_session_convened(present);
        town.prepare_and_open(S1, &list);
        town
    }

    /// As [`TownBuilder::build`], then the term's first session [`S1`] convened for 15
    /// January and, on that day, the deputies `present` registered present: not opened, its
    /// presidium not elected.
    pub fn first_session_convened(self, present: impl IntoIterator<Item = u32>) -> Town {
        let mut town = self.build();
        town.convene_first(present);
        town
    }
}

/// A township congress term under test: the ledger and the clock (10:00 Beijing time of the
/// current day, until a test moves it).
#[derive(Debug, Clone)]
pub struct Town {
    /// The ledger under test.
    pub ledger: Ledger,
    clock: DateTime<Utc>,
    journal: Option<Vec<Attempt>>,
}

/// An envelope the town executed and what came of it (see [`TownBuilder::journaling`]).
#[derive(Debug, Clone)]
pub struct Attempt {
    /// What was asked.
    pub envelope: Envelope,
    /// The entry recorded, or the refusal.
    pub outcome: Result<Recorded, Error>,
}

impl Town {
    /// A town of `n` deputies, ids 1..=n, under the national statute.
    pub fn with_deputies(n: u32) -> TownBuilder {
        TownBuilder {
            deputies: n,
            rules: Rulebook::NATIONAL,
            kind: TownshipKind::Town,
            voters: 1_200,
            population: None,
            chair: None,
            vice_chairs: Vec::new(),
            presidium: Vec::new(),
            units: 0,
            minorities: Vec::new(),
            credentials: true,
            journal: false,
        }
    }

    fn open_term(&mut self, b: &TownBuilder) {
        let n = b.deputies;
        self.ok(
            Actor::CountyStandingCommittee {},
            RosterChange::TermOpened {
                township: "青山镇".into(),
                township_kind: b.kind,
                number: 8,
                election_completed: day(1, 4),
                population: b.population.unwrap_or_else(|| population_for(n)),
                seats: n,
                uplift: false,
                minorities: b.minorities.clone(),
            },
        );
        for k in 0..n.div_ceil(3) {
            self.ok(
                Actor::ElectionCommittee {},
                RosterChange::ConstituencyDrawn {
                    constituency: con(k + 1),
                    name: format!("第{}选区", k + 1),
                    seats: (n - 3 * k).min(3),
                    voters: b.voters,
                },
            );
        }
        for i in 1..=n {
            self.ok(
                Actor::ElectionCommittee {},
                RosterChange::DeputyElected {
                    deputy: dep(i),
                    name: format!("代表{i}"),
                    constituency: con((i - 1) / 3 + 1),
                    on: day(1, 4),
                    by_election: false,
                },
            );
        }
        if b.credentials {
            let all: std::collections::BTreeSet<DeputyId> = (1..=n).map(dep).collect();
            self.confirm_credentials(all);
            self.ok(
                presidium(),
                RosterChange::DeputyListPublished { on: self.today() },
            );
        }
    }

    /// The credentials committee reports the deputies' elections valid and the presidium
    /// confirms them (选举法2020 第四十七条): from today they serve.
    pub fn confirm_credentials(&mut self, deputies: std::collections::BTreeSet<DeputyId>) {
        let on = self.today();
        self.ok(
            Actor::CredentialsCommittee {},
            RosterChange::CredentialsReviewed {
                valid: deputies.clone(),
                void: std::collections::BTreeSet::new(),
                on,
            },
        );
        self.ok(
            presidium(),
            RosterChange::CredentialsConfirmed { deputies, on },
        );
    }

    /// The current time.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock
    }

    /// The current local date.
    pub fn today(&self) -> NaiveDate {
        self.ledger.rules().local_date(self.clock)
    }

    /// Moves the clock to 10:00 Beijing time on a day of 2026 (never backwards).
    pub fn on(&mut self, month: u32, d: u32) -> &mut Self {
        self.at(at(month, d))
    }

    /// Moves the clock to `when` (never backwards).
    pub fn at(&mut self, when: DateTime<Utc>) -> &mut Self {
        assert!(
            when >= self.clock,
            "the clock never goes backwards: {when} < {}",
            self.clock
        );
        self.clock = when;
        self
    }

    /// Executes a command now (the clock stays where it is until a test moves it).
    pub fn exec(&mut self, actor: Actor, command: impl Into<Command>) -> Result<&Recorded, Error> {
        self.exec_envelope(Envelope::new(actor, self.clock, command.into()))
    }

    /// Executes an envelope as it is (its own time, not the town's clock).
    pub fn exec_envelope(&mut self, envelope: Envelope) -> Result<&Recorded, Error> {
        let Some(journal) = &mut self.journal else {
            return self.ledger.execute(envelope);
        };
        let outcome = self.ledger.execute(envelope.clone()).cloned();
        journal.push(Attempt {
            envelope,
            outcome: outcome.clone(),
        });
        outcome?;
        Ok(self.ledger.events().last().expect("just recorded"))
    }

    /// Every envelope executed since the town was built [journaling](TownBuilder::journaling),
    /// with its outcome, in order (empty when it was not).
    pub fn journal(&self) -> &[Attempt] {
        self.journal.as_deref().unwrap_or_default()
    }

    /// Executes a command that must be accepted, returning its entry.
    #[track_caller]
    pub fn ok(&mut self, actor: Actor, command: impl Into<Command>) -> Recorded {
        let command = command.into();
        match self.exec(actor, command.clone()) {
            Ok(r) => r.clone(),
            Err(e) => panic!("{command:?} refused: {e}"),
        }
    }

    /// Executes a command that must be refused, and checks that the ledger (log and state) is
    /// byte-identical after; returns the refusal.
    #[track_caller]
    pub fn refused(&mut self, actor: Actor, command: impl Into<Command>) -> Error {
        let command = command.into();
        let before = snapshot(&self.ledger);
        let result = self.exec(actor, command.clone()).cloned();
        let error = match result {
            Ok(r) => panic!("{command:?} should have been refused, recorded {r:?}"),
            Err(e) => e,
        };
        assert_eq!(
            snapshot(&self.ledger),
            before,
            "{command:?} was refused but changed the ledger"
        );
        error
    }

    /// Executes an envelope that must be refused (see [`Town::refused`]).
    #[track_caller]
    pub fn refused_envelope(&mut self, envelope: Envelope) -> Error {
        let before = snapshot(&self.ledger);
        let error = match self.exec_envelope(envelope.clone()).cloned() {
            Ok(r) => panic!("{envelope:?} should have been refused, recorded {r:?}"),
            Err(e) => e,
        };
        assert_eq!(
            snapshot(&self.ledger),
            before,
            "{envelope:?} was refused but changed the ledger"
        );
        error
    }

    /// Executes a command that may be accepted or refused, for tests whose expectation is
    /// computed (a loop over cases, a model): a refusal must leave the ledger (log and state)
    /// byte-identical, as [`Town::refused`] checks.
    #[track_caller]
    pub fn attempt(
        &mut self,
        actor: Actor,
        command: impl Into<Command>,
    ) -> Result<Recorded, Error> {
        let command = command.into();
        let before = snapshot(&self.ledger);
        let result = self.exec(actor, command.clone()).cloned();
        if result.is_err() {
            assert_eq!(
                snapshot(&self.ledger),
                before,
                "{command:?} was refused but changed the ledger"
            );
        }
        result
    }

    /// As [`Town::refused`] for a session command, returning the session's refusal (panics
    /// when the refusal comes from elsewhere, e.g. the ledger).
    #[track_caller]
    pub fn refused_session(&mut self, actor: Actor, command: SessionCommand) -> SessionError {
        match self.refused(actor, command) {
            Error::Session(e) => e,
            other => panic!("expected a session refusal, got {other:?}"),
        }
    }

    /// As [`Town::refused`] for a presidium command, returning the presidium's refusal (panics
    /// when the refusal comes from elsewhere).
    #[track_caller]
    pub fn refused_presidium(&mut self, actor: Actor, command: PresidiumCommand) -> PresidiumError {
        match self.refused(actor, command) {
            Error::Presidium(e) => e,
            other => panic!("expected a presidium refusal, got {other:?}"),
        }
    }

    /// Replays the ledger's log under its rulebook and checks the replay reproduces the
    /// ledger byte for byte (log and state); returns the replayed ledger.
    #[track_caller]
    pub fn replayed(&self) -> Ledger {
        let again = Ledger::replay(self.ledger.rules().clone(), self.ledger.events())
            .unwrap_or_else(|e| panic!("the record does not replay: {e}"));
        assert_eq!(snapshot(&again), snapshot(&self.ledger), "replay differs");
        again
    }

    /// Serving deputies today, by number.
    pub fn serving(&self) -> Vec<u32> {
        let today = self.today();
        let serving: BTreeSet<DeputyId> =
            self.ledger.roster().serving_at(today).into_iter().collect();
        self.ledger
            .roster()
            .deputies()
            .filter(|d| serving.contains(&d.id))
            .filter_map(|d| number_of(d.id))
            .collect()
    }
}

/// The number behind a fixture deputy id.
pub fn number_of(id: DeputyId) -> Option<u32> {
    u32::try_from(id.as_uuid().as_u128()).ok()
}

/// Session helpers: attendance, items and roll votes, opening and closing.
impl Town {
    /// Today (5 January for a town just built), the presidium convenes the term's first
    /// session [`S1`] for 15 January, publishes the date and sends the notice and materials;
    /// then the clock moves to 15 January and staff register the deputies `present` (for a
    /// town built with facts of its own before the session; else see
    /// [`TownBuilder::first_session_convened`]).
    pub fn convene_first(&mut self, present: impl IntoIterator<Item = u32>) {
        self.ok(
            presidium(),
            SessionCommand::ConveneFirstSession {
                session: S1,
                opens_on: day(1, 15),
            },
        );
        self.prepare_notice(S1);
        self.on(1, 15);
        self.attend(S1, present);
    }

    /// The presidium publishes `session`'s date and sends the notice and the materials today.
    pub fn prepare_notice(&mut self, session: SessionId) {
        for step in [
            PreparationStep::PublishDate,
            PreparationStep::SendNotice,
            PreparationStep::SendMaterials,
        ] {
            self.ok(presidium(), SessionCommand::Prepare { session, step });
        }
    }

    /// Staff register the deputies present.
    pub fn attend(&mut self, session: SessionId, deputies: impl IntoIterator<Item = u32>) {
        for n in deputies {
            self.ok(
                staff(),
                SessionCommand::RecordAttendance {
                    session,
                    deputy: dep(n),
                    attendance: Attendance::Present,
                },
            );
        }
    }

    /// Registers a deputy's attendance as `attendance`, by the actor the law names.
    pub fn mark(&mut self, session: SessionId, n: u32, attendance: Attendance) {
        let actor = match attendance {
            Attendance::OnLeave => self.leave_approver(),
            _ => staff(),
        };
        self.ok(
            actor,
            SessionCommand::RecordAttendance {
                session,
                deputy: dep(n),
                attendance,
            },
        );
    }

    /// Who approves leave today: the chair, or else a vice-chair, or else (where the rulebook
    /// lets it, as nationally) the presidium.
    fn leave_approver(&self) -> Actor {
        let today = self.today();
        let roster = self.ledger.roster();
        roster
            .chair_at(today)
            .or_else(|| roster.vice_chairs_at(today).first().copied())
            .map_or_else(presidium, Actor::deputy)
    }

    /// The presidium puts an item on the agenda.
    pub fn put(&mut self, session: SessionId, n: u32, subject: Subject) {
        let title = format!("议题{n}");
        self.ok(
            presidium(),
            SessionCommand::PutItem {
                session,
                item: item(n),
                title,
                subject,
            },
        );
    }

    /// Deputies vote on an item.
    pub fn vote(
        &mut self,
        session: SessionId,
        n: u32,
        deputies: impl IntoIterator<Item = u32>,
        choice: Choice,
    ) {
        for d in deputies {
            self.ok(
                deputy(d),
                SessionCommand::CastVote {
                    session,
                    item: item(n),
                    choice,
                },
            );
        }
    }

    /// The presidium closes the vote; returns its result.
    pub fn close_vote(&mut self, session: SessionId, n: u32) -> VoteResult {
        self.ok(
            presidium(),
            SessionCommand::CloseVote {
                session,
                item: item(n),
            },
        );
        self.result(session, n)
    }

    /// The result of a closed vote.
    pub fn result(&self, session: SessionId, n: u32) -> VoteResult {
        let s = self
            .ledger
            .state()
            .sessions()
            .get(session)
            .expect("session");
        s.items
            .get(&item(n))
            .and_then(|i| i.result.clone())
            .expect("a closed vote")
    }

    /// Deputies recorded present and serving today.
    pub fn present(&self, session: SessionId) -> Vec<u32> {
        let s = self
            .ledger
            .state()
            .sessions()
            .get(session)
            .expect("session");
        s.present_at(self.ledger.roster(), self.today())
            .into_iter()
            .filter_map(number_of)
            .collect()
    }

    /// Puts an item, has the deputies `for_` vote for (nobody else votes), and closes the
    /// vote; returns its result, passed or not.
    pub fn vote_on(
        &mut self,
        session: SessionId,
        n: u32,
        subject: Subject,
        for_: impl IntoIterator<Item = u32>,
    ) -> VoteResult {
        self.put(session, n, subject);
        self.vote(session, n, for_, Choice::For);
        self.close_vote(session, n)
    }

    /// Puts an item, has every present deputy vote for, and closes the vote.
    pub fn adopt(&mut self, session: SessionId, n: u32, subject: Subject) -> VoteResult {
        self.put(session, n, subject);
        let present = self.present(session);
        self.vote(session, n, present, Choice::For);
        self.close_vote(session, n)
    }

    /// Elects the session's presidium (the listed deputies) and adopts its agenda (items 1 and
    /// 2), then opens the session — in the order the rulebook's preparatory meeting asks.
    pub fn prepare_and_open(&mut self, session: SessionId, presidium_list: &[u32]) {
        let prep = self.ledger.rules().preparatory_meeting().value;
        if !prep {
            self.open(session);
        }
        self.prepare(session, presidium_list);
        if prep {
            self.open(session);
        }
    }

    /// Elects the session's presidium (item 1, the listed deputies) and adopts its agenda
    /// (item 2), every present deputy voting for; opens nothing. Under a rulebook with a
    /// preparatory meeting this is that meeting; without one, the session must be open first.
    pub fn prepare(&mut self, session: SessionId, presidium_list: &[u32]) {
        let members = presidium_list.iter().copied().map(dep).collect();
        self.adopt(session, 1, Subject::PresidiumElection { members });
        self.adopt(session, 2, Subject::Agenda {});
    }

    /// The presidium opens the session.
    pub fn open(&mut self, session: SessionId) {
        self.ok(presidium(), SessionCommand::OpenSession { session });
    }

    /// The presidium closes the session.
    pub fn close(&mut self, session: SessionId) -> Recorded {
        self.ok(presidium(), SessionCommand::CloseSession { session })
    }

    /// The term's first session [`S1`] closes on 16 January; on 2 March the presidium it
    /// elected (deputies 1..=9; the chair, deputy 1, presiding) decides to convene regular
    /// session `session` for 20 April, with its notice; on that day the deputies `present`
    /// attend and it opens (its presidium 1..=9, agenda adopted). Needs a chair seated.
    pub fn second_session(&mut self, session: SessionId, present: impl IntoIterator<Item = u32>) {
        self.on(1, 16);
        self.close(S1);
        self.on(3, 2);
        let (m, d) = (meeting(900), decision(900));
        self.meeting(m, 1, 1..=7);
        let convene = PresidiumDecision::ConveneSession {
            session,
            opens_on: day(4, 20),
        };
        self.decide(m, 1, d, convene, 1..=7);
        self.close_meeting(m, 1);
        self.prepare_notice(session);
        self.on(4, 20);
        self.attend(session, present);
        self.prepare_and_open(session, &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
}

/// Election helpers.
impl Town {
    /// The presidium calls an election.
    pub fn call(&mut self, session: SessionId, e: ElectionId, post: Post, seats: u32) {
        self.ok(
            presidium(),
            SessionCommand::CallElection {
                session,
                election: e,
                post,
                seats,
                margin: None,
                by_election: false,
            },
        );
    }

    /// The presidium nominates a candidate.
    pub fn nominate(&mut self, session: SessionId, e: ElectionId, candidate: Officeholder) {
        self.ok(
            presidium(),
            SessionCommand::Nominate {
                session,
                election: e,
                candidate,
                nominator: Nominator::Presidium {},
                ethnicity: None,
            },
        );
    }

    /// Deputies `signers` nominate a candidate in writing, recorded by staff.
    pub fn nominate_jointly(
        &mut self,
        session: SessionId,
        e: ElectionId,
        candidate: Officeholder,
        signers: impl IntoIterator<Item = u32>,
    ) {
        let nominator = Nominator::Deputies {
            signers: signers.into_iter().map(dep).collect(),
        };
        self.ok(
            staff(),
            SessionCommand::Nominate {
                session,
                election: e,
                candidate,
                nominator,
                ethnicity: None,
            },
        );
    }

    /// The presidium fixes the nominees as formal candidates.
    pub fn fix(&mut self, session: SessionId, e: ElectionId) {
        self.ok(
            presidium(),
            SessionCommand::FixCandidates {
                session,
                election: e,
            },
        );
    }

    /// The tellers' count, every present deputy returning a ballot; `votes` gives each
    /// candidate's votes for (the rest of the ballots abstain on them).
    pub fn count(
        &mut self,
        session: SessionId,
        e: ElectionId,
        votes: &[(Officeholder, u32)],
    ) -> Recorded {
        let count = self.ballots(session, e, votes);
        self.ok(staff(), count)
    }

    /// The tellers' count that [`Town::count`] records, as a command (to be refused).
    pub fn ballots(
        &self,
        session: SessionId,
        e: ElectionId,
        votes: &[(Officeholder, u32)],
    ) -> SessionCommand {
        let returned = u32::try_from(self.present(session).len()).expect("fits");
        let tallies = votes
            .iter()
            .map(|(c, v)| CandidateTally::new(c.clone(), *v, 0, returned.saturating_sub(*v)))
            .collect();
        SessionCommand::CountBallots {
            session,
            election: e,
            ballots_returned: returned,
            tallies,
            write_ins: Vec::new(),
        }
    }

    /// Elects one candidate to a one-seat post: called, nominated by the presidium, fixed,
    /// and counted with every present deputy for.
    pub fn elect(&mut self, session: SessionId, e: ElectionId, post: Post, holder: Officeholder) {
        self.call(session, e, post, 1);
        self.nominate(session, e, holder.clone());
        self.fix(session, e);
        let present = u32::try_from(self.present(session).len()).expect("fits");
        self.count(session, e, &[(holder, present)]);
    }
}

/// Presidium helpers.
impl Town {
    /// The chair (or the acting vice-chair) convenes a meeting today; the members present
    /// register.
    pub fn meeting(&mut self, m: MeetingId, presider: u32, present: impl IntoIterator<Item = u32>) {
        self.ok(
            deputy(presider),
            PresidiumCommand::ConveneMeeting { meeting: m },
        );
        for n in present {
            self.ok(
                deputy(n),
                PresidiumCommand::RegisterAttendance { meeting: m },
            );
        }
    }

    /// Members register their attendance at a meeting.
    pub fn register(&mut self, m: MeetingId, members: impl IntoIterator<Item = u32>) {
        for n in members {
            self.ok(
                deputy(n),
                PresidiumCommand::RegisterAttendance { meeting: m },
            );
        }
    }

    /// The presider puts a motion to the meeting.
    pub fn motion(
        &mut self,
        m: MeetingId,
        presider: u32,
        d: DecisionId,
        motion: PresidiumDecision,
    ) {
        self.ok(
            deputy(presider),
            PresidiumCommand::PutMotion {
                meeting: m,
                decision: d,
                motion,
            },
        );
    }

    /// Members vote on a motion.
    pub fn cast(&mut self, d: DecisionId, members: impl IntoIterator<Item = u32>, choice: Choice) {
        for n in members {
            self.ok(
                deputy(n),
                PresidiumCommand::CastVote {
                    decision: d,
                    choice,
                },
            );
        }
    }

    /// The presider closes the vote on a motion; returns its tally, adopted or not.
    pub fn close_motion(&mut self, presider: u32, d: DecisionId) -> Tally {
        let r = self.ok(
            deputy(presider),
            PresidiumCommand::CloseVote { decision: d },
        );
        match r.event {
            Event::Presidium(PresidiumEvent::DecisionTaken(d)) => d.tally,
            other => panic!("expected a decision taken, got {other:?}"),
        }
    }

    /// The presider puts a motion, the members `for_` vote for, and the presider closes the
    /// vote; returns the entry of the close.
    pub fn decide(
        &mut self,
        m: MeetingId,
        presider: u32,
        d: DecisionId,
        motion: PresidiumDecision,
        for_: impl IntoIterator<Item = u32>,
    ) -> Recorded {
        self.ok(
            deputy(presider),
            PresidiumCommand::PutMotion {
                meeting: m,
                decision: d,
                motion,
            },
        );
        for n in for_ {
            self.ok(
                deputy(n),
                PresidiumCommand::CastVote {
                    decision: d,
                    choice: Choice::For,
                },
            );
        }
        self.ok(
            deputy(presider),
            PresidiumCommand::CloseVote { decision: d },
        )
    }

    /// The presider closes the meeting.
    pub fn close_meeting(&mut self, m: MeetingId, presider: u32) {
        self.ok(
            deputy(presider),
            PresidiumCommand::CloseMeeting { meeting: m },
        );
    }
}

/// The year of a date, for readability.
pub fn year(d: NaiveDate) -> i32 {
    d.year()
}

// ---- Supervision and deputies' work (issue 9): ids and steps through the public API ----

/// Supervision activity `n`.
pub fn activity(n: u32) -> township_congress::ids::ActivityId {
    township_congress::ids::ActivityId::from_u128(600 + u128::from(n))
}

/// Rectification item `n`.
pub fn rectification(n: u32) -> township_congress::ids::RectificationId {
    township_congress::ids::RectificationId::from_u128(650 + u128::from(n))
}

/// Contact station `n`.
pub fn station(n: u32) -> township_congress::ids::StationId {
    township_congress::ids::StationId::from_u128(800 + u128::from(n))
}

/// Deputy group `n`.
pub fn group(n: u32) -> township_congress::ids::GroupId {
    township_congress::ids::GroupId::from_u128(850 + u128::from(n))
}

/// Duty report `n`.
pub fn duty_report(n: u32) -> township_congress::ids::DutyReportId {
    township_congress::ids::DutyReportId::from_u128(870 + u128::from(n))
}

/// Government unit `n` acting (it must be registered: [`TownBuilder::units`]).
pub fn unit_actor(n: u32) -> Actor {
    Actor::Unit { unit: unit(n) }
}

/// The deputies numbered `ns`, as a set.
pub fn deputies(ns: impl IntoIterator<Item = u32>) -> BTreeSet<DeputyId> {
    ns.into_iter().map(dep).collect()
}

/// Supervision and deputies' work helpers.
impl Town {
    /// The presidium organises activity `a` of `kind` today concerning `units`, it is held
    /// today by the deputies `participants`, and the presidium records its findings and
    /// forwards them to those units: ready for rectification items.
    pub fn activity_delivered(
        &mut self,
        a: township_congress::ids::ActivityId,
        kind: township_congress::supervision::ActivityKind,
        units: &[u32],
        participants: impl IntoIterator<Item = u32>,
    ) {
        use township_congress::supervision::SupervisionCommand as S;
        let units: BTreeSet<UnitId> = units.iter().map(|n| unit(*n)).collect();
        let today = self.today();
        self.ok(
            presidium(),
            S::Organise {
                activity: a,
                activity_kind: kind,
                title: format!("监督活动{a}"),
                units: units.clone(),
                plan_item: None,
            },
        );
        self.ok(
            presidium(),
            S::RecordHeld {
                activity: a,
                on: today,
                participants: deputies(participants),
            },
        );
        self.ok(
            presidium(),
            S::RecordReport {
                activity: a,
                findings: "发现问题若干".into(),
                opinions: vec!["限期整改".into()],
            },
        );
        self.ok(
            presidium(),
            S::DeliverOpinions {
                activity: a,
                to: units,
            },
        );
    }

    /// The presidium raises rectification item `i` of activity `a` for unit `u`, due by
    /// `deadline`.
    pub fn raise(
        &mut self,
        a: township_congress::ids::ActivityId,
        i: township_congress::ids::RectificationId,
        u: u32,
        deadline: NaiveDate,
    ) {
        self.ok(
            presidium(),
            township_congress::supervision::SupervisionCommand::RaiseRectification {
                activity: a,
                item: i,
                unit: unit(u),
                issue: format!("整改事项{i}"),
                deadline,
            },
        );
    }

    /// Unit `u` reports item `i` rectified, the presidium re-inspects and finds it so, and
    /// closes it — all today.
    pub fn follow_to_closure(&mut self, i: township_congress::ids::RectificationId, u: u32) {
        use township_congress::supervision::SupervisionCommand as S;
        self.ok(
            unit_actor(u),
            S::SendFeedback {
                item: i,
                summary: "已整改完毕".into(),
                completed: true,
            },
        );
        self.ok(
            presidium(),
            S::Reinspect {
                item: i,
                rectified: true,
                notes: "复查属实".into(),
            },
        );
        self.ok(presidium(), S::CloseItem { item: i });
    }

    /// The presidium opens contact station `s` in `village` today and assigns the deputies
    /// `ns` to it.
    pub fn open_station(&mut self, s: u32, village: &str, ns: impl IntoIterator<Item = u32>) {
        let today = self.today();
        self.ok(
            presidium(),
            RosterChange::StationOpened {
                station: station(s),
                name: format!("{village}代表联络站"),
                village: village.into(),
                on: today,
            },
        );
        for n in ns {
            self.ok(
                presidium(),
                RosterChange::DeputyAssignedToStation {
                    station: station(s),
                    deputy: dep(n),
                    on: today,
                },
            );
        }
    }
}

// ---- Scoring a county (issue 10): more than one township ----

impl Town {
    /// The same record under another township's name: the term's opening is restated with
    /// `township`, the archive's hash chain recomputed and the log replayed (every rule
    /// checked again), the clock kept. A county's townships are assessed and ranked by name,
    /// and every town built here is 青山镇.
    pub fn renamed(self, township: &str) -> Town {
        let mut log = self.ledger.events().to_vec();
        let mut head = township_congress::ledger::Digest::GENESIS;
        for entry in &mut log {
            if let Event::Roster(RosterChange::TermOpened { township: name, .. }) = &mut entry.event
            {
                *name = township.to_owned();
            }
            entry.digest = entry.chained_digest(&head).expect("canonical");
            head = entry.digest;
        }
        let ledger = Ledger::replay(self.ledger.rules().clone(), &log)
            .unwrap_or_else(|e| panic!("the renamed record does not replay: {e}"));
        Town {
            ledger,
            clock: self.clock,
            journal: None,
        }
    }
}
