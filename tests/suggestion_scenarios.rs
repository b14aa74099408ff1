//! Suggestions (建议、批评和意见) through the ledger: filing, merging, handover, return and
//! reassignment, the reply period and its counting, replies, ratings, re-handling, follow-up
//! and the statistics. Each test cites its rule.

mod common;
mod proposal_fixtures;

use common::{S1, Town, at, day, dep, deputy, presidium, staff, unit};
use proposal_fixtures::{at_y, p, proposal_error, suggestion};
use township_congress::Actor;
use township_congress::proposal::{
    Act, Mark, ProposalCommand, ProposalError, Rating, Role, Stage, SuggestionStatus,
};
use township_congress::roster::TerminationGround;
use township_congress::rulebook::{Citation, Rulebook};
use township_congress::{Ledger, RosterChange};

/// A town in recess (its first session closed on 15 January) with units 1 to 3.
fn town() -> Town {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .units(3)
        .first_session_open();
    t.close(S1);
    t
}

fn lead(n: u32) -> Actor {
    Actor::Unit { unit: unit(n) }
}

fn reply(n: u32, class: &str) -> ProposalCommand {
    ProposalCommand::ReplySuggestion {
        proposal: p(n),
        class: class.into(),
        reply: "已安排实施".into(),
    }
}

fn rate(n: u32, rating: Rating) -> ProposalCommand {
    ProposalCommand::RateSuggestion {
        proposal: p(n),
        rating,
    }
}

/// Deputy `drafter` files suggestion `n` alone, today.
fn file(t: &mut Town, n: u32, drafter: u32) {
    t.draft_signed(suggestion(n), drafter, []);
    t.submit_by(deputy(drafter), p(n));
}

fn overdue(
    t: &Town,
    when: chrono::DateTime<chrono::Utc>,
) -> Vec<township_congress::ids::ProposalId> {
    let s = t.ledger.state();
    s.proposals()
        .overdue_suggestions(s.sessions(), t.ledger.rules(), when)
        .into_iter()
        .map(|d| d.proposal)
        .collect()
}

fn due(t: &Town, n: u32) -> Option<chrono::NaiveDate> {
    let s = t.ledger.state();
    s.proposals()
        .suggestion(p(n))
        .and_then(|x| x.due_on(s.sessions(), t.ledger.rules(), s.proposals().calendar()))
}

/// Rule: 代表法2025 第五十一条第二款 — three months from handover: handed over on 15 May, due
/// on 15 August (a reply that day is on time) and overdue on 16 August; 民法典 第二百零一条.
#[test]
fn a_handover_on_15_may_is_due_on_15_august() {
    let mut t = town();
    t.on(5, 10);
    file(&mut t, 1, 10);
    file(&mut t, 2, 11);
    t.on(5, 15);
    t.hand_over(1, &[p(1), p(2)], 1, &[]);
    assert_eq!(due(&t, 1), Some(day(8, 15)));
    assert!(overdue(&t, at(8, 15)).is_empty());
    assert_eq!(overdue(&t, at(8, 16)), vec![p(1), p(2)]);
    let s = t.ledger.state();
    let soon = s
        .proposals()
        .suggestions_due_within(s.sessions(), t.ledger.rules(), at(8, 10), 5);
    assert_eq!(soon.len(), 2);
    assert_eq!(soon.first().map(|d| d.days_left), Some(5));
    t.on(8, 15);
    t.ok(lead(1), reply(1, "A"));
    t.on(8, 16);
    assert_eq!(overdue(&t, at(8, 16)), vec![p(2)]);
    t.ok(lead(1), reply(2, "A"));
    let s = t.ledger.state();
    let stats =
        s.proposals()
            .suggestion_stats(s.sessions(), t.ledger.rules(), day(1, 1), day(12, 31));
    assert_eq!(
        (stats.township.on_time.num, stats.township.on_time.den),
        (1, 2)
    );
    assert_eq!(
        stats.by_unit.get(&unit(1)).map(|f| f.on_time.to_string()),
        Some("1/2".into())
    );
    assert_eq!(
        stats.by_deputy.get(&dep(10)).map(|f| f.on_time.to_string()),
        Some("1/1".into())
    );
}

