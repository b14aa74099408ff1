use chrono::{DateTime, Datelike, TimeZone, Utc};

use super::*;
use crate::actor::{Actor, Context};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
}

/// Noon in Beijing (04:00 UTC) on the given day of 2026.
fn at(m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, 4, 0, 0)
        .single()
        .unwrap_or_default()
}

fn dep(n: u128) -> DeputyId {
    DeputyId::from_u128(n)
}

fn c(n: u128) -> ConstituencyId {
    ConstituencyId::from_u128(n)
}

const RULES: Rulebook = Rulebook::NATIONAL;

fn apply(
    r: &mut Roster,
    actor: Actor,
    when: DateTime<Utc>,
    change: RosterChange,
) -> Result<(), RosterError> {
    let rules = RULES;
    let ctx = Context::new(&rules, &actor, when);
    r.apply(&ctx, &change)
}

/// A term of `n` seats, `n` deputies in constituencies of up to three seats, elected 4 January.
fn roster(n: u32) -> Roster {
    let mut r = Roster::default();
    let open = RosterChange::TermOpened {
        township: "青山镇".into(),
        number: 8,
        election_completed: day(1, 4),
        population: if n < 45 { 1_000 } else { 30_000 },
        seats: n,
        uplift: false,
        township_kind: crate::roster::TownshipKind::Town,
        minorities: Vec::new(),
    };
    apply(&mut r, Actor::CountyStandingCommittee {}, at(1, 5), open).expect("term opens");
    let constituencies = n.div_ceil(3);
    for k in 0..constituencies {
        let seats = (n - 3 * k).min(3);
        let change = RosterChange::ConstituencyDrawn {
            constituency: c(u128::from(k) + 1),
            name: format!("第{}选区", k + 1),
            seats,
            voters: 1000,
        };
        apply(&mut r, Actor::ElectionCommittee {}, at(1, 5), change).expect("fixture change");
    }
    for i in 0..n {
        let change = RosterChange::DeputyElected {
            deputy: dep(u128::from(i) + 1),
            name: format!("代表{}", i + 1),
            constituency: c(u128::from(i / 3) + 1),
            on: day(1, 4),
            by_election: false,
        };
        apply(&mut r, Actor::ElectionCommittee {}, at(1, 5), change).expect("fixture change");
    }
    let all: BTreeSet<DeputyId> = (1..=u128::from(n)).map(dep).collect();
    confirm(&mut r, all, day(1, 4));
    r
}

/// The committee finds `deputies` validly elected and the presidium confirms them on `on`.
fn confirm(r: &mut Roster, deputies: BTreeSet<DeputyId>, on: NaiveDate) {
    let when = at(on.month(), on.day());
    let review = RosterChange::CredentialsReviewed {
        valid: deputies.clone(),
        void: BTreeSet::new(),
        on,
    };
    apply(r, Actor::CredentialsCommittee {}, when, review).expect("review");
    let confirmed = RosterChange::CredentialsConfirmed { deputies, on };
    apply(r, Actor::Presidium {}, when, confirmed).expect("confirmation");
}

fn snapshot(r: &Roster) -> String {
    serde_json::to_string(r).unwrap_or_default()
}

#[test]
fn fixture_elects_everyone() {
    let r = roster(46);
    assert_eq!(r.deputies_at(day(1, 4)).len(), 46);
    assert_eq!(r.all_deputies_count(&RULES, day(2, 1)), 46);
    assert!(r.deputies_at(day(1, 3)).is_empty());
}

#[test]
fn resignation_changes_the_base_from_its_date_only() {
    let mut r = roster(46);
    let change = RosterChange::ResignationAccepted {
        deputy: dep(7),
        on: day(3, 10),
        votes_for: 30,
    };
    assert_eq!(
        apply(&mut r, Actor::Presidium {}, at(3, 10), change),
        Ok(())
    );
    assert_eq!(r.all_deputies_count(&RULES, day(3, 9)), 46);
    assert_eq!(r.all_deputies_count(&RULES, day(3, 10)), 45);
    assert!(r.is_serving(dep(7), day(3, 9)));
    assert!(!r.is_serving(dep(7), day(3, 10)));
    assert_eq!(
        r.deputy(dep(7)).and_then(|d| d.status_at(day(12, 31))),
        Some(DeputyStatus::Ended {
            ground: EndGround::ResignationAccepted
        })
    );
}

#[test]
fn resignation_needs_a_majority_of_all_deputies() {
    let mut r = roster(46);
    let before = snapshot(&r);
    let change = RosterChange::ResignationAccepted {
        deputy: dep(7),
        on: day(3, 10),
        votes_for: 23,
    };
    let err = apply(&mut r, Actor::Presidium {}, at(3, 10), change);
    assert_eq!(
        err,
        Err(RosterError::TooFewVotes {
            what: "accepting the resignation",
            needed: 24,
            got: 23,
            short: 1,
            base: 46,
            citation: Citation::electoral(55, Some(2)),
        })
    );
    assert_eq!(snapshot(&r), before);
    let msg = err.err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        msg,
        "accepting the resignation needs 24 votes of 46, got 23: short by 1 (选举法2020 第五十五条第二款)"
    );
}

