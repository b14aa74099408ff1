//! Unit tests of the proposal lifecycles: errors as data (a code per variant, equal to the
//! serde tag; an English and a Chinese sentence with the citation), the vocabulary, and a small
//! ledger run that exercises every lifecycle.

use chrono::NaiveDate;

use super::*;
use crate::actor::Actor;
use crate::label::Words;
use crate::rulebook::Citation;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default()
}

fn at() -> DateTime<Utc> {
    DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default()
}

const PID: ProposalId = ProposalId::from_u128(1);
const SID: SessionId = SessionId::from_u128(2);
const DID: DeputyId = DeputyId::from_u128(3);
const UID: UnitId = UnitId::from_u128(4);
const IID: ItemId = ItemId::from_u128(5);
const QID: InquiryId = InquiryId::from_u128(6);

fn cite() -> Citation {
    Citation::organic(24, Some(1))
}

fn basis() -> Basis {
    Basis::statute(Citation::organic(22, Some(2)))
}

/// One error of every variant, in the order of [`ProposalError::CODES`].
fn samples() -> Vec<ProposalError> {
    use ProposalError as E;
    let (c, b) = (cite(), basis());
    vec![
        E::Forbidden {
            actor: Actor::Government {},
            act: Act::Sign,
            allowed: Role::Deputy,
            citation: c.clone(),
        },
        E::UnknownProposal { proposal: PID },
        E::DuplicateProposal { proposal: PID },
        E::WrongKind {
            proposal: PID,
            expected: ProposalKind::Bill,
            found: ProposalKind::Recall,
        },
        E::IllegalTransition {
            proposal: PID,
            kind: ProposalKind::Suggestion,
            stage: Stage::Filed,
            act: Act::Reply,
            citation: c.clone(),
        },
        E::NotServing {
            deputy: DID,
            on: d(1, 2),
            citation: c.clone(),
        },
        E::AlreadySigned {
            proposal: PID,
            deputy: DID,
        },
        E::TooFewSigners {
            proposal: PID,
            needed: 10,
            got: 9,
            short: 1,
            basis: b.clone(),
        },
        E::EmptyText {
            field: TextField::Grounds,
            citation: c.clone(),
        },
    ]
    .into_iter()
    .chain(samples_sessions())
    .collect()
}

/// The second part of [`samples`].
fn samples_sessions() -> Vec<ProposalError> {
    use ProposalError as E;
    let (c, b) = (cite(), basis());
    vec![
        E::NotInSession {
            session: SID,
            on: d(3, 4),
            citation: c.clone(),
        },
        E::UnknownSession { session: SID },
        E::SessionClosed {
            session: SID,
            citation: c.clone(),
        },
        E::PastBillDeadline {
            session: SID,
            deadline: at(),
            at: at(),
            citation: c.clone(),
        },
        E::DeadlineInPast {
            session: SID,
            deadline: at(),
            at: at(),
        },
        E::UnknownUnit {
            unit: UID,
            citation: c.clone(),
        },
        E::UnitTargetNotAllowed {
            unit: UID,
            basis: b.clone(),
        },
        E::NotInOffice {
            post: Post::ViceChair,
            holder: Officeholder::Deputy { deputy: DID },
            on: d(5, 6),
            citation: c.clone(),
        },
        E::MotionOpen {
            proposal: PID,
            decision: DecisionId::from_u128(7),
        },
        E::BillNotListed {
            proposal: PID,
            session: SID,
            citation: c.clone(),
        },
        E::BillAlreadyOnAgenda {
            proposal: PID,
            item: IID,
        },
        E::BillWithdrawn {
            proposal: PID,
            citation: c.clone(),
        },
        E::VoteUnderWay {
            proposal: PID,
            item: IID,
            citation: c.clone(),
        },
        E::WithdrawalNotRequested {
            proposal: PID,
            citation: c.clone(),
        },
        E::ReportAtSameSession {
            proposal: PID,
            session: SID,
        },
        E::AlreadyRated {
            proposal: PID,
            deputy: DID,
            round: 2,
        },
    ]
    .into_iter()
    .chain(samples_handling())
    .collect::<Vec<_>>()
}