/// Rule: 民法典 第二百零二条 — no corresponding day: the month's last. A handover on 30
/// November is due on 28 February of the next year.
#[test]
fn a_handover_on_30_november_is_due_on_28_february() {
    let mut t = town();
    t.on(11, 20);
    file(&mut t, 1, 10);
    t.on(11, 30);
    t.hand_over(1, &[p(1)], 1, &[]);
    assert_eq!(
        due(&t, 1),
        Some(chrono::NaiveDate::from_ymd_opt(2027, 2, 28).expect("date"))
    );
    assert!(overdue(&t, at_y(2027, 2, 28)).is_empty());
    assert_eq!(overdue(&t, at_y(2027, 3, 1)), vec![p(1)]);
}

/// Rule: 代表法2025 第五十一条第二款 — six months for complex items, granted by the presidium
/// with a reason before the ordinary period ends.
#[test]
fn a_complex_item_has_six_months() {
    let mut t = town();
    t.on(5, 10);
    file(&mut t, 1, 10);
    file(&mut t, 2, 11);
    t.on(5, 15);
    t.hand_over(1, &[p(1), p(2)], 1, &[]);
    let complex = |n| ProposalCommand::MarkComplex {
        proposal: p(n),
        reason: "涉及多个部门，需列入下年度预算".into(),
    };
    let e = proposal_error(t.refused(lead(1), complex(1)));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Presidium,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(presidium(), complex(1));
    assert_eq!(due(&t, 1), Some(day(11, 15)));
    assert_eq!(overdue(&t, at(8, 16)), vec![p(2)]); // the ordinary item: three months
    assert_eq!(overdue(&t, at(11, 15)), vec![p(2)]);
    assert_eq!(overdue(&t, at(11, 16)), vec![p(1), p(2)]);
    let e = proposal_error(t.refused(presidium(), complex(1)));
    assert_eq!(
        e,
        ProposalError::AlreadyMarked {
            proposal: p(1),
            mark: Mark::Complex
        }
    );
    t.on(8, 16);
    let e = proposal_error(t.refused(presidium(), complex(2)));
    assert!(
        matches!(e, ProposalError::ComplexAfterDeadline { .. }),
        "{e:?}"
    );
}

/// Rule: 民法典 第二百零三条 — a holiday at the end moves it to the next working day, when the
/// caller's calendar says so; without a calendar nothing moves.
#[test]
fn a_holiday_at_the_deadline_moves_it_when_the_calendar_says_so() {
    let mut t = town();
    t.on(6, 20);
    file(&mut t, 1, 10);
    t.on(7, 1);
    t.hand_over(1, &[p(1)], 1, &[]);
    assert_eq!(due(&t, 1), Some(day(10, 1)));
    let holidays = (1..=7).map(|d| day(10, d)).collect();
    let record = ProposalCommand::RecordCalendar {
        year: 2026,
        holidays,
        working_days: [day(9, 27), day(10, 10)].into(),
    };
    let e = proposal_error(t.refused(deputy(3), record.clone()));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Staff,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(staff(), record.clone());
    let e = proposal_error(t.refused(staff(), record));
    assert_eq!(e, ProposalError::CalendarRecorded { year: 2026 });
    assert_eq!(due(&t, 1), Some(day(10, 8)));
    assert!(overdue(&t, at(10, 8)).is_empty());
    assert_eq!(overdue(&t, at(10, 9)), vec![p(1)]);
}

/// Rule: 山东 第十五条 — two months from the session's close for items filed in session.
#[test]
fn shandong_counts_from_the_close_of_the_session() {
    let rules = Rulebook::province("山东").expect("profile");
    let mut t = Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .rules(rules)
        .first_session_open();
    t.draft_signed(suggestion(1), 10, []);
    t.submit_by(deputy(10), p(1));
    t.hand_over(1, &[p(1)], 1, &[]);
    assert_eq!(due(&t, 1), None); // the session still sits: the clock has not started
    t.on(1, 16);
    t.close(S1);
    assert_eq!(due(&t, 1), Some(day(3, 16)));
}