#[test]
fn quota_is_checked_against_population() {
    let ok = |population, seats| {
        let mut r = Roster::default();
        let open = RosterChange::TermOpened {
            township: "t".into(),
            number: 1,
            election_completed: day(1, 4),
            population,
            seats,
            uplift: false,
            township_kind: crate::roster::TownshipKind::Town,
            minorities: Vec::new(),
        };
        apply(&mut r, Actor::CountyStandingCommittee {}, at(1, 5), open)
    };
    assert_eq!(ok(1_999, 30), Ok(()));
    assert!(matches!(
        ok(2_000, 30),
        Err(RosterError::QuotaOutOfRange {
            min: 45,
            max: 46,
            ..
        })
    ));
    assert_eq!(ok(2_000, 45), Ok(()));
    assert_eq!(ok(100_000, 111), Ok(()));
    assert!(matches!(
        ok(100_000, 112),
        Err(RosterError::QuotaOutOfRange { max: 111, .. })
    ));
    assert_eq!(ok(1_000_000, 160), Ok(()));
    assert!(matches!(
        ok(1_000_000, 161),
        Err(RosterError::QuotaOutOfRange { max: 160, .. })
    ));
}

#[test]
fn only_the_county_fixes_the_quota() {
    let mut r = Roster::default();
    let open = RosterChange::TermOpened {
        township: "t".into(),
        number: 1,
        election_completed: day(1, 4),
        population: 10_000,
        seats: 50,
        uplift: false,
        township_kind: crate::roster::TownshipKind::Town,
        minorities: Vec::new(),
    };
    let err = apply(&mut r, Actor::Government {}, at(1, 5), open);
    assert!(matches!(err, Err(RosterError::Forbidden(_))));
    assert_eq!(r, Roster::default());
}

#[test]
fn constituency_seats_are_one_to_three_and_fill_up() {
    let mut r = roster(6);
    let big = RosterChange::ConstituencyDrawn {
        constituency: c(99),
        name: "x".into(),
        seats: 4,
        voters: 10,
    };
    assert!(matches!(
        apply(&mut r, Actor::ElectionCommittee {}, at(1, 6), big),
        Err(RosterError::ConstituencySeats {
            seats: 4,
            max: 3,
            ..
        })
    ));
    let extra = RosterChange::DeputyElected {
        deputy: dep(100),
        name: "多余".into(),
        constituency: c(1),
        on: day(1, 4),
        by_election: false,
    };
    assert!(matches!(
        apply(&mut r, Actor::ElectionCommittee {}, at(1, 6), extra),
        Err(RosterError::ConstituencyFull { seats: 3, .. })
    ));
}

#[test]
fn by_election_fills_a_vacancy() {
    let mut r = roster(6);
    let died = RosterChange::MandateTerminated {
        deputy: dep(2),
        on: day(4, 1),
        ground: TerminationGround::Died,
    };
    assert_eq!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(4, 2), died),
        Ok(())
    );
    let by = RosterChange::DeputyElected {
        deputy: dep(200),
        name: "补选代表".into(),
        constituency: c(1),
        on: day(6, 1),
        by_election: true,
    };
    assert_eq!(
        apply(&mut r, Actor::ElectionCommittee {}, at(6, 1), by),
        Ok(())
    );
    // Elected, the new deputy holds the seat but serves once the presidium confirms the
    // credentials (选举法2020 第五十七条第五款, 第四十七条).
    assert_eq!(r.all_deputies_count(&RULES, day(6, 1)), 5);
    assert_eq!(r.credentials_undecided(day(6, 1)), vec![dep(200)]);
    confirm(&mut r, [dep(200)].into(), day(6, 2));
    assert_eq!(r.all_deputies_count(&RULES, day(5, 1)), 5);
    assert_eq!(r.all_deputies_count(&RULES, day(6, 2)), 6);
}

/// Three deputies of a three-seat township, elected 4 January, their credentials not reviewed.
fn three_awaiting_review() -> Roster {
    let mut r = Roster::default();
    let open = RosterChange::TermOpened {
        township: "青山乡".into(),
        number: 8,
        election_completed: day(1, 4),
        population: 1_000,
        seats: 3,
        uplift: false,
        township_kind: crate::roster::TownshipKind::Township,
        minorities: Vec::new(),
    };
    let county = Actor::CountyStandingCommittee {};
    apply(&mut r, county, at(1, 5), open).expect("term");
    let drawn = RosterChange::ConstituencyDrawn {
        constituency: c(1),
        name: "东村".into(),
        seats: 3,
        voters: 900,
    };
    apply(&mut r, Actor::ElectionCommittee {}, at(1, 5), drawn).expect("constituency");
    for n in 1..=3 {
        let elected = RosterChange::DeputyElected {
            deputy: dep(n),
            name: format!("代表{n}"),
            constituency: c(1),
            on: day(1, 4),
            by_election: false,
        };
        apply(&mut r, Actor::ElectionCommittee {}, at(1, 5), elected).expect("elected");
    }
    r
}

