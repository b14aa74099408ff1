//! State-machine tests, one per lifecycle: random commands by random actors against a naive
//! model of a bill, a suggestion, an interpellation and a recall motion in a township of 20
//! deputies whose first session sits. The model predicts each refusal (the engine must refuse
//! and leave the ledger byte-identical) and each outcome; the record replays at the end.

mod common;
mod proposal_fixtures;

use std::collections::{BTreeMap, BTreeSet};

use common::{S1, Town, deputy, presidium, snapshot, staff, unit, who};
use proposal_fixtures::{bill, interpellation, p, recall, suggestion};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest, prop_state_machine};
use township_congress::ids::{DecisionId, MeetingId};
use township_congress::presidium::{AnswerMode, Choice, PresidiumCommand, PresidiumDecision};
use township_congress::proposal::{ProposalCommand, Rating};
use township_congress::roster::Post;
use township_congress::session::{SessionCommand, Subject};
use township_congress::{Actor, Command, Error, Ledger, Recorded};

const DEPUTIES: u32 = 20;
const MEETING: MeetingId = MeetingId::from_u128(1);

/// The system under test: a town whose first session sits, with a presidium meeting open
/// (deputies 1 to 9 present), and the count of motions put.
struct Sut {
    town: Town,
    motions: u128,
}

impl Sut {
    fn new() -> Self {
        let mut town = Town::with_deputies(DEPUTIES)
            .chair(1)
            .vice_chairs(&[2])
            .units(3)
            .first_session_open();
        town.meeting(MEETING, 1, 1..=9);
        Self { town, motions: 0 }
    }

    fn exec(&mut self, actor: Actor, command: impl Into<Command>) -> Result<Recorded, Error> {
        self.town.exec(actor, command).cloned()
    }

    /// The presidium puts a motion; if accepted, all nine vote for it and the chair closes.
    fn decide(&mut self, motion: PresidiumDecision) -> Result<Recorded, Error> {
        self.motions += 1;
        let decision = DecisionId::from_u128(self.motions);
        self.exec(
            deputy(1),
            PresidiumCommand::PutMotion {
                meeting: MEETING,
                decision,
                motion,
            },
        )?;
        for n in 1..=9 {
            self.town.ok(
                deputy(n),
                PresidiumCommand::CastVote {
                    decision,
                    choice: Choice::For,
                },
            );
        }
        self.exec(deputy(1), PresidiumCommand::CloseVote { decision })
    }

    /// Runs a step the model judged: refused means nothing changed.
    fn check(
        &mut self,
        step: &dyn std::fmt::Debug,
        expect_ok: bool,
        run: impl FnOnce(&mut Self) -> Result<Recorded, Error>,
    ) {
        let before = snapshot(&self.town.ledger);
        match (expect_ok, run(self)) {
            (true, Ok(_)) => {}
            (true, Err(e)) => panic!("{step:?} should have been accepted, refused: {e}"),
            (false, Ok(r)) => panic!("{step:?} should have been refused, recorded {r:?}"),
            (false, Err(_)) => assert_eq!(
                snapshot(&self.town.ledger),
                before,
                "{step:?} was refused but changed the ledger"
            ),
        }
    }

    fn replays(&self) {
        let replayed = Ledger::replay(self.town.ledger.rules().clone(), self.town.ledger.events())
            .expect("the record replays");
        assert_eq!(snapshot(&replayed), snapshot(&self.town.ledger));
    }
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 48,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- bills

#[derive(Debug, Clone)]
enum BillStep {
    Sign(u32),
    Submit(u32),
    List(bool),
    Put,
    Vote(u32),
    Close,
    Request(u32),
    Consent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BillStage {
    Draft,
    Submitted,
    Listed,
    NotListed,
    Withdrawn,
    Voted,
}

#[derive(Debug, Clone)]
struct BillModel {
    stage: BillStage,
    signers: BTreeSet<u32>,
    requested: bool,
    put: bool,
    voters: BTreeSet<u32>,
    expect: bool,
    adopted: Option<bool>,
}

struct BillMachine;

impl ReferenceStateMachine for BillMachine {
    type State = BillModel;
    type Transition = BillStep;

