//! Supervision followed to closure, as stories through the ledger: each test cites its rule,
//! builds its township through the fixture builder, and replays the record at the end.

mod common;

use common::{
    Town, activity, at, day, decision, deputies, meeting, presidium, rectification, unit,
    unit_actor,
};
use township_congress::Error;
use township_congress::presidium::{PlanItem, PlanItemKind, PresidiumDecision};
use township_congress::rulebook::{Citation, RuleField, Rulebook, RulebookProfile};
use township_congress::supervision::{
    ActivityKind, Ratings, SupervisionAct, SupervisionCommand as S, SupervisionError, Who,
};

fn supervision_refusal(e: Error) -> SupervisionError {
    match e {
        Error::Supervision(e) => e,
        other => panic!("expected a supervision refusal, got {other}"),
    }
}

/// 46 deputies, deputy 1 the chair, a presidium of 1–9, three units.
fn town() -> Town {
    Town::with_deputies(46)
        .chair(1)
        .presidium(&(2..=9).collect::<Vec<_>>())
        .units(3)
        .build()
}

/// A county that asks two thirds of an appraised unit's ratings to be satisfied or basically
/// satisfied (local custom, set in a profile).
fn county() -> Rulebook {
    let profile: RulebookProfile = serde_json::from_str(
        r#"{"name":"某县","rules":{"appraisal_satisfaction_min":{
            "value":{"at_least":{"num":2,"den":3}},"authority":"local_custom",
            "citation":{"law":"某县乡镇人大工作评议办法","year":2024,"article":9}}}}"#,
    )
    .expect("profile");
    Rulebook::NATIONAL.with_profile(profile).expect("valid")
}

/// Rule: 代表法2025 第三十一条 (跟踪问效) — an item past its deadline is overdue from the next
/// day until it is closed; an item not yet due is not.
#[test]
fn a_rectification_item_past_its_deadline_is_overdue_until_closed() {
    let mut t = town();
    t.on(3, 2);
    t.activity_delivered(activity(1), ActivityKind::Inspection, &[1, 2], 1..=8);
    t.raise(activity(1), rectification(1), 1, day(4, 30));
    t.raise(activity(1), rectification(2), 2, day(6, 30));
    let rules = t.ledger.rules().clone();
    let overdue = |t: &Town, m, d| {
        t.ledger
            .state()
            .supervision()
            .overdue(&rules, at(m, d))
            .into_iter()
            .map(|o| (o.item, o.days))
            .collect::<Vec<_>>()
    };
    assert_eq!(overdue(&t, 4, 30), vec![]);
    assert_eq!(overdue(&t, 5, 1), vec![(rectification(1), 1)]);
    assert_eq!(overdue(&t, 5, 20), vec![(rectification(1), 20)]);
    // Still overdue while feedback comes in without a re-inspection.
    t.on(5, 20);
    t.ok(
        unit_actor(1),
        S::SendFeedback {
            item: rectification(1),
            summary: "正在整改".into(),
            completed: false,
        },
    );
    assert_eq!(overdue(&t, 5, 21), vec![(rectification(1), 21)]);
    t.on(5, 25);
    t.follow_to_closure(rectification(1), 1);
    assert_eq!(overdue(&t, 5, 26), vec![]);
    assert_eq!(overdue(&t, 7, 1), vec![(rectification(2), 1)]);
    t.replayed();
}