/// Rule: 选举法2020 第四十七条 — the committee reviews, the presidium confirms or voids on its
/// report; a void election never gave a mandate and frees the seat; the list is published once
/// every deputy of the general election has a decision.
#[test]
fn credentials_are_confirmed_or_voided_on_the_committees_report() {
    let mut r = three_awaiting_review();
    assert_eq!(
        r.all_deputies_count(&RULES, day(1, 5)),
        0,
        "awaiting confirmation"
    );
    let p = || Actor::Presidium {};
    let publish = RosterChange::DeputyListPublished { on: day(1, 8) };
    assert!(matches!(
        apply(&mut r, p(), at(1, 8), publish.clone()),
        Err(RosterError::CredentialsUndecided { undecided: 3, .. })
    ));
    let confirm_1 = RosterChange::CredentialsConfirmed {
        deputies: [dep(1)].into(),
        on: day(1, 6),
    };
    assert!(matches!(
        apply(&mut r, p(), at(1, 6), confirm_1.clone()),
        Err(RosterError::CredentialsNotReviewed { .. })
    ));
    let review = RosterChange::CredentialsReviewed {
        valid: [dep(1), dep(2)].into(),
        void: [dep(3)].into(),
        on: day(1, 6),
    };
    assert!(matches!(
        apply(&mut r, p(), at(1, 6), review.clone()),
        Err(RosterError::Forbidden(_))
    ));
    apply(&mut r, Actor::CredentialsCommittee {}, at(1, 6), review).expect("review");
    // The presidium decides as the committee found.
    let confirm_3 = RosterChange::CredentialsConfirmed {
        deputies: [dep(3)].into(),
        on: day(1, 7),
    };
    assert!(matches!(
        apply(&mut r, p(), at(1, 7), confirm_3),
        Err(RosterError::CredentialsFinding {
            found_valid: false,
            ..
        })
    ));
    let both = RosterChange::CredentialsConfirmed {
        deputies: [dep(1), dep(2)].into(),
        on: day(1, 7),
    };
    apply(&mut r, p(), at(1, 7), both).expect("confirmed");
    let void = RosterChange::ElectionVoided {
        deputy: dep(3),
        on: day(1, 7),
    };
    apply(&mut r, p(), at(1, 7), void).expect("voided");
    assert_eq!(r.all_deputies_count(&RULES, day(1, 7)), 2);
    // Void from the start: never a mandate, not even on election day; the seat is free.
    let d3 = r.deputy(dep(3)).expect("deputy 3");
    assert_eq!(d3.status_at(day(1, 4)), Some(DeputyStatus::Voided {}));
    assert!(!d3.occupies_seat_at(day(1, 5)));
    apply(&mut r, p(), at(1, 8), publish.clone()).expect("published");
    assert_eq!(r.list_published(), Some(day(1, 8)));
    assert!(matches!(
        apply(&mut r, p(), at(1, 9), publish),
        Err(RosterError::ListAlreadyPublished { .. })
    ));
}

#[test]
fn absence_termination_needs_the_record() {
    let mut r = roster(6);
    let change = RosterChange::MandateTerminated {
        deputy: dep(3),
        on: day(6, 1),
        ground: TerminationGround::UnexcusedAbsences,
    };
    assert!(matches!(
        apply(
            &mut r,
            Actor::CredentialsCommittee {},
            at(6, 1),
            change.clone()
        ),
        Err(RosterError::TooFewAbsences {
            needed: 2,
            got: 0,
            ..
        })
    ));
    let noted = |n| RosterChange::UnexcusedAbsenceNoted {
        deputy: dep(3),
        session: SessionId::from_u128(n),
        on: day(5, 1),
    };
    let cc = || Actor::CredentialsCommittee {};
    assert_eq!(apply(&mut r, cc(), at(5, 2), noted(1)), Ok(()));
    let before = r.clone();
    assert_eq!(
        apply(&mut r, cc(), at(5, 2), noted(1)),
        Err(RosterError::AbsenceAlreadyNoted {
            deputy: dep(3),
            session: SessionId::from_u128(1)
        }),
        "the same session counts once"
    );
    assert_eq!(r, before);
    assert_eq!(r.unexcused_absences(dep(3)), 1);
    assert!(matches!(
        apply(&mut r, Actor::Presidium {}, at(5, 2), noted(2)),
        Err(RosterError::Forbidden(_))
    ));
    assert_eq!(apply(&mut r, cc(), at(5, 2), noted(2)), Ok(()));
    assert_eq!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(6, 1), change),
        Ok(())
    );
    assert!(!r.is_serving(dep(3), day(6, 1)));
}

/// Rule: 选举法2020 第五十条第一款, 第五十三条第一款 — thirty voters request a recall; the vote
/// passes with more than half of the constituency's voters on the roll at the time of the vote.
#[test]
fn recall_needs_a_request_and_a_majority_of_the_roll() {
    let mut r = roster(6);
    let county = || Actor::CountyStandingCommittee {};
    let vote = |votes_for, voters| RosterChange::DeputyRecalled {
        deputy: dep(1),
        on: day(5, 1),
        votes_for,
        voters,
    };
    // No vote without a request.
    assert!(matches!(
        apply(&mut r, county(), at(5, 1), vote(600, 1_000)),
        Err(RosterError::NoRecallRequest { .. })
    ));
    let request = |requesters| RosterChange::RecallRequested {
        deputy: dep(1),
        requesters,
        on: day(4, 1),
    };
    let before = snapshot(&r);
    assert_eq!(
        apply(&mut r, county(), at(4, 1), request(29)),
        Err(RosterError::TooFewRequesters {
            needed: 30,
            got: 29,
            short: 1,
            citation: Citation::electoral(50, Some(1)),
        })
    );
    assert_eq!(snapshot(&r), before);
    assert_eq!(apply(&mut r, county(), at(4, 1), request(30)), Ok(()));
    assert!(matches!(
        apply(&mut r, county(), at(4, 1), request(40)),
        Err(RosterError::RecallPending { .. })
    ));
    let defence = RosterChange::RecallDefenceRecorded {
        deputy: dep(1),
        in_writing: true,
        on: day(4, 10),
    };
    assert_eq!(apply(&mut r, county(), at(4, 10), defence), Ok(()));
    assert_eq!(
        r.recall_request(dep(1)).and_then(|q| q.defence),
        Some((day(4, 10), true))
    );
    // The roll grew from 1,000 at the drawing to 1,100: 551 are needed, 550 are short.
    assert!(matches!(
        apply(&mut r, county(), at(5, 1), vote(550, 1_100)),
        Err(RosterError::TooFewVotes {
            needed: 551,
            got: 550,
            base: 1_100,
            ..
        })
    ));
    assert!(matches!(
        apply(&mut r, county(), at(5, 1), vote(1_101, 1_100)),
        Err(RosterError::VotesExceedBase { .. })
    ));
    assert_eq!(apply(&mut r, county(), at(5, 1), vote(551, 1_100)), Ok(()));
    assert!(!r.is_serving(dep(1), day(5, 1)));
    assert!(r.recall_request(dep(1)).is_none());
}