/// Rule: only the lead unit replies; only after handover (组织法2022 第四十二条第二款,
/// 代表法2025 第五十一条第二款).
#[test]
fn only_the_lead_unit_replies_and_only_after_handover() {
    let mut t = town();
    t.on(3, 1);
    file(&mut t, 1, 10);
    let e = proposal_error(t.refused(lead(1), reply(1, "A")));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::LeadUnit,
                ..
            }
        ),
        "{e:?}"
    );
    t.hand_over(1, &[p(1)], 1, &[2]);
    for actor in [
        lead(2),
        lead(3),
        Actor::Government {},
        presidium(),
        deputy(10),
    ] {
        let e = proposal_error(t.refused(actor.clone(), reply(1, "A")));
        assert!(
            matches!(e, ProposalError::Forbidden { .. }),
            "{actor:?}: {e:?}"
        );
    }
    let e = proposal_error(t.refused(lead(1), reply(1, "Z")));
    assert!(
        matches!(e, ProposalError::UnknownResultClass { .. }),
        "{e:?}"
    );
    // A co-unit sends its views; the lead unit meets the sponsor, then replies.
    t.ok(
        lead(2),
        ProposalCommand::SendViews {
            proposal: p(1),
            views: "同意纳入明年计划".into(),
        },
    );
    let e = proposal_error(t.refused(
        lead(3),
        ProposalCommand::SendViews {
            proposal: p(1),
            views: "x".into(),
        },
    ));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::CoUnit,
                ..
            }
        ),
        "{e:?}"
    );
    let contact = |d| ProposalCommand::RecordContact {
        proposal: p(1),
        deputy: dep(d),
        note: "当面沟通".into(),
    };
    let e = proposal_error(t.refused(lead(1), contact(11)));
    assert!(matches!(e, ProposalError::NotASponsor { .. }), "{e:?}");
    t.ok(lead(1), contact(10));
    t.ok(lead(1), reply(1, "A"));
    let e = proposal_error(t.refused(lead(1), reply(1, "A")));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Replied,
                act: Act::Reply,
                ..
            }
        ),
        "{e:?}"
    );
}

/// Rule: a misassigned item goes back within seven working days (common practice, 玉林市)
/// and the presidium hands it over again.
#[test]
fn a_unit_returns_a_misassigned_item_within_the_window_and_the_presidium_reassigns() {
    let mut t = town();
    t.on(3, 1);
    file(&mut t, 1, 10);
    file(&mut t, 2, 11);
    t.on(3, 2);
    t.hand_over(1, &[p(1), p(2)], 1, &[]);
    let back = |n| ProposalCommand::ReturnSuggestion {
        proposal: p(n),
        reason: "不属本单位职责".into(),
    };
    t.on(3, 9);
    t.ok(lead(1), back(1));
    assert_eq!(t.ledger.state().proposals().stage(p(1)), Some(Stage::Filed));
    t.on(3, 10);
    let e = proposal_error(t.refused(lead(1), back(2)));
    assert!(
        matches!(e, ProposalError::ReturnWindowClosed { .. }),
        "{e:?}"
    );
    assert_eq!(
        e.citation().map(ToString::to_string).as_deref(),
        Some("组织法2022 第四十二条第二款")
    );
    t.hand_over(2, &[p(1)], 2, &[]);
    let s = t
        .ledger
        .state()
        .proposals()
        .suggestion(p(1))
        .cloned()
        .expect("suggestion");
    assert_eq!(
        (s.handovers.len(), s.returns.len(), s.lead_unit()),
        (2, 1, Some(unit(2)))
    );
    assert_eq!(due(&t, 1), Some(day(6, 10)));
}

/// Rule: only sponsors rate, once each, while serving; a rating given before stays; an
/// unsatisfied rating sends the item back for one re-handling round, then it is closed.
#[test]
fn only_sponsors_rate_and_unsatisfied_means_one_rehandling() {
    let mut t = town();
    t.on(3, 1);
    t.draft_signed(suggestion(1), 10, [11, 12]);
    t.submit_by(deputy(11), p(1));
    let e = proposal_error(t.refused(deputy(10), rate(1, Rating::Satisfied)));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Filed,
                act: Act::Rate,
                ..
            }
        ),
        "{e:?}"
    );
    t.hand_over(1, &[p(1)], 1, &[]);
    t.on(4, 1);
    t.ok(lead(1), reply(1, "B"));
    let e = proposal_error(t.refused(deputy(13), rate(1, Rating::Satisfied)));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Sponsor,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(deputy(12), rate(1, Rating::BasicallySatisfied));
    let e = proposal_error(t.refused(deputy(12), rate(1, Rating::Satisfied)));
    assert_eq!(
        e,
        ProposalError::AlreadyRated {
            proposal: p(1),
            deputy: dep(12),
            round: 1
        }
    );
    // Deputy 12 leaves office: they can no longer rate, and their rating stays.
    t.on(4, 3);
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::MandateTerminated {
            deputy: dep(12),
            on: day(4, 2),
            ground: TerminationGround::Died,
        },
    );
    t.ok(deputy(11), rate(1, Rating::Unsatisfied));
    let s = t
        .ledger
        .state()
        .proposals()
        .suggestion(p(1))
        .cloned()
        .expect("suggestion");
    assert_eq!(s.status, SuggestionStatus::Rehandling { since: day(4, 3) });
    assert_eq!(s.ratings.len(), 2);
    assert_eq!(due(&t, 1), Some(day(7, 3)));
    t.on(5, 3);
    t.ok(lead(1), reply(1, "A"));
    let e = proposal_error(t.refused(deputy(12), rate(1, Rating::Satisfied)));
    assert!(matches!(e, ProposalError::NotServing { .. }), "{e:?}");
    t.ok(deputy(11), rate(1, Rating::Unsatisfied));
    let s = t
        .ledger
        .state()
        .proposals()
        .suggestion(p(1))
        .cloned()
        .expect("suggestion");
    assert_eq!(s.status, SuggestionStatus::Closed { on: day(5, 3) });
    assert_eq!(
        s.final_ratings().get(&dep(12)),
        Some(&Rating::BasicallySatisfied)
    );
}