/// Rule: 代表法2025 第三十一条 — the bodies concerned feed back; only the responsible unit
/// feeds back on its item, and the activity cannot close while an item is open.
#[test]
fn only_the_responsible_unit_feeds_back_and_open_items_keep_the_activity_open() {
    let mut t = town();
    t.on(3, 2);
    t.activity_delivered(activity(1), ActivityKind::LawEnforcementCheck, &[1], 1..=5);
    t.raise(activity(1), rectification(1), 1, day(4, 30));
    let feedback = S::SendFeedback {
        item: rectification(1),
        summary: "已整改".into(),
        completed: true,
    };
    for actor in [presidium(), unit_actor(2), common::deputy(3)] {
        let e = supervision_refusal(t.refused(actor.clone(), feedback.clone()));
        assert_eq!(
            e,
            SupervisionError::Forbidden {
                actor,
                act: SupervisionAct::SendFeedback,
                allowed: Who::ResponsibleUnit { unit: unit(1) },
                citation: Citation::deputies(31, None),
            }
        );
    }
    let close = S::CloseActivity {
        activity: activity(1),
    };
    let e = supervision_refusal(t.refused(presidium(), close.clone()));
    assert_eq!(e.code(), "supervision.open_items");
    assert_eq!(
        e.zh().to_string(),
        format!(
            "监督活动{}不能办结：应有0项未销号，现有1项整改事项尚未销号，须跟踪问效至办结（代表法2025 第三十一条）",
            activity(1)
        )
    );
    t.on(4, 20);
    t.follow_to_closure(rectification(1), 1);
    t.ok(presidium(), close);
    t.replayed();
}

/// Rule: a county's appraisal threshold (local custom, 河南 2016 第四条第四项 for appraisal
/// itself) — a unit rated under it must be given rectification before the appraisal closes;
/// the second appraisal comes after the rectification is closed.
#[test]
fn an_appraisal_under_the_threshold_requires_rectification() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&(2..=9).collect::<Vec<_>>())
        .units(3)
        .rules(county())
        .build();
    t.on(3, 2);
    let a = activity(1);
    t.ok(
        presidium(),
        S::Organise {
            activity: a,
            activity_kind: ActivityKind::WorkAppraisal,
            title: "镇农业农村办工作评议".into(),
            units: [unit(1)].into(),
            plan_item: None,
        },
    );
    t.ok(
        presidium(),
        S::RecordHeld {
            activity: a,
            on: day(3, 2),
            participants: deputies(1..=30),
        },
    );
    // 12 satisfied and 6 basically satisfied of 30: 18, under the 20 two thirds require.
    let rate = |s, b, u| S::RecordRatings {
        activity: a,
        unit: unit(1),
        ratings: Ratings::new(s, b, u),
    };
    t.ok(presidium(), rate(12, 6, 12));
    t.ok(
        presidium(),
        S::RecordReport {
            activity: a,
            findings: "办事效率低".into(),
            opinions: vec!["改进窗口服务".into()],
        },
    );
    t.ok(
        presidium(),
        S::DeliverOpinions {
            activity: a,
            to: [unit(1)].into(),
        },
    );
    let close = S::CloseActivity { activity: a };
    let e = supervision_refusal(t.refused(presidium(), close.clone()));
    assert_eq!(
        e,
        SupervisionError::RectificationNotRaised {
            activity: a,
            unit: unit(1),
            approving: 18,
            ratings: 30,
            required: 20,
            basis: t.ledger.rules().basis(RuleField::AppraisalSatisfactionMin),
        }
    );
    assert!(
        e.to_string().ends_with(
            "(某县乡镇人大工作评议办法2024 第九条; local custom, not statute, field `appraisal_satisfaction_min`)"
        ),
        "{e}"
    );
    let e = supervision_refusal(t.refused(presidium(), rate(20, 5, 5)));
    assert_eq!(e.code(), "supervision.second_round_before_rectification");
    t.raise(a, rectification(1), 1, day(5, 31));
    t.on(5, 10);
    t.follow_to_closure(rectification(1), 1);
    t.on(5, 20);
    t.ok(presidium(), rate(20, 5, 5));
    t.ok(presidium(), S::PublishAppraisal { activity: a });
    t.ok(presidium(), close);
    let results = t
        .ledger
        .state()
        .supervision()
        .activity(a)
        .expect("appraisal")
        .results();
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].rounds,
        vec![Ratings::new(12, 6, 12), Ratings::new(20, 5, 5)]
    );
    assert_eq!(results[0].latest.rate.to_string(), "25/30 (83.3%)");
    t.replayed();
}