/// Rule: 选举法2020 第五十三条第一款 — a vote short of the majority closes the request.
#[test]
fn a_rejected_recall_closes_the_request() {
    let mut r = roster(6);
    let county = || Actor::CountyStandingCommittee {};
    let request = RosterChange::RecallRequested {
        deputy: dep(2),
        requesters: 35,
        on: day(4, 1),
    };
    assert_eq!(apply(&mut r, county(), at(4, 1), request), Ok(()));
    let reached = RosterChange::RecallRejected {
        deputy: dep(2),
        on: day(5, 1),
        votes_for: 501,
        voters: 1_000,
    };
    assert!(matches!(
        apply(&mut r, county(), at(5, 1), reached),
        Err(RosterError::RecallNotRejected { needed: 501, .. })
    ));
    let rejected = RosterChange::RecallRejected {
        deputy: dep(2),
        on: day(5, 1),
        votes_for: 500,
        voters: 1_000,
    };
    assert_eq!(apply(&mut r, county(), at(5, 1), rejected), Ok(()));
    assert!(r.is_serving(dep(2), day(5, 1)));
    assert!(r.recall_request(dep(2)).is_none());
}

#[test]
fn suspended_deputies_hold_the_mandate_but_cannot_act() {
    let mut r = roster(6);
    let s = RosterChange::DeputySuspended {
        deputy: dep(4),
        on: day(3, 1),
        reason: "刑事拘留".into(),
    };
    assert_eq!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(3, 1), s),
        Ok(())
    );
    assert_eq!(r.all_deputies_count(&RULES, day(3, 2)), 6);
    assert!(!r.is_serving(dep(4), day(3, 2)));
    let mut strict = RULES;
    strict.suspended_count_in_base.value = false;
    assert_eq!(r.all_deputies_count(&strict, day(3, 2)), 5);
    let back = RosterChange::DeputyReinstated {
        deputy: dep(4),
        on: day(4, 1),
    };
    assert_eq!(
        apply(
            &mut r,
            Actor::CredentialsCommittee {},
            at(4, 1),
            back.clone()
        ),
        Ok(())
    );
    assert!(r.is_serving(dep(4), day(4, 1)));
    assert!(matches!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(4, 2), back),
        Err(RosterError::WrongStatus {
            needs: "is suspended",
            ..
        })
    ));
}

#[test]
fn changes_cannot_be_backdated_before_the_last_or_postdated() {
    let mut r = roster(6);
    let s = RosterChange::DeputySuspended {
        deputy: dep(4),
        on: day(3, 1),
        reason: "x".into(),
    };
    assert_eq!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(3, 1), s),
        Ok(())
    );
    let back = RosterChange::DeputyReinstated {
        deputy: dep(4),
        on: day(2, 1),
    };
    assert!(matches!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(3, 2), back),
        Err(RosterError::OutOfOrder { .. })
    ));
    let future = RosterChange::DeputyReinstated {
        deputy: dep(4),
        on: day(9, 1),
    };
    assert!(matches!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(3, 2), future),
        Err(RosterError::FutureDate { .. })
    ));
}

fn seat(post: Post, d: u128, on: NaiveDate) -> RosterChange {
    RosterChange::OfficerSeated {
        post,
        holder: Officeholder::Deputy { deputy: dep(d) },
        on,
    }
}

#[test]
fn one_chair_and_at_most_two_vice_chairs() {
    let mut r = roster(46);
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::Chair, 1, day(1, 10))
        ),
        Ok(())
    );
    assert!(matches!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::Chair, 2, day(1, 10))
        ),
        Err(RosterError::PostTaken {
            post: Post::Chair,
            ..
        })
    ));
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::ViceChair, 2, day(1, 10))
        ),
        Ok(())
    );
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::ViceChair, 3, day(1, 10))
        ),
        Ok(())
    );
    assert!(matches!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::ViceChair, 4, day(1, 10))
        ),
        Err(RosterError::TooManyViceChairs { max: 2, got: 3, .. })
    ));
    assert_eq!(r.chair_at(day(1, 10)), Some(dep(1)));
    assert_eq!(r.vice_chairs_at(day(1, 10)), vec![dep(2), dep(3)]);
    assert_eq!(r.chair_at(day(1, 9)), None);
}