/// Rule: a B or C reply keeps a follow-up open until the lead unit reports it resolved
/// (代表法2025 第五十二条第一款); the presidium may put an item under a leader's supervision.
#[test]
fn in_progress_replies_stay_open_until_resolved() {
    let mut t = town();
    t.on(3, 1);
    file(&mut t, 1, 10);
    t.ok(
        presidium(),
        ProposalCommand::MarkPriority {
            proposal: p(1),
            leader: "镇长 王建国".into(),
        },
    );
    t.hand_over(1, &[p(1)], 1, &[]);
    t.on(4, 1);
    t.ok(lead(1), reply(1, "C"));
    assert_eq!(t.ledger.state().proposals().open_follow_ups().count(), 1);
    let resolve = ProposalCommand::ResolveFollowUp {
        proposal: p(1),
        summary: "已纳入年度计划并完成".into(),
    };
    let e = proposal_error(t.refused(lead(2), resolve.clone()));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::LeadUnit,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(lead(1), resolve.clone());
    assert_eq!(t.ledger.state().proposals().open_follow_ups().count(), 0);
    let e = proposal_error(t.refused(lead(1), resolve));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                act: Act::ResolveFollowUp,
                ..
            }
        ),
        "{e:?}"
    );
}

/// Rule: same-content suggestions are merged for handling (并案); every sponsor is answered
/// and may rate; a merged item is not handed over on its own.
#[test]
fn merged_suggestions_answer_every_sponsor() {
    let mut t = town();
    t.on(3, 1);
    file(&mut t, 1, 10);
    file(&mut t, 2, 11);
    file(&mut t, 3, 12);
    let merge = ProposalCommand::MergeSuggestions {
        into: p(1),
        merged: [p(2), p(3)].into(),
    };
    let e = proposal_error(t.refused(deputy(10), merge.clone()));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Presidium,
                ..
            }
        ),
        "{e:?}"
    );
    let e = proposal_error(t.refused(
        presidium(),
        ProposalCommand::MergeSuggestions {
            into: p(1),
            merged: [p(1)].into(),
        },
    ));
    assert_eq!(e, ProposalError::MergeIntoItself { proposal: p(1) });
    t.ok(presidium(), merge);
    let s = t
        .ledger
        .state()
        .proposals()
        .suggestion(p(1))
        .cloned()
        .expect("suggestion");
    assert_eq!(
        s.sponsors.signers.keys().copied().collect::<Vec<_>>(),
        vec![dep(10), dep(11), dep(12)]
    );
    let put = township_congress::presidium::PresidiumCommand::PutMotion {
        meeting: township_congress::ids::MeetingId::from_u128(1),
        decision: township_congress::ids::DecisionId::from_u128(1),
        motion: township_congress::presidium::PresidiumDecision::HandOverSuggestions {
            proposals: [p(2)].into(),
            unit: unit(1),
            co_units: Default::default(),
        },
    };
    t.meeting(township_congress::ids::MeetingId::from_u128(1), 1, 1..=9);
    let e = proposal_error(t.refused(deputy(1), put));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Merged,
                ..
            }
        ),
        "{e:?}"
    );
    t.close_meeting(township_congress::ids::MeetingId::from_u128(1), 1);
    t.hand_over(2, &[p(1)], 1, &[]);
    t.ok(lead(1), reply(1, "A"));
    for d in [10, 11, 12] {
        t.ok(deputy(d), rate(1, Rating::Satisfied));
    }
    let s = t.ledger.state();
    let stats =
        s.proposals()
            .suggestion_stats(s.sessions(), t.ledger.rules(), day(1, 1), day(12, 31));
    assert_eq!(stats.township.filed, 3);
    assert_eq!(stats.township.satisfaction.to_string(), "3/3");
    assert_eq!(stats.township.classes.get("A"), Some(&1));
    assert_eq!(
        stats
            .by_deputy
            .get(&dep(11))
            .map(|f| f.satisfaction.to_string()),
        Some("1/1".into())
    );
}