    fn init_state() -> BoxedStrategy<BillModel> {
        let model = BillModel {
            stage: BillStage::Draft,
            signers: [10].into(),
            requested: false,
            put: false,
            voters: BTreeSet::new(),
            expect: true,
            adopted: None,
        };
        Just(model).boxed()
    }

    /// Biased towards the next lawful step, with wrong actors and wrong steps mixed in.
    fn transitions(m: &BillModel) -> BoxedStrategy<BillStep> {
        let drafting = u32::from(m.stage == BillStage::Draft);
        let listed = u32::from(m.stage == BillStage::Listed);
        prop_oneof![
            1 + 8 * drafting => (1..=DEPUTIES + 2).prop_map(BillStep::Sign),
            2 => prop_oneof![Just(10), Just(11), Just(21)].prop_map(BillStep::Submit),
            1 + 3 * u32::from(m.stage == BillStage::Submitted) => prop_oneof![3 => Just(true), 1 => Just(false)].prop_map(BillStep::List),
            1 + 2 * listed => Just(BillStep::Put),
            1 + 12 * listed => (1..=DEPUTIES).prop_map(BillStep::Vote),
            1 + listed => Just(BillStep::Close),
            1 => prop_oneof![Just(10), Just(12)].prop_map(BillStep::Request),
            1 => Just(BillStep::Consent),
        ]
        .boxed()
    }

    fn apply(mut m: BillModel, step: &BillStep) -> BillModel {
        use BillStage as S;
        let withdrawable = matches!(m.stage, S::Submitted | S::Listed) && m.voters.is_empty();
        m.expect = match *step {
            BillStep::Sign(d) => m.stage == S::Draft && d <= DEPUTIES && m.signers.insert(d),
            BillStep::Submit(d) => {
                m.stage == S::Draft && m.signers.contains(&d) && m.signers.len() >= 5
            }
            BillStep::List(_) => m.stage == S::Submitted,
            BillStep::Put => m.stage == S::Listed && !m.put,
            BillStep::Vote(d) => m.put && m.stage == S::Listed && m.voters.insert(d),
            BillStep::Close => m.put && m.stage == S::Listed,
            BillStep::Request(d) => d == 10 && withdrawable && !m.requested,
            BillStep::Consent => m.requested && withdrawable,
        };
        if m.expect {
            match *step {
                BillStep::Submit(_) => m.stage = S::Submitted,
                BillStep::List(list) => m.stage = if list { S::Listed } else { S::NotListed },
                BillStep::Put => m.put = true,
                BillStep::Close => {
                    m.stage = S::Voted;
                    m.adopted = Some(m.voters.len() >= 11);
                }
                BillStep::Request(_) => m.requested = true,
                BillStep::Consent => m.stage = S::Withdrawn,
                _ => {}
            }
        }
        m
    }
}

impl StateMachineTest for BillMachine {
    type SystemUnderTest = Sut;
    type Reference = BillMachine;

    fn init_test(_: &BillModel) -> Sut {
        let mut sut = Sut::new();
        sut.town.ok(deputy(10), bill(1, S1));
        sut
    }