#[test]
fn chair_must_be_a_deputy() {
    let mut r = roster(6);
    let citizen = RosterChange::OfficerSeated {
        post: Post::Chair,
        holder: Officeholder::Citizen {
            name: "外人".into(),
        },
        on: day(1, 10),
    };
    assert!(matches!(
        apply(&mut r, Actor::Presidium {}, at(1, 10), citizen),
        Err(RosterError::OfficerNotDeputy {
            post: Post::Chair,
            ..
        })
    ));
    let head = RosterChange::OfficerSeated {
        post: Post::TownshipHead,
        holder: Officeholder::Citizen {
            name: "王镇长".into(),
        },
        on: day(1, 10),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(1, 10), head), Ok(()));
}

/// Rule: 组织法2022 第十八条第二款 — a vice-chair who takes an administrative post "必须向本级
/// 人民代表大会辞去主席、副主席的职务": the post is recorded, and the conflict listed until one
/// of the two ends; meanwhile the officer does not act as vice-chair.
#[test]
fn an_administrative_post_beside_a_congress_post_is_a_conflict_to_resolve() {
    let mut r = roster(46);
    let seated = apply(
        &mut r,
        Actor::Presidium {},
        at(1, 10),
        seat(Post::ViceChair, 2, day(1, 10)),
    );
    assert_eq!(seated, Ok(()));
    assert!(r.acts_as(dep(2), Post::ViceChair, day(1, 10)));
    let take = RosterChange::AdministrativePostTaken {
        deputy: dep(2),
        title: "副镇长".into(),
        on: day(5, 1),
    };
    let staff = || Actor::Staff {
        name: "李干事".into(),
    };
    assert_eq!(apply(&mut r, staff(), at(5, 1), take), Ok(()));
    assert_eq!(r.conflicts_at(day(4, 30)), vec![]);
    let conflicts = r.conflicts_at(day(5, 1));
    assert_eq!(conflicts.len(), 1);
    let c = conflicts.first().expect("a conflict");
    assert_eq!((c.deputy, c.post), (dep(2), Post::ViceChair));
    assert_eq!(c.administrative, vec!["副镇长".to_owned()]);
    assert_eq!(c.citation.to_string(), "组织法2022 第十八条第二款");
    assert!(!r.acts_as(dep(2), Post::ViceChair, day(5, 1)));
    // Resigning the vice-chair post ends the conflict.
    let resign = RosterChange::OfficeVacated {
        post: Post::ViceChair,
        holder: Officeholder::Deputy { deputy: dep(2) },
        on: day(5, 2),
        reason: OfficeEnd::Resigned,
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(5, 2), resign), Ok(()));
    assert_eq!(r.conflicts_at(day(5, 2)), vec![]);
}

/// Rule: 组织法2022 第十八条 — a deputy head elected chair holds both posts with a conflict to
/// resolve; one deputy is never chair and vice-chair at once.
#[test]
fn a_deputy_head_seated_as_chair_has_a_conflict() {
    let mut r = roster(46);
    let head = RosterChange::OfficerSeated {
        post: Post::DeputyHead,
        holder: Officeholder::Deputy { deputy: dep(5) },
        on: day(1, 10),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(1, 10), head), Ok(()));
    let chair = apply(
        &mut r,
        Actor::Presidium {},
        at(1, 10),
        seat(Post::Chair, 5, day(1, 10)),
    );
    assert_eq!(chair, Ok(()));
    assert_eq!(r.conflicts_at(day(1, 10)).len(), 1);
    assert!(!r.acts_as(dep(5), Post::Chair, day(1, 10)));
    assert!(matches!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::ViceChair, 5, day(1, 10))
        ),
        Err(RosterError::TwoCongressPosts { .. })
    ));
}

#[test]
fn losing_the_mandate_ends_the_chair_post() {
    let mut r = roster(46);
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::Chair, 1, day(1, 10))
        ),
        Ok(())
    );
    let resign = RosterChange::ResignationAccepted {
        deputy: dep(1),
        on: day(6, 30),
        votes_for: 40,
    };
    assert_eq!(
        apply(&mut r, Actor::Presidium {}, at(6, 30), resign),
        Ok(())
    );
    assert_eq!(r.chair_at(day(6, 29)), Some(dep(1)));
    assert_eq!(r.chair_at(day(6, 30)), None);
    assert_eq!(
        r.tenures().first().and_then(|t| t.ended),
        Some((day(6, 30), OfficeEnd::MandateEnded))
    );
}