/// Rule: a suggestion's category comes from the rulebook's list; its content is not blank
/// (代表法2025 第二十四条). Any serving deputy files, in recess too.
#[test]
fn suggestions_are_filed_under_a_category_by_serving_deputies() {
    let mut t = town();
    t.on(3, 1);
    let mut draft = suggestion(1);
    if let ProposalCommand::DraftSuggestion { category, .. } = &mut draft {
        *category = "天气".into();
    }
    let e = proposal_error(t.refused(deputy(10), draft));
    assert!(matches!(e, ProposalError::UnknownCategory { .. }), "{e:?}");
    let e = proposal_error(t.refused(Actor::Government {}, suggestion(1)));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Deputy,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.citation(), Some(&Citation::deputies(24, None)));
    file(&mut t, 1, 10);
    let again = Ledger::replay(t.ledger.rules().clone(), t.ledger.events()).expect("replays");
    assert_eq!(again.state(), t.ledger.state());
}

/// The assessment reads the year's suggestion statistics from the record: filed, on time,
/// satisfaction, solved; inquiries and interpellations count as rigid supervision.
#[test]
fn the_assessment_reads_the_statistics_from_the_record() {
    use township_congress::scoring::{Evidence, EvidenceKey, Rate, Value};
    let mut t = town();
    t.on(5, 10);
    file(&mut t, 1, 10);
    file(&mut t, 2, 11);
    t.on(5, 15);
    t.hand_over(1, &[p(1), p(2)], 1, &[]);
    t.on(8, 1);
    t.ok(lead(1), reply(1, "A"));
    t.on(9, 1);
    t.ok(lead(1), reply(2, "C"));
    t.ok(deputy(10), rate(1, Rating::Satisfied));
    t.ok(deputy(11), rate(2, Rating::BasicallySatisfied));
    let e = Evidence::derive(&t.ledger, 2026, day(12, 31)).expect("evidence");
    let rate = |n, d| Some(Value::rate(Rate::new(n, d).expect("rate")));
    assert_eq!(e.get(EvidenceKey::SuggestionsFiled), Some(Value::count(2)));
    assert_eq!(
        e.get(EvidenceKey::SuggestionsAnsweredOnTimeRate),
        rate(1, 2)
    );
    assert_eq!(e.get(EvidenceKey::SuggestionsSatisfactionRate), rate(2, 2));
    assert_eq!(e.get(EvidenceKey::SuggestionsSolvedRate), rate(1, 2));
    assert_eq!(e.get(EvidenceKey::SuggestionsNotPossibleRate), rate(1, 2));
    assert_eq!(
        e.get(EvidenceKey::RigidSupervisionUsed),
        Some(Value::count(0))
    );
    // Cut off before the first reply: nothing due, nothing replied yet.
    let early = Evidence::derive(&t.ledger, 2026, day(7, 31)).expect("evidence");
    assert_eq!(early.get(EvidenceKey::SuggestionsAnsweredOnTimeRate), None);
    assert_eq!(
        early.get(EvidenceKey::SuggestionsFiled),
        Some(Value::count(2))
    );
}

/// Rule: a co-unit sends its views 20 days before the reply deadline (凤阳县, a common-practice
/// default); late views are recorded and reported, not refused.
#[test]
fn co_units_late_with_their_views_are_reported() {
    let mut t = town();
    t.on(5, 10);
    file(&mut t, 1, 10);
    t.on(5, 15);
    t.hand_over(1, &[p(1)], 1, &[2, 3]);
    let late = |t: &Town, when| {
        let s = t.ledger.state();
        s.proposals()
            .co_unit_views_overdue(s.sessions(), t.ledger.rules(), when)
    };
    t.on(7, 20);
    t.ok(
        lead(2),
        ProposalCommand::SendViews {
            proposal: p(1),
            views: "同意".into(),
        },
    );
    assert!(late(&t, at(7, 26)).is_empty()); // due 26 July: 20 days before 15 August
    assert_eq!(late(&t, at(7, 27)), vec![(p(1), unit(3), day(7, 26))]);
    t.on(7, 28);
    t.ok(
        lead(3),
        ProposalCommand::SendViews {
            proposal: p(1),
            views: "迟到的意见".into(),
        },
    );
    assert!(late(&t, at(7, 28)).is_empty());
}