/// The last part of [`samples`].
fn samples_handling() -> Vec<ProposalError> {
    use ProposalError as E;
    let b = basis();
    vec![
        E::UnknownCategory {
            category: "天气".into(),
            basis: b.clone(),
        },
        E::UnknownResultClass {
            class: "Z".into(),
            basis: b.clone(),
        },
    ]
    .into_iter()
    .chain(samples_rest())
    .collect()
}

/// The last part of [`samples`].
fn samples_rest() -> Vec<ProposalError> {
    use ProposalError as E;
    let (c, b) = (cite(), basis());
    vec![
        E::ReturnWindowClosed {
            proposal: PID,
            handed_over_on: d(3, 2),
            last_day: d(3, 11),
            today: d(3, 12),
            basis: b.clone(),
        },
        E::NotASponsor {
            proposal: PID,
            deputy: DID,
            citation: c.clone(),
        },
        E::AlreadyMarked {
            proposal: PID,
            mark: Mark::Priority,
        },
        E::ComplexAfterDeadline {
            proposal: PID,
            due_on: d(8, 15),
            today: d(8, 16),
            citation: c.clone(),
        },
        E::MergeIntoItself { proposal: PID },
        E::AnswerAfterSession {
            proposal: PID,
            session: SID,
            closed_on: d(1, 16),
            last_day: Some(d(4, 16)),
            basis: b.clone(),
        },
        E::QuorumNotMet {
            needed: 35,
            present: 34,
            all_deputies: 52,
            short: 1,
            citation: c.clone(),
        },
        E::BallotsDoNotAddUp {
            returned: 52,
            marked: 51,
        },
        E::NotVoid {
            issued: 52,
            returned: 52,
        },
        E::Mismatch {
            what: Figure::Signers,
            recorded: Box::new(Words::same(1)),
            computed: Box::new(Words::same(2)),
        },
        E::OnlyAsEffect {
            event: "bill_voted",
        },
        E::NotAnEffect { event: "signed" },
        E::CalendarRecorded { year: 2026 },
        E::CalendarDate {
            date: d(1, 1),
            year: 2027,
        },
        E::UnknownInquiry { inquiry: QID },
        E::DuplicateInquiry { inquiry: QID },
        E::InquiryAnswered { inquiry: QID },
        E::ItemNotOpen {
            session: SID,
            item: IID,
            citation: c,
        },
        E::NotPresent {
            deputy: DID,
            session: SID,
        },
    ]
}

#[test]
fn every_variant_has_its_code_its_wire_tag_and_both_sentences() {
    let rendered: Vec<_> = samples()
        .iter()
        .map(|e| {
            let value = serde_json::to_value(e).unwrap_or_default();
            let citation = e.citation().map(ToString::to_string);
            (e.code(), value, e.to_string(), e.zh().to_string(), citation)
        })
        .collect();
    crate::testing::check_error_samples(ProposalError::CODES, "proposal.", &rendered);
}

#[test]
fn a_tampered_figure_reads_in_words() {
    let signers: BTreeSet<DeputyId> = [DID].into_iter().collect();
    let Err(e) = mismatch(Figure::Signers, &signers, &BTreeSet::new()) else {
        panic!("no mismatch");
    };
    let (en, zh) = (e.to_string(), e.zh().to_string());
    assert!(!en.contains('[') && !en.contains('"'), "{en}");
    assert!(
        en.contains("1 deputies: 00000000-0000-0000-0000-000000000003"),
        "{en}"
    );
    assert!(
        zh.contains("代表1名：00000000-0000-0000-0000-000000000003"),
        "{zh}"
    );
    assert!(zh.ends_with("按记录应为无"), "{zh}");
}