    fn apply(mut sut: Sut, m: &BillModel, step: BillStep) -> Sut {
        let item = common::item(50);
        sut.check(&step, m.expect, |s| match step {
            BillStep::Sign(d) => s.exec(deputy(d), ProposalCommand::Sign { proposal: p(1) }),
            BillStep::Submit(d) => s.exec(deputy(d), ProposalCommand::Submit { proposal: p(1) }),
            BillStep::List(list) => s.decide(PresidiumDecision::DecideBillListing {
                proposal: p(1),
                list,
            }),
            BillStep::Put => s.exec(
                presidium(),
                SessionCommand::PutItem {
                    session: S1,
                    item,
                    title: "议案".into(),
                    subject: Subject::Bill { proposal: p(1) },
                },
            ),
            BillStep::Vote(d) => s.exec(
                deputy(d),
                SessionCommand::CastVote {
                    session: S1,
                    item,
                    choice: Choice::For,
                },
            ),
            BillStep::Close => s.exec(presidium(), SessionCommand::CloseVote { session: S1, item }),
            BillStep::Request(d) => s.exec(
                deputy(d),
                ProposalCommand::RequestBillWithdrawal { proposal: p(1) },
            ),
            BillStep::Consent => s.exec(
                presidium(),
                ProposalCommand::ConsentToWithdrawal { proposal: p(1) },
            ),
        });
        let status = sut
            .town
            .ledger
            .state()
            .proposals()
            .bill(p(1))
            .map(|b| b.status.clone());
        if let Some(adopted) = m.adopted {
            let got = matches!(
                status,
                Some(township_congress::proposal::BillStatus::Adopted { .. })
            );
            assert_eq!(got, adopted, "{status:?}");
        }
        sut
    }