#[test]
fn groups_need_three_serving_deputies() {
    let mut r = roster(6);
    let g = GroupId::from_u128(1);
    let two = RosterChange::GroupFormed {
        group: g,
        name: "东片小组".into(),
        area: "东片".into(),
        members: [dep(1), dep(2)].into_iter().collect(),
        on: day(2, 1),
    };
    assert!(matches!(
        apply(&mut r, Actor::Presidium {}, at(2, 1), two),
        Err(RosterError::TooFewGroupMembers {
            needed: 3,
            got: 2,
            ..
        })
    ));
    let three = RosterChange::GroupFormed {
        group: g,
        name: "东片小组".into(),
        area: "东片".into(),
        members: [dep(1), dep(2), dep(3)].into_iter().collect(),
        on: day(2, 1),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(2, 1), three), Ok(()));
    let leave = RosterChange::GroupLeft {
        group: g,
        deputy: dep(3),
        on: day(3, 1),
    };
    assert!(matches!(
        apply(&mut r, Actor::Presidium {}, at(3, 1), leave.clone()),
        Err(RosterError::TooFewGroupMembers { got: 2, .. })
    ));
    let join = RosterChange::GroupJoined {
        group: g,
        deputy: dep(4),
        on: day(3, 1),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(3, 1), join), Ok(()));
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(3, 1), leave), Ok(()));
    assert_eq!(
        r.group_members_at(g, day(3, 1)),
        vec![dep(1), dep(2), dep(4)]
    );
    // A resignation leaves the group below the minimum: the query reports it.
    let resign = RosterChange::ResignationAccepted {
        deputy: dep(4),
        on: day(4, 1),
        votes_for: 4,
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(4, 1), resign), Ok(()));
    assert_eq!(r.groups_below_minimum(&RULES, day(4, 1)), vec![(g, 2)]);
    assert!(r.groups_below_minimum(&RULES, day(3, 31)).is_empty());
}

#[test]
fn stations_cover_deputies() {
    let mut r = roster(6);
    let s1 = StationId::from_u128(1);
    let s2 = StationId::from_u128(2);
    for (s, v) in [(s1, "东村"), (s2, "西村")] {
        let open = RosterChange::StationOpened {
            station: s,
            name: format!("{v}代表联络站"),
            village: v.into(),
            on: day(2, 1),
        };
        assert_eq!(apply(&mut r, Actor::Presidium {}, at(2, 1), open), Ok(()));
    }
    for d in 1..=5 {
        let assign = RosterChange::DeputyAssignedToStation {
            station: s1,
            deputy: dep(d),
            on: day(2, 2),
        };
        assert_eq!(apply(&mut r, Actor::Presidium {}, at(2, 2), assign), Ok(()));
    }
    assert_eq!(r.deputies_without_station(day(2, 2)), vec![dep(6)]);
    let moved = RosterChange::DeputyAssignedToStation {
        station: s2,
        deputy: dep(1),
        on: day(2, 3),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(2, 3), moved), Ok(()));
    assert_eq!(
        r.stations().map(|s| s.deputies.len()).collect::<Vec<_>>(),
        vec![4, 1]
    );
    let office = RosterChange::ContactOfficeOpened {
        name: "人大代表联络室".into(),
        on: day(2, 1),
    };
    assert_eq!(
        apply(&mut r, Actor::Presidium {}, at(2, 3), office.clone()),
        Ok(())
    );
    assert_eq!(
        apply(&mut r, Actor::Presidium {}, at(2, 3), office),
        Err(RosterError::ContactOfficeExists {})
    );
}

#[test]
fn units_are_registered_by_the_government() {
    let mut r = roster(3);
    let u = RosterChange::UnitRegistered {
        unit: UnitId::from_u128(1),
        name: "镇农业农村办".into(),
        category: UnitKind::Department,
    };
    assert!(matches!(
        apply(&mut r, Actor::Presidium {}, at(2, 1), u.clone()),
        Err(RosterError::Forbidden(_))
    ));
    assert_eq!(
        apply(&mut r, Actor::Government {}, at(2, 1), u.clone()),
        Ok(())
    );
    assert!(matches!(
        apply(&mut r, Actor::Government {}, at(2, 1), u),
        Err(RosterError::Duplicate { .. })
    ));
    assert_eq!(r.units().count(), 1);
}

#[test]
fn labels_are_chinese() {
    assert_eq!(
        EndGround::UnexcusedAbsences.label_zh(),
        "未经批准两次不出席会议"
    );
    assert_eq!(Post::Chair.label_zh(), "人大主席");
    assert_eq!(DeputyStatus::Suspended {}.label_zh(), "暂停执行代表职务");
    assert_eq!(UnitKind::CountyOrgan.label_zh(), "县派驻机构");
}

#[test]
fn a_back_dated_by_election_cannot_overfill_the_constituency() {
    let mut r = roster(6);
    let died = RosterChange::MandateTerminated {
        deputy: dep(2),
        on: day(4, 1),
        ground: TerminationGround::Died,
    };
    assert_eq!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(4, 2), died),
        Ok(())
    );
    let by = |d, on| RosterChange::DeputyElected {
        deputy: dep(d),
        name: "补选".into(),
        constituency: c(1),
        on,
        by_election: true,
    };
    assert_eq!(
        apply(
            &mut r,
            Actor::ElectionCommittee {},
            at(6, 1),
            by(200, day(6, 1))
        ),
        Ok(())
    );
    // Dated May, when a seat was free, but it would sit beside deputy 200 from June on.
    let before = snapshot(&r);
    assert!(matches!(
        apply(
            &mut r,
            Actor::ElectionCommittee {},
            at(6, 2),
            by(201, day(5, 1))
        ),
        Err(RosterError::ConstituencyFull { seats: 3, .. })
    ));
    assert_eq!(snapshot(&r), before);
}