#[test]
fn the_vocabulary_reads_in_both_languages() {
    assert_eq!(
        Power::ConstructionPlans.citation().to_string(),
        "组织法2022 第十二条第一款第三项"
    );
    assert_eq!(
        Power::WomensRights.citation().to_string(),
        "组织法2022 第十二条第一款第十四项"
    );
    assert!(DefenceForum::Written.circulated() && !DefenceForum::Plenary.circulated());
    assert_eq!(Stage::SecondAnswerDue.label_zh(), "须再作答复");
    assert_eq!(ProposalKind::Recall.to_string(), "recall motion");
    assert_eq!(Role::LeadUnit.label_zh(), "主办单位");
    let event = ProposalEvent::BillVoted {
        proposal: ProposalId::from_u128(1),
        session: SessionId::from_u128(2),
        item: ItemId::from_u128(3),
        adopted: true,
    };
    assert!(event.is_derived());
    assert_eq!(event.kind_name(), "bill_voted");
    let json = serde_json::to_value(&event).unwrap_or_default();
    assert_eq!(
        json.get("kind").and_then(|v| v.as_str()),
        Some(event.kind_name())
    );
}

#[test]
fn commands_refuse_unknown_fields() {
    let ok = r#"{"kind":"sign","proposal":"00000000-0000-0000-0000-000000000001"}"#;
    assert!(serde_json::from_str::<ProposalCommand>(ok).is_ok());
    let typo = r#"{"kind":"sign","proposal":"00000000-0000-0000-0000-000000000001","by":"x"}"#;
    assert!(serde_json::from_str::<ProposalCommand>(typo).is_err());
}

#[test]
fn interpellation_signatures_follow_the_small_congress_route() {
    let national = Rulebook::NATIONAL;
    assert_eq!(interpellation::signatures_required(&national, 30).0, 10);
    let beijing = Rulebook::province("北京").unwrap_or_default();
    let required = |n| interpellation::signatures_required(&beijing, n).0;
    assert_eq!(
        (required(30), required(40), required(41), required(45)),
        (6, 8, 10, 10)
    );
    assert_eq!(required(5), 1);
    let (_, basis) = interpellation::signatures_required(&beijing, 30);
    assert_eq!(
        basis.field,
        Some(crate::rulebook::RuleField::InterpellationSmallCongress)
    );
}

#[test]
fn sponsors_count_only_the_signers_serving_that_day() {
    let mut sponsors = Sponsors::new(Proposer::Deputies { drafter: DID }, d(1, 15));
    sponsors.signers.insert(DeputyId::from_u128(9), d(1, 15));
    assert!(sponsors.by_deputies() && sponsors.signed(DID));
    // Neither is on the (empty) roster: nobody counts.
    assert!(sponsors.serving_on(&Roster::default(), d(1, 16)).is_empty());
    let body = Sponsors::new(Proposer::Presidium {}, d(1, 15));
    assert!(!body.by_deputies() && body.signers.is_empty());
    assert!(Proposer::Presidium {}.is(&Actor::Presidium {}));
    assert!(!Proposer::Deputies { drafter: DID }.is(&Actor::deputy(DeputyId::from_u128(9))));
}

#[test]
fn a_suggestion_without_handover_has_no_deadline() {
    let mut p = Proposals::default();
    p.calendar
        .record(2026, &[d(10, 1)].into(), &BTreeSet::new());
    assert!(!p.calendar().is_working_day(d(10, 1)));
    let s = Suggestion::from_bill(
        &Bill {
            id: PID,
            session: SID,
            power: Power::Budget,
            title: "t".into(),
            subject: "s".into(),
            grounds: "g".into(),
            plan: "p".into(),
            sponsors: Sponsors::new(Proposer::Deputies { drafter: DID }, d(1, 15)),
            drafted_on: d(1, 15),
            submission: None,
            withdrawal_requested: None,
            implementation: None,
            status: BillStatus::Submitted {},
        },
        d(1, 16),
    );
    assert_eq!((s.category.as_str(), s.from_bill), ("预算决算", true));
    assert_eq!(
        s.due_on(&Sessions::default(), &Rulebook::NATIONAL, p.calendar()),
        None
    );
    assert!(!s.follow_up_open());
}