/// Rule: 组织法2022 第三十六条第一款 — specific-question investigation committees are for county
/// level and above; the refusal says so.
#[test]
fn a_township_forms_no_investigation_committee_by_default() {
    let mut t = town();
    t.on(3, 2);
    let e = supervision_refusal(t.refused(
        presidium(),
        S::Organise {
            activity: activity(1),
            activity_kind: ActivityKind::SpecificQuestionInvestigation,
            title: "关于征地补偿问题的调查".into(),
            units: Default::default(),
            plan_item: None,
        },
    ));
    assert_eq!(
        e.to_string(),
        "a specific-question investigation committee is for congresses at county level and above; the rulebook does not provide one for a township congress (组织法2022 第三十六条第一款)"
    );
    assert_eq!(
        e.zh().to_string(),
        "特定问题调查委员会由县级以上人民代表大会组织，乡镇人民代表大会无此程序（组织法2022 第三十六条第一款）"
    );
}

/// Rule: 组织法2022 第十九条第二款 — the year's recess plan is carried out; an item no activity
/// carried out is visible.
#[test]
fn a_planned_activity_not_held_is_listed() {
    let mut t = town();
    t.on(2, 1);
    t.meeting(meeting(1), 1, 1..=6);
    let plan = PresidiumDecision::ApproveRecessPlan {
        year: 2026,
        items: vec![
            PlanItem::new(PlanItemKind::IssueOfConcern, "农村饮水安全"),
            PlanItem::new(PlanItemKind::Inspection, "集镇污水管网建设视察"),
            PlanItem::new(
                PlanItemKind::LawEnforcementCheck,
                "农产品质量安全法执法检查",
            ),
        ],
    };
    t.decide(meeting(1), 1, decision(1), plan, 1..=6);
    t.on(3, 2);
    // An activity may name only an item of the plan, of its own category.
    let e = supervision_refusal(t.refused(
        presidium(),
        S::Organise {
            activity: activity(1),
            activity_kind: ActivityKind::Research,
            title: "调研".into(),
            units: Default::default(),
            plan_item: Some("集镇污水管网建设视察".into()),
        },
    ));
    assert_eq!(e.code(), "supervision.not_in_plan");
    t.ok(
        presidium(),
        S::Organise {
            activity: activity(1),
            activity_kind: ActivityKind::Inspection,
            title: "集镇污水管网建设视察".into(),
            units: Default::default(),
            plan_item: Some("集镇污水管网建设视察".into()),
        },
    );
    let state = t.ledger.state();
    let unheld = |t: &Town| {
        let s = t.ledger.state();
        s.supervision()
            .unheld_plan_items(s.presidium(), 2026, day(12, 31))
            .iter()
            .map(|i| i.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        state
            .supervision()
            .unheld_plan_items(state.presidium(), 2026, day(12, 31))
            .len(),
        2,
        "organised is not held"
    );
    t.ok(
        presidium(),
        S::RecordHeld {
            activity: activity(1),
            on: day(3, 2),
            participants: deputies(1..=8),
        },
    );
    assert_eq!(unheld(&t), vec!["农产品质量安全法执法检查".to_owned()]);
    t.replayed();
}

/// Rule: 浙江 实施办法 2016 第二十四条 — the unit feeds back within three months; nationally
/// there is no fixed period ("及时", 代表法2025 第三十一条).
#[test]
fn zhejiang_counts_three_months_for_feedback() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&(2..=9).collect::<Vec<_>>())
        .units(3)
        .rules(Rulebook::province("浙江").expect("浙江"))
        .build();
    t.on(3, 2);
    t.activity_delivered(activity(1), ActivityKind::Research, &[3], 1..=6);
    t.raise(activity(1), rectification(1), 3, day(12, 31));
    let rules = t.ledger.rules().clone();
    let late = |t: &Town, m, d| {
        t.ledger
            .state()
            .supervision()
            .feedback_overdue(&rules, at(m, d))
    };
    assert!(late(&t, 6, 2).is_empty());
    assert_eq!(late(&t, 6, 3).first().map(|f| f.due), Some(day(6, 2)));
    assert!(
        t.ledger
            .state()
            .supervision()
            .feedback_overdue(&Rulebook::NATIONAL, at(12, 1))
            .is_empty()
    );
    assert_eq!(
        rules
            .basis(RuleField::SupervisionFeedbackMonths)
            .to_string(),
        "浙江省实施《代表法》办法2016 第二十四条; provincial rule, field `supervision_feedback_months`"
    );
}