#[test]
fn a_back_dated_chair_cannot_overlap_the_one_in_office() {
    let mut r = roster(46);
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(3, 1),
            seat(Post::Chair, 1, day(3, 1))
        ),
        Ok(())
    );
    let left = RosterChange::OfficeVacated {
        post: Post::Chair,
        holder: Officeholder::Deputy { deputy: dep(1) },
        on: day(6, 1),
        reason: OfficeEnd::Resigned,
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(6, 1), left), Ok(()));
    assert!(matches!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(6, 2),
            seat(Post::Chair, 2, day(4, 1))
        ),
        Err(RosterError::PostTaken {
            post: Post::Chair,
            ..
        })
    ));
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(6, 2),
            seat(Post::Chair, 2, day(6, 1))
        ),
        Ok(())
    );
    assert_eq!(r.chair_at(day(5, 31)), Some(dep(1)));
    assert_eq!(r.chair_at(day(6, 1)), Some(dep(2)));
}

/// Rule: 组织法2022 第十八条第二款 — a back-dated administrative post is a conflict from the
/// day both posts are held, not before.
#[test]
fn a_back_dated_administrative_post_conflicts_from_the_day_both_are_held() {
    let mut r = roster(46);
    let seated = apply(
        &mut r,
        Actor::Presidium {},
        at(7, 1),
        seat(Post::ViceChair, 2, day(7, 1)),
    );
    assert_eq!(seated, Ok(()));
    let take = RosterChange::AdministrativePostTaken {
        deputy: dep(2),
        title: "副镇长".into(),
        on: day(6, 1),
    };
    let staff = Actor::Staff {
        name: "李干事".into(),
    };
    assert_eq!(apply(&mut r, staff, at(7, 2), take), Ok(()));
    assert_eq!(r.conflicts_at(day(6, 30)), vec![]);
    assert_eq!(r.conflicts_at(day(7, 1)).len(), 1);
}

#[test]
fn the_chair_cannot_also_be_vice_chair() {
    let mut r = roster(46);
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 10),
            seat(Post::Chair, 1, day(1, 10))
        ),
        Ok(())
    );
    assert_eq!(
        apply(
            &mut r,
            Actor::Presidium {},
            at(1, 11),
            seat(Post::ViceChair, 1, day(1, 11))
        ),
        Err(RosterError::TwoCongressPosts {
            deputy: dep(1),
            held: Post::Chair,
            sought: Post::ViceChair,
            citation: Citation::organic(18, Some(1)),
        })
    );
}

#[test]
fn group_history_survives_leaving_and_rejoining() {
    let mut r = roster(6);
    let g = GroupId::from_u128(1);
    let form = RosterChange::GroupFormed {
        group: g,
        name: "东片小组".into(),
        area: "东片".into(),
        members: [dep(1), dep(2), dep(3), dep(4)].into_iter().collect(),
        on: day(2, 1),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(2, 1), form), Ok(()));
    let leave = RosterChange::GroupLeft {
        group: g,
        deputy: dep(4),
        on: day(3, 1),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(3, 1), leave), Ok(()));
    // Rejoining cannot be dated before the deputy left, nor before the group was formed.
    let early = RosterChange::GroupJoined {
        group: g,
        deputy: dep(4),
        on: day(2, 15),
    };
    assert!(matches!(
        apply(&mut r, Actor::Presidium {}, at(4, 1), early),
        Err(RosterError::OutOfOrder { .. })
    ));
    let newcomer = RosterChange::GroupJoined {
        group: g,
        deputy: dep(5),
        on: day(1, 20),
    };
    let before = snapshot(&r);
    assert!(matches!(
        apply(&mut r, Actor::Presidium {}, at(4, 1), newcomer),
        Err(RosterError::OutOfOrder { .. })
    ));
    assert_eq!(snapshot(&r), before);
    let back = RosterChange::GroupJoined {
        group: g,
        deputy: dep(4),
        on: day(4, 1),
    };
    assert_eq!(apply(&mut r, Actor::Presidium {}, at(4, 1), back), Ok(()));
    // February's roster is what it was.
    assert_eq!(
        r.group_members_at(g, day(2, 20)),
        vec![dep(1), dep(2), dep(3), dep(4)]
    );
    assert_eq!(
        r.group_members_at(g, day(3, 15)),
        vec![dep(1), dep(2), dep(3)]
    );
    assert_eq!(
        r.group_members_at(g, day(4, 1)),
        vec![dep(1), dep(2), dep(3), dep(4)]
    );
}

#[test]
fn the_uplift_is_for_townships_not_towns() {
    let open = |township_kind| RosterChange::TermOpened {
        township: "t".into(),
        township_kind,
        number: 1,
        election_completed: day(1, 4),
        population: 1_000_000,
        seats: 168,
        uplift: true,
        minorities: if township_kind == TownshipKind::EthnicTownship {
            vec!["瑶族".into()]
        } else {
            Vec::new()
        },
    };
    let mut r = Roster::default();
    assert!(matches!(
        apply(
            &mut r,
            Actor::CountyStandingCommittee {},
            at(1, 5),
            open(TownshipKind::Town)
        ),
        Err(RosterError::UpliftNotForTowns { .. })
    ));
    assert_eq!(r, Roster::default());
    assert_eq!(
        apply(
            &mut r,
            Actor::CountyStandingCommittee {},
            at(1, 5),
            open(TownshipKind::EthnicTownship)
        ),
        Ok(())
    );
}