    fn teardown(sut: Sut, _: BillModel) {
        sut.replays();
    }
}

// ---------------------------------------------------------------- suggestions

#[derive(Debug, Clone)]
enum SuggestionStep {
    HandOver(u32),
    Return(u32),
    Reply(u32, char),
    Rate(u32, Rating),
    Resolve(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SuggestionStage {
    Filed,
    HandedOver,
    Replied,
    Rehandling,
    Closed,
}

#[derive(Debug, Clone)]
struct SuggestionModel {
    stage: SuggestionStage,
    lead: Option<u32>,
    replies: Vec<char>,
    rated: BTreeSet<(u32, usize)>,
    resolved: Option<usize>,
    expect: bool,
}

struct SuggestionMachine;

impl ReferenceStateMachine for SuggestionMachine {
    type State = SuggestionModel;
    type Transition = SuggestionStep;

    fn init_state() -> BoxedStrategy<SuggestionModel> {
        let model = SuggestionModel {
            stage: SuggestionStage::Filed,
            lead: None,
            replies: Vec::new(),
            rated: BTreeSet::new(),
            resolved: None,
            expect: true,
        };
        Just(model).boxed()
    }

    /// Biased towards the next lawful step, by the lead unit or a sponsor most of the time.
    fn transitions(m: &SuggestionModel) -> BoxedStrategy<SuggestionStep> {
        use SuggestionStage as S;
        let class = prop_oneof![Just('A'), Just('B'), Just('C'), Just('D')];
        let rating = prop_oneof![1 => Just(Rating::Satisfied), 1 => Just(Rating::BasicallySatisfied), 2 => Just(Rating::Unsatisfied)];
        let unit = match m.lead {
            Some(u) => prop_oneof![3 => Just(u), 1 => 1..=3_u32].boxed(),
            None => (1..=3_u32).boxed(),
        };
        let awaiting = u32::from(matches!(m.stage, S::HandedOver | S::Rehandling));
        prop_oneof![
            1 + 3 * u32::from(m.stage == S::Filed) => (1..=3_u32).prop_map(SuggestionStep::HandOver),
            1 => unit.clone().prop_map(SuggestionStep::Return),
            1 + 4 * awaiting => (unit.clone(), class).prop_map(|(u, c)| SuggestionStep::Reply(u, c)),
            1 + 4 * u32::from(m.stage == S::Replied) => ((10..=12_u32), rating).prop_map(|(d, r)| SuggestionStep::Rate(d, r)),
            1 => unit.prop_map(SuggestionStep::Resolve),
        ]
        .boxed()
    }

    fn apply(mut m: SuggestionModel, step: &SuggestionStep) -> SuggestionModel {
        use SuggestionStage as S;
        let round = m.replies.len();
        let is_lead = |u| m.lead == Some(u);
        m.expect = match *step {
            SuggestionStep::HandOver(_) => m.stage == S::Filed,
            SuggestionStep::Return(u) => m.stage == S::HandedOver && is_lead(u),
            SuggestionStep::Reply(u, _) => {
                matches!(m.stage, S::HandedOver | S::Rehandling) && is_lead(u)
            }
            SuggestionStep::Rate(d, _) => {
                d <= 11 && round > 0 && m.stage != S::HandedOver && !m.rated.contains(&(d, round))
            }
            SuggestionStep::Resolve(u) => {
                is_lead(u)
                    && m.replies.last().is_some_and(|c| matches!(c, 'B' | 'C'))
                    && m.resolved.is_none_or(|r| r < round)
            }
        };
        if m.expect {
            match *step {
                SuggestionStep::HandOver(u) => {
                    m.stage = S::HandedOver;
                    m.lead = Some(u);
                }
                SuggestionStep::Return(_) => m.stage = S::Filed,
                SuggestionStep::Reply(_, c) => {
                    m.replies.push(c);
                    m.stage = S::Replied;
                }
                SuggestionStep::Rate(d, r) => {
                    m.rated.insert((d, round));
                    if r == Rating::Unsatisfied && m.stage == S::Replied {
                        m.stage = if round < 2 { S::Rehandling } else { S::Closed };
                    }
                }
                SuggestionStep::Resolve(_) => m.resolved = Some(round),
            }
        }
        m
    }
}

impl StateMachineTest for SuggestionMachine {
    type SystemUnderTest = Sut;
    type Reference = SuggestionMachine;

    /// Deputies 10 and 11 file a suggestion jointly; 12 is not a sponsor.
    fn init_test(_: &SuggestionModel) -> Sut {
        let mut sut = Sut::new();
        sut.town.draft_signed(suggestion(1), 10, [11]);
        sut.town.submit_by(deputy(10), p(1));
        sut
    }

    fn apply(mut sut: Sut, m: &SuggestionModel, step: SuggestionStep) -> Sut {
        let lead = |u| Actor::Unit { unit: unit(u) };
        sut.check(&step, m.expect, |s| match step {
            SuggestionStep::HandOver(u) => s.decide(PresidiumDecision::HandOverSuggestions {
                proposals: [p(1)].into(),
                unit: unit(u),
                co_units: BTreeSet::new(),
            }),
            SuggestionStep::Return(u) => s.exec(
                lead(u),
                ProposalCommand::ReturnSuggestion {
                    proposal: p(1),
                    reason: "非本单位职责".into(),
                },
            ),
            SuggestionStep::Reply(u, c) => s.exec(
                lead(u),
                ProposalCommand::ReplySuggestion {
                    proposal: p(1),
                    class: c.to_string(),
                    reply: "答复".into(),
                },
            ),
            SuggestionStep::Rate(d, rating) => s.exec(
                deputy(d),
                ProposalCommand::RateSuggestion {
                    proposal: p(1),
                    rating,
                },
            ),
            SuggestionStep::Resolve(u) => s.exec(
                lead(u),
                ProposalCommand::ResolveFollowUp {
                    proposal: p(1),
                    summary: "已解决".into(),
                },
            ),
        });
        sut
    }

    fn teardown(sut: Sut, _: SuggestionModel) {
        sut.replays();
    }
}

// ---------------------------------------------------------------- interpellations

#[derive(Debug, Clone)]
enum InterpellationStep {
    Sign(u32),
    Submit,
    Decide,
    Answer(bool),
    Rate(u32, bool),
    Withdraw(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InterpellationStage {
    Draft,
    Submitted,
    ModeDecided,
    Answered,
    SecondDue,
    Unresolved,
    Withdrawn,
}

#[derive(Debug, Clone)]
struct InterpellationModel {
    stage: InterpellationStage,
    signers: BTreeSet<u32>,
    answers: usize,
    ratings: BTreeMap<(u32, usize), bool>,
    expect: bool,
}

struct InterpellationMachine;

impl ReferenceStateMachine for InterpellationMachine {
    type State = InterpellationModel;
    type Transition = InterpellationStep;

    fn init_state() -> BoxedStrategy<InterpellationModel> {
        let model = InterpellationModel {
            stage: InterpellationStage::Draft,
            signers: [10].into(),
            answers: 0,
            ratings: BTreeMap::new(),
            expect: true,
        };
        Just(model).boxed()
    }

    /// Biased towards the next lawful step, by the right actor most of the time: unsigned
    /// deputies sign, the signers who have not said so yet rate.
    fn transitions(m: &InterpellationModel) -> BoxedStrategy<InterpellationStep> {
        use InterpellationStage as S;
        let drafting = m.stage == S::Draft;
        let (short, enough) = (
            u32::from(drafting && m.signers.len() < 10),
            u32::from(drafting && m.signers.len() >= 10),
        );
        let answered = u32::from(matches!(m.stage, S::Answered | S::SecondDue));
        let due = u32::from(matches!(m.stage, S::ModeDecided | S::SecondDue));
        let unsigned: Vec<u32> = (3..=DEPUTIES).filter(|d| !m.signers.contains(d)).collect();
        let unrated: Vec<u32> = m
            .signers
            .iter()
            .copied()
            .filter(|d| !m.ratings.contains_key(&(*d, m.answers)))
            .collect();
        let pick = |pool: Vec<u32>| {
            if pool.is_empty() {
                (3..=DEPUTIES).boxed()
            } else {
                prop_oneof![1 => (3..=DEPUTIES).boxed(), 4 => prop::sample::select(pool).boxed()]
                    .boxed()
            }
        };
        prop_oneof![
            1 + 12 * short => pick(unsigned).prop_map(InterpellationStep::Sign),
            1 + 6 * enough => Just(InterpellationStep::Submit),
            1 + 4 * u32::from(m.stage == S::Submitted) => Just(InterpellationStep::Decide),
            1 + 4 * due => prop_oneof![4 => Just(true), 1 => Just(false)].prop_map(InterpellationStep::Answer),
            1 + 12 * answered => (pick(unrated), prop_oneof![1 => Just(true), 2 => Just(false)]).prop_map(|(d, s)| InterpellationStep::Rate(d, s)),
            1 => prop_oneof![Just(10), Just(11)].prop_map(InterpellationStep::Withdraw),
        ]
        .boxed()
    }

    fn apply(mut m: InterpellationModel, step: &InterpellationStep) -> InterpellationModel {
        use InterpellationStage as S;
        let round = m.answers;
        m.expect = match *step {
            InterpellationStep::Sign(d) => m.stage == S::Draft && m.signers.insert(d),
            InterpellationStep::Submit => m.stage == S::Draft && m.signers.len() >= 10,
            InterpellationStep::Decide => m.stage == S::Submitted,
            InterpellationStep::Answer(by_government) => {
                by_government && matches!(m.stage, S::ModeDecided | S::SecondDue)
            }
            InterpellationStep::Rate(d, _) => {
                matches!(m.stage, S::Answered | S::SecondDue | S::Unresolved)
                    && round > 0
                    && m.signers.contains(&d)
                    && !m.ratings.contains_key(&(d, round))
            }
            InterpellationStep::Withdraw(d) => {
                d == 10 && matches!(m.stage, S::Draft | S::Submitted | S::ModeDecided)
            }
        };
        if m.expect {
            match *step {
                InterpellationStep::Submit => m.stage = S::Submitted,
                InterpellationStep::Decide => m.stage = S::ModeDecided,
                InterpellationStep::Answer(_) => {
                    m.answers += 1;
                    m.stage = S::Answered;
                }
                InterpellationStep::Rate(d, satisfied) => {
                    m.ratings.insert((d, round), satisfied);
                    let unsatisfied = m
                        .ratings
                        .iter()
                        .filter(|((_, r), s)| *r == round && !**s)
                        .count();
                    if m.stage == S::Answered && 2 * unsatisfied >= m.signers.len() {
                        m.stage = if round < 2 {
                            S::SecondDue
                        } else {
                            S::Unresolved
                        };
                    }
                }
                InterpellationStep::Withdraw(_) => m.stage = S::Withdrawn,
                InterpellationStep::Sign(_) => {}
            }
        }
        m
    }
}

impl StateMachineTest for InterpellationMachine {
    type SystemUnderTest = Sut;
    type Reference = InterpellationMachine;

    fn init_test(_: &InterpellationModel) -> Sut {
        let mut sut = Sut::new();
        sut.town.ok(deputy(10), interpellation(1, S1));
        sut
    }

    fn apply(mut sut: Sut, m: &InterpellationModel, step: InterpellationStep) -> Sut {
        sut.check(&step, m.expect, |s| match step {
            InterpellationStep::Sign(d) => {
                s.exec(deputy(d), ProposalCommand::Sign { proposal: p(1) })
            }
            InterpellationStep::Submit => {
                s.exec(staff(), ProposalCommand::Submit { proposal: p(1) })
            }
            InterpellationStep::Decide => s.decide(PresidiumDecision::DecideInterpellationAnswer {
                proposal: p(1),
                answer: AnswerMode::OralAtPlenary,
            }),
            InterpellationStep::Answer(by_government) => {
                let actor = if by_government {
                    Actor::Government {}
                } else {
                    Actor::Unit { unit: unit(1) }
                };
                s.exec(
                    actor,
                    ProposalCommand::AnswerInterpellation {
                        proposal: p(1),
                        head: "镇长".into(),
                        answer: "答复".into(),
                    },
                )
            }
            InterpellationStep::Rate(d, satisfied) => s.exec(
                deputy(d),
                ProposalCommand::RateAnswer {
                    proposal: p(1),
                    satisfied,
                },
            ),
            InterpellationStep::Withdraw(d) => s.exec(
                deputy(d),
                ProposalCommand::WithdrawInterpellation { proposal: p(1) },
            ),
        });
        sut
    }

    fn teardown(sut: Sut, _: InterpellationModel) {
        sut.replays();
    }
}

// ---------------------------------------------------------------- recall

#[derive(Debug, Clone)]
enum RecallStep {
    Sign(u32),
    Submit,
    Put(bool),
    Defend(u32),
    Count(bool, u32, u32, u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RecallStage {
    Draft,
    Submitted,
    PutToVote,
    Passed,
    Failed,
}

#[derive(Debug, Clone)]
struct RecallModel {
    stage: RecallStage,
    signers: BTreeSet<u32>,
    expect: bool,
}

struct RecallMachine;

impl ReferenceStateMachine for RecallMachine {
    type State = RecallModel;
    type Transition = RecallStep;

    fn init_state() -> BoxedStrategy<RecallModel> {
        Just(RecallModel {
            stage: RecallStage::Draft,
            signers: [10].into(),
            expect: true,
        })
        .boxed()
    }

    /// Biased towards the next lawful step; counts around the majority of 20 (11).
    fn transitions(m: &RecallModel) -> BoxedStrategy<RecallStep> {
        let voting = u32::from(m.stage == RecallStage::PutToVote);
        let lawful = (9..=13_u32, 0..=3_u32).prop_map(|(yes, abstain)| {
            RecallStep::Count(true, 20, yes, 20 - yes - abstain, abstain)
        });
        let any_count = (any::<bool>(), 0..=22_u32, 0..=20_u32, 0..=20_u32, 0..=3_u32)
            .prop_map(|(s, r, f, a, b)| RecallStep::Count(s, r, f, a, b));
        prop_oneof![
            1 + 4 * u32::from(m.stage == RecallStage::Draft) => (3..=DEPUTIES).prop_map(RecallStep::Sign),
            2 => Just(RecallStep::Submit),
            1 + 2 * u32::from(m.stage == RecallStage::Submitted) => prop_oneof![3 => Just(true), 1 => Just(false)].prop_map(RecallStep::Put),
            1 => prop_oneof![Just(2), Just(3)].prop_map(RecallStep::Defend),
            1 + 3 * voting => lawful,
            1 + voting => any_count,
        ]
        .boxed()
    }

    fn apply(mut m: RecallModel, step: &RecallStep) -> RecallModel {
        use RecallStage as S;
        m.expect = match *step {
            RecallStep::Sign(d) => m.stage == S::Draft && m.signers.insert(d),
            RecallStep::Submit => m.stage == S::Draft && m.signers.len() >= 4,
            RecallStep::Put(by_presidium) => by_presidium && m.stage == S::Submitted,
            RecallStep::Defend(d) => d == 2 && matches!(m.stage, S::Submitted | S::PutToVote),
            RecallStep::Count(by_staff, returned, yes, no, abstain) => {
                by_staff
                    && m.stage == S::PutToVote
                    && (returned > DEPUTIES || yes + no + abstain == returned)
            }
        };
        if m.expect {
            match *step {
                RecallStep::Submit => m.stage = S::Submitted,
                RecallStep::Put(_) => m.stage = S::PutToVote,
                RecallStep::Count(_, returned, yes, ..) if returned <= DEPUTIES => {
                    m.stage = if yes >= 11 { S::Passed } else { S::Failed };
                }
                _ => {}
            }
        }
        m
    }
}

impl StateMachineTest for RecallMachine {
    type SystemUnderTest = Sut;
    type Reference = RecallMachine;

    fn init_test(_: &RecallModel) -> Sut {
        let mut sut = Sut::new();
        sut.town
            .ok(deputy(10), recall(1, S1, Post::ViceChair, who(2)));
        sut
    }

    fn apply(mut sut: Sut, m: &RecallModel, step: RecallStep) -> Sut {
        sut.check(&step, m.expect, |s| match step {
            RecallStep::Sign(d) => s.exec(deputy(d), ProposalCommand::Sign { proposal: p(1) }),
            RecallStep::Submit => s.exec(deputy(10), ProposalCommand::Submit { proposal: p(1) }),
            RecallStep::Put(by_presidium) => {
                let actor = if by_presidium { presidium() } else { deputy(1) };
                s.exec(actor, ProposalCommand::PutRecallToVote { proposal: p(1) })
            }
            RecallStep::Defend(d) => s.exec(
                deputy(d),
                ProposalCommand::RecordDefence {
                    proposal: p(1),
                    forum: township_congress::proposal::DefenceForum::Written,
                    summary: "申辩".into(),
                },
            ),
            RecallStep::Count(by_staff, returned, yes, no, abstain) => {
                let actor = if by_staff { staff() } else { presidium() };
                s.exec(
                    actor,
                    ProposalCommand::CountRecallBallots {
                        proposal: p(1),
                        ballots_returned: returned,
                        votes_for: yes,
                        votes_against: no,
                        abstentions: abstain,
                    },
                )
            }
        });
        let today = sut.town.today();
        let vacated = sut.town.ledger.roster().vice_chairs_at(today).is_empty();
        assert_eq!(vacated, m.stage == RecallStage::Passed);
        sut
    }

    fn teardown(sut: Sut, _: RecallModel) {
        sut.replays();
    }
}

prop_state_machine! {
    #![proptest_config(config())]

    #[test]
    fn bill_matches_model(sequential 1..40 => BillMachine);

    #[test]
    fn suggestion_matches_model(sequential 1..40 => SuggestionMachine);

    #[test]
    fn interpellation_matches_model(sequential 1..50 => InterpellationMachine);

    #[test]
    fn recall_matches_model(sequential 1..30 => RecallMachine);
}