/// A deputy's history stays in date order, which `status_at` relies on to binary-search it:
/// the presidium cannot confirm an election (nor void it) before it took place.
#[test]
fn credentials_cannot_be_decided_before_the_election() {
    let mut r = roster(6);
    let died = RosterChange::MandateTerminated {
        deputy: dep(2),
        on: day(4, 1),
        ground: TerminationGround::Died,
    };
    assert_eq!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(4, 2), died),
        Ok(())
    );
    let by = RosterChange::DeputyElected {
        deputy: dep(200),
        name: "补选代表".into(),
        constituency: c(1),
        on: day(6, 1),
        by_election: true,
    };
    assert_eq!(
        apply(&mut r, Actor::ElectionCommittee {}, at(6, 1), by),
        Ok(())
    );
    // The committee's report may be dated before (it is not checked against the election),
    // the presidium's decision may not.
    let reviewed = RosterChange::CredentialsReviewed {
        valid: [dep(200)].into(),
        void: BTreeSet::new(),
        on: day(5, 20),
    };
    assert_eq!(
        apply(&mut r, Actor::CredentialsCommittee {}, at(6, 2), reviewed),
        Ok(())
    );
    let before = snapshot(&r);
    let early = RosterChange::CredentialsConfirmed {
        deputies: [dep(200)].into(),
        on: day(5, 25),
    };
    assert_eq!(
        apply(&mut r, Actor::Presidium {}, at(6, 2), early),
        Err(RosterError::OutOfOrder {
            on: day(5, 25),
            last: day(6, 1)
        })
    );
    assert_eq!(snapshot(&r), before);
    let confirmed = RosterChange::CredentialsConfirmed {
        deputies: [dep(200)].into(),
        on: day(6, 1),
    };
    assert_eq!(
        apply(&mut r, Actor::Presidium {}, at(6, 2), confirmed),
        Ok(())
    );
}

/// The seat count from a day on, swept once over each deputy's seat span, is the count of
/// every later day's occupants (the definition), whatever the histories: suspensions,
/// reinstatements, ended mandates, a void election, a by-election, an unconfirmed deputy.
#[test]
fn the_seat_peak_is_the_most_occupants_of_any_later_day() {
    let mut r = roster(9);
    let mut file = |actor, when, change| {
        assert_eq!(apply(&mut r, actor, when, change), Ok(()));
    };
    let cc = || Actor::CredentialsCommittee {};
    for (d, m) in [(3, 2), (4, 3)] {
        let suspended = RosterChange::DeputySuspended {
            deputy: dep(d),
            on: day(m, 1),
            reason: "被依法拘留".into(),
        };
        file(cc(), at(m, 1), suspended);
    }
    let reinstated = RosterChange::DeputyReinstated {
        deputy: dep(3),
        on: day(3, 10),
    };
    file(cc(), at(3, 10), reinstated);
    for (d, m) in [(2, 4), (5, 5)] {
        let ended = RosterChange::MandateTerminated {
            deputy: dep(d),
            on: day(m, 1),
            ground: TerminationGround::MovedOut,
        };
        file(cc(), at(m, 1), ended);
    }
    for (d, con, m) in [(200, 1, 6), (201, 2, 7)] {
        let by = RosterChange::DeputyElected {
            deputy: dep(d),
            name: format!("补选{d}"),
            constituency: c(con),
            on: day(m, 1),
            by_election: true,
        };
        file(Actor::ElectionCommittee {}, at(m, 1), by);
    }
    let reviewed = RosterChange::CredentialsReviewed {
        valid: [dep(200)].into(),
        void: [dep(201)].into(),
        on: day(7, 2),
    };
    file(cc(), at(7, 2), reviewed);
    let voided = RosterChange::ElectionVoided {
        deputy: dep(201),
        on: day(7, 3),
    };
    file(Actor::Presidium {}, at(7, 3), voided);
    let days: Vec<NaiveDate> = (1..=12)
        .flat_map(|m| [1, 2, 10, 20].map(|d| day(m, d)))
        .collect();
    for in_one in [None, Some(c(1)), Some(c(2))] {
        let filter = |d: &Deputy| in_one.is_none_or(|k| d.constituency == k);
        for on in &days {
            let by_definition = days
                .iter()
                .filter(|d| *d >= on)
                .map(|d| {
                    r.deputies()
                        .filter(|x| filter(x) && x.occupies_seat_at(*d))
                        .count()
                })
                .max()
                .unwrap_or(0);
            assert_eq!(
                r.peak_seats_from(*on, filter),
                by_definition,
                "from {on} in {in_one:?}"
            );
        }
    }
}

/// Assigning a deputy to another station moves them, through the index of who is where.
#[test]
fn a_deputy_moved_twice_is_in_one_station() {
    let mut r = roster(6);
    let stations: Vec<StationId> = (1..=3).map(StationId::from_u128).collect();
    for (k, s) in stations.iter().enumerate() {
        let open = RosterChange::StationOpened {
            station: *s,
            name: format!("{k}村代表联络站"),
            village: format!("{k}村"),
            on: day(2, 1),
        };
        assert_eq!(apply(&mut r, Actor::Presidium {}, at(2, 1), open), Ok(()));
    }
    for s in stations.iter().chain([&stations[0]]) {
        let assign = RosterChange::DeputyAssignedToStation {
            station: *s,
            deputy: dep(1),
            on: day(2, 2),
        };
        assert_eq!(apply(&mut r, Actor::Presidium {}, at(2, 2), assign), Ok(()));
        let with = r.stations().filter(|x| x.deputies.contains_key(&dep(1)));
        assert_eq!(with.map(|x| x.id).collect::<Vec<_>>(), vec![*s]);
    }
}
