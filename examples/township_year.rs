//! A year of one township congress, 青山镇 (Qingshan town), term 8, played from fixed dates.
//!
//! ```text
//! cargo run --example township_year
//! ```
//!
//! Each step is an envelope (who, when, what) executed by the ledger; refusals are printed
//! with the rule they break. The log at the end is the archive (档案).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use township_congress::deputy::{
    DeputyCommand, EvaluationOutcome, IssueOutcome, TrainingOrganiser,
};
use township_congress::ids::{
    ActivityId, ConstituencyId, DecisionId, DeedId, DeputyId, DutyReportId, ElectionId,
    GroupActivityId, GroupId, ItemId, MeetingId, ProposalId, ReceptionId, RectificationId,
    SessionId, StationId, TrainingId, UnitId,
};
use township_congress::presidium::{
    AnswerMode, PlanItem, PlanItemKind, PresidiumCommand, PresidiumDecision,
};
use township_congress::proposal::{Organ, Power, ProposalCommand, Rating, Target};
use township_congress::records::{self, PointsScheme};
use township_congress::roster::{Officeholder, Post, TerminationGround, UnitKind};
use township_congress::scoring::{
    Evidence, EvidenceKey, Points, Rubric, Scorecard, StatedFact, Value,
};
use township_congress::session::{
    Attendance, CandidateTally, Choice, Nominator, SessionCommand, SessionEvent, Subject,
};
use township_congress::session::{
    NonVotingAttendee, NonVotingCapacity, PreparationStep, SessionOpened, VoteClosed,
};
use township_congress::supervision::{ActivityKind, Ratings, SupervisionCommand};
use township_congress::{
    Actor, Command, Envelope, Error, Event, Label, Ledger, RosterChange, Rulebook,
};

const DEPUTIES: u32 = 46;

/// The national statute with the county's local custom (青山县, an example): the appraisal
/// threshold and the duty-report evaluation's thresholds, which no statute sets.
fn county_rules() -> Rulebook {
    let profile = r#"{
      "name": "青山县（示例）",
      "description": "National statute; the county's own rules for work appraisal and duty-report evaluation, and one practice taken from 重庆: a deputies' bill the presidium does not list becomes a suggestion (local custom).",
      "rules": {
        "appraisal_satisfaction_min": { "value": { "at_least": { "num": 2, "den": 3 } },
          "authority": "local_custom", "citation": { "law": "青山县乡镇人大工作评议办法", "year": 2024, "article": 9 } },
        "duty_evaluation_renomination": { "value": { "at_least": { "num": 2, "den": 3 } },
          "authority": "local_custom", "citation": { "law": "青山县人大代表述职评议办法", "year": 2024, "article": 12 } },
        "duty_evaluation_commendation": { "value": { "at_least": { "num": 4, "den": 5 } },
          "authority": "local_custom", "citation": { "law": "青山县人大代表述职评议办法", "year": 2024, "article": 13 } },
        "unlisted_bill_becomes_suggestion": { "value": true,
          "authority": "local_custom", "citation": { "law": "重庆市乡镇人民代表大会工作条例", "year": 2016, "article": 14, "paragraph": 2 } }
      }
    }"#;
    Rulebook::from_profile_json(profile).unwrap_or_default()
}

fn at(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    // Hours are Beijing time; the ledger stores UTC.
    Utc.with_ymd_and_hms(2026, month, day, hour.saturating_sub(8), 0, 0)
        .single()
        .unwrap_or_default()
}

fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap_or_default()
}

fn dep(n: u32) -> DeputyId {
    DeputyId::from_u128(u128::from(n))
}

struct Clerk {
    ledger: Ledger,
}

impl Clerk {
    /// Executes an envelope and prints what was recorded, or why it was refused.
    fn file(&mut self, actor: Actor, when: DateTime<Utc>, command: Command) -> Result<(), Error> {
        let label = label_of(&command);
        match self
            .ledger
            .execute(Envelope::new(actor.clone(), when, command))
        {
            Ok(rec) => {
                let who = actor.label_zh();
                println!(
                    "  #{:<4} {} — {who} ({actor})",
                    rec.seq,
                    rec.event.label_zh()
                );
                for e in rec.events() {
                    if let Event::Session(SessionEvent::SessionOpened(SessionOpened {
                        present,
                        all_deputies,
                        required,
                        ..
                    })) = e
                    {
                        println!(
                            "         quorum: {present} of all {all_deputies} deputies present, {required} required (三分之二以上)"
                        );
                    }
                    if let Event::Session(SessionEvent::VoteClosed(VoteClosed { result, .. })) = e {
                        let (f, a, ab) =
                            (result.votes_for, result.votes_against, result.abstentions);
                        println!("         {f} for, {a} against, {ab} abstaining: {result}");
                    }
                }
                for e in &rec.effects {
                    println!("         ⇒ {}", e.label_zh());
                }
                Ok(())
            }
            Err(e) => {
                println!("  REFUSED  {label:<12} by {}: {e}", actor.label_zh());
                Err(e)
            }
        }
    }

    fn quiet(&mut self, actor: Actor, when: DateTime<Utc>, command: Command) -> Result<(), Error> {
        self.ledger
            .execute(Envelope::new(actor, when, command))
            .map(|_| ())
    }
}

/// The deputies' names, as the roster records them.
fn names(clerk: &Clerk, deputies: Vec<DeputyId>) -> String {
    let roster = clerk.ledger.roster();
    let names: Vec<&str> = deputies
        .iter()
        .filter_map(|d| roster.deputy(*d))
        .map(|d| d.name.as_str())
        .collect();
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

fn label_of(command: &Command) -> &'static str {
    match command {
        Command::Roster(c) => c.label_zh(),
        Command::Session(c) => c.label_zh(),
        Command::Presidium(c) => c.label_zh(),
        Command::Proposal(c) => c.label_zh(),
        Command::Supervision(c) => c.label_zh(),
        Command::Deputy(c) => c.label_zh(),
        _ => "",
    }
}

const FIRST: SessionId = SessionId::from_u128(1);
const MIDYEAR: SessionId = SessionId::from_u128(2);

fn staff() -> Actor {
    Actor::Staff {
        name: "李干事".into(),
    }
}

/// Everyone in `present` registers; the others are recorded absent (or on leave, approved by
/// the chair, for those in `leave`).
fn attendance(
    clerk: &mut Clerk,
    session: SessionId,
    when: DateTime<Utc>,
    present: u32,
    leave: &[u32],
) -> Result<(), Error> {
    let roster: Vec<DeputyId> = clerk.ledger.roster().serving_at(when.date_naive());
    let chair = clerk.ledger.roster().chair_at(when.date_naive());
    let (mut here, mut away) = (0, 0);
    for (k, deputy) in roster.iter().enumerate() {
        let k = u32::try_from(k).unwrap_or(u32::MAX);
        let n = u32::try_from(deputy.as_uuid().as_u128()).unwrap_or(0);
        let (actor, attendance) = if k < present {
            here += 1;
            (Actor::deputy(*deputy), Attendance::Present)
        } else if leave.contains(&n) {
            // The chair approves leave; with none seated yet, the presidium does
            // (`Rulebook::leave_approver`, nationally a common-practice default).
            let approver = chair.map_or(Actor::Presidium {}, Actor::deputy);
            (approver, Attendance::OnLeave)
        } else {
            away += 1;
            (staff(), Attendance::Absent)
        };
        clerk.quiet(
            actor,
            when,
            Command::Session(SessionCommand::RecordAttendance {
                session,
                deputy: *deputy,
                attendance,
            }),
        )?;
    }
    println!(
        "     attendance: {here} present, {} on leave, {away} absent without leave",
        roster.len() as u32 - here - away
    );
    Ok(())
}

/// Puts an item and has the first `yes` present deputies vote for it, the next `no` against.
fn vote(
    clerk: &mut Clerk,
    session: SessionId,
    when: DateTime<Utc>,
    item: u128,
    title: &str,
    subject: Subject,
    (yes, no): (u32, u32),
) -> Result<(), Error> {
    let item = ItemId::from_u128(item);
    clerk.file(
        Actor::Presidium {},
        when,
        Command::Session(SessionCommand::PutItem {
            session,
            item,
            title: title.into(),
            subject,
        }),
    )?;
    let present = clerk
        .ledger
        .state()
        .sessions()
        .get(session)
        .map(|s| s.present_at(clerk.ledger.roster(), when.date_naive()))
        .unwrap_or_default();
    for (k, deputy) in present.iter().enumerate() {
        let k = u32::try_from(k).unwrap_or(u32::MAX);
        let choice = if k < yes {
            Choice::For
        } else if k < yes + no {
            Choice::Against
        } else {
            Choice::Abstain
        };
        clerk.quiet(
            Actor::deputy(*deputy),
            when,
            Command::Session(SessionCommand::CastVote {
                session,
                item,
                choice,
            }),
        )?;
    }
    println!("     {title}:");
    clerk.file(
        Actor::Presidium {},
        when,
        Command::Session(SessionCommand::CloseVote { session, item }),
    )
}

fn main() -> Result<(), Error> {
    let rules = county_rules();
    println!("青山镇第八届人民代表大会 — a year of township congress work\n");
    println!("Rulebook `{}` (selected rules):", rules.name());
    for entry in rules.entries().iter().filter(|e| {
        [
            "term_years",
            "session_quorum",
            "adoption",
            "deputy_quota_base",
            "deputy_group_min",
            "resignation_acceptance",
            "bill_sponsors_min",
            "suggestion_reply_months",
            "unlisted_bill_becomes_suggestion",
            "appraisal_satisfaction_min",
            "duty_evaluation_min_respondents",
            "duty_evaluation_renomination",
        ]
        .contains(&e.field)
    }) {
        println!(
            "  {:<32} {:<14} {} [{}]",
            entry.field,
            entry.value,
            entry.citation,
            entry.authority.label_zh()
        );
    }

    let mut clerk = Clerk {
        ledger: Ledger::new(rules),
    };
    let r = |c: RosterChange| Command::Roster(c);

    println!("\n1. The term and its deputies (代表名册)");
    clerk.file(
        Actor::CountyStandingCommittee {},
        at(1, 5, 9),
        r(RosterChange::TermOpened {
            township: "青山镇".into(),
            number: 8,
            election_completed: day(1, 4),
            population: 28_600,
            seats: DEPUTIES,
            uplift: false,
            township_kind: township_congress::roster::TownshipKind::Town,
            minorities: Vec::new(),
        }),
    )?;
    let quota = clerk.ledger.rules().deputy_quota_range(28_600, false);
    println!(
        "     quota for 28,600 inhabitants: {}..={} deputies; the county fixed {DEPUTIES}",
        quota.start(),
        quota.end()
    );
    for k in 0..DEPUTIES.div_ceil(3) {
        clerk.quiet(
            Actor::ElectionCommittee {},
            at(1, 5, 10),
            r(RosterChange::ConstituencyDrawn {
                constituency: ConstituencyId::from_u128(u128::from(k) + 1),
                name: format!("第{}选区", k + 1),
                seats: (DEPUTIES - 3 * k).min(3),
                voters: 1_150,
            }),
        )?;
    }
    for i in 1..=DEPUTIES {
        clerk.quiet(
            Actor::ElectionCommittee {},
            at(1, 5, 11),
            r(RosterChange::DeputyElected {
                deputy: dep(i),
                name: format!("代表{i:02}"),
                constituency: ConstituencyId::from_u128(u128::from((i - 1) / 3) + 1),
                on: day(1, 4),
                by_election: false,
            }),
        )?;
    }
    println!(
        "     {} constituencies drawn, {} deputies elected on 2026-01-04",
        DEPUTIES.div_ceil(3),
        DEPUTIES
    );
    // 选举法2020 第四十七条: the credentials committee reports, the (previous) presidium
    // confirms, and the list of deputies is published before the first session.
    let elected: std::collections::BTreeSet<DeputyId> = (1..=DEPUTIES).map(dep).collect();
    clerk.quiet(
        Actor::CredentialsCommittee {},
        at(1, 5, 12),
        r(RosterChange::CredentialsReviewed {
            valid: elected.clone(),
            void: std::collections::BTreeSet::new(),
            on: day(1, 5),
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(1, 5, 13),
        r(RosterChange::CredentialsConfirmed {
            deputies: elected,
            on: day(1, 5),
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(1, 5, 14),
        r(RosterChange::DeputyListPublished { on: day(1, 5) }),
    )?;
    println!(
        "     credentials confirmed on 2026-01-05: {} deputies serve",
        clerk.ledger.roster().deputies_at(day(1, 5)).len()
    );

    for (u, (name, kind)) in [
        ("镇农业农村办", UnitKind::Department),
        ("镇财政所", UnitKind::Institution),
        ("县交通运输局青山分局", UnitKind::CountyOrgan),
    ]
    .iter()
    .enumerate()
    {
        clerk.quiet(
            Actor::Government {},
            at(1, 6, 9),
            r(RosterChange::UnitRegistered {
                unit: UnitId::from_u128(u128::try_from(u).unwrap_or(0) + 1),
                name: (*name).into(),
                category: *kind,
            }),
        )?;
    }
    println!("     3 government units registered to handle suggestions and answer interpellations");

    println!("\n2. The term's first session (第一次会议), convened by the previous presidium");
    let s = |c: SessionCommand| Command::Session(c);
    // Three months after the election is too late: the first session must sit within two.
    let _ = clerk.file(
        Actor::Presidium {},
        at(1, 8, 9),
        s(SessionCommand::ConveneFirstSession {
            session: FIRST,
            opens_on: day(4, 10),
        }),
    );
    clerk.file(
        Actor::Presidium {},
        at(1, 8, 9),
        s(SessionCommand::ConveneFirstSession {
            session: FIRST,
            opens_on: day(1, 15),
        }),
    )?;
    // The presidium publishes the date and sends the notice and the materials (组织法2022
    // 第十四条第一款; a province may set how many days ahead, 浙江 7 and 1).
    for step in [
        PreparationStep::PublishDate,
        PreparationStep::SendNotice,
        PreparationStep::SendMaterials,
    ] {
        clerk.quiet(
            Actor::Presidium {},
            at(1, 8, 10),
            s(SessionCommand::Prepare {
                session: FIRST,
                step,
            }),
        )?;
    }
    println!("     2026-01-08: date published, notice and materials sent to the deputies");
    // No chair is seated before the first session elects one: the presidium approves leave.
    attendance(&mut clerk, FIRST, at(1, 15, 8), 43, &[44])?;
    println!(
        "     代表44's leave approved by the presidium: no chair is seated yet (代表法 第十三条)"
    );
    // The government's leaders attend without a vote (列席, 组织法2022 第二十一条).
    clerk.file(
        staff(),
        at(1, 15, 8),
        s(SessionCommand::RecordNonVotingAttendee {
            session: FIRST,
            attendee: NonVotingAttendee::new("李明（副镇长）", NonVotingCapacity::GovernmentLeader),
        }),
    )?;
    // National law has no township preparatory meeting (组织法2022 第十七条 is county level and
    // above): the session opens, then elects its presidium and adopts its agenda first.
    clerk.file(
        Actor::Presidium {},
        at(1, 15, 9),
        s(SessionCommand::OpenSession { session: FIRST }),
    )?;
    println!("     no preparatory meeting nationally: first the presidium and the agenda");
    let presidium: std::collections::BTreeSet<DeputyId> = (1..=9).map(dep).collect();
    vote(
        &mut clerk,
        FIRST,
        at(1, 15, 9),
        1,
        "选举大会主席团",
        Subject::PresidiumElection {
            members: presidium.clone(),
        },
        (40, 0),
    )?;
    vote(
        &mut clerk,
        FIRST,
        at(1, 15, 9),
        2,
        "通过大会议程",
        Subject::Agenda {},
        (41, 0),
    )?;
    vote(
        &mut clerk,
        FIRST,
        at(1, 15, 11),
        3,
        "镇人民政府工作报告",
        Subject::GovernmentWorkReport {},
        (39, 2),
    )?;
    vote(
        &mut clerk,
        FIRST,
        at(1, 15, 11),
        4,
        "2026年财政预算",
        Subject::Budget {},
        (36, 4),
    )?;
    elect(
        &mut clerk,
        FIRST,
        at(1, 15, 14),
        1,
        Post::Chair,
        &[Officeholder::Deputy { deputy: dep(1) }],
        &[38],
    )?;
    elect(
        &mut clerk,
        FIRST,
        at(1, 15, 15),
        2,
        Post::TownshipHead,
        &[Officeholder::Citizen {
            name: "王建国".into(),
        }],
        &[37],
    )?;
    bills_at_the_first_session(&mut clerk)?;
    clerk.file(
        Actor::Presidium {},
        at(1, 15, 17),
        s(SessionCommand::CloseSession { session: FIRST }),
    )?;
    println!(
        "     chair (人大主席): {}; township head (镇长): {}",
        names(
            &clerk,
            clerk
                .ledger
                .roster()
                .chair_at(day(1, 15))
                .into_iter()
                .collect()
        ),
        clerk
            .ledger
            .roster()
            .holders_at(Post::TownshipHead, day(1, 15))
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );

    println!("\n3. Deputy groups, the contact office and stations (代表小组、联络站)");
    let areas = ["东片", "西片", "南片", "北片"];
    for (g, area) in areas.iter().enumerate() {
        let g = u32::try_from(g).unwrap_or(0);
        let members = (1..=DEPUTIES).filter(|i| i % 4 == g).map(dep).collect();
        clerk.file(
            Actor::Presidium {},
            at(2, 10, 9),
            r(RosterChange::GroupFormed {
                group: GroupId::from_u128(u128::from(g) + 1),
                name: format!("{area}代表小组"),
                area: (*area).into(),
                members,
                on: day(2, 10),
            }),
        )?;
    }
    // Two deputies cannot form a group.
    let _ = clerk.file(
        Actor::Presidium {},
        at(2, 10, 10),
        r(RosterChange::GroupFormed {
            group: GroupId::from_u128(9),
            name: "企业代表小组".into(),
            area: "工业园".into(),
            members: [dep(5), dep(6)].into_iter().collect(),
            on: day(2, 10),
        }),
    );
    clerk.file(
        Actor::Presidium {},
        at(2, 11, 9),
        r(RosterChange::ContactOfficeOpened {
            name: "青山镇人大代表联络室".into(),
            on: day(2, 11),
        }),
    )?;
    for (s, village) in ["青山村", "石桥村", "河西社区"].iter().enumerate() {
        let station = StationId::from_u128(u128::try_from(s).unwrap_or(0) + 1);
        clerk.quiet(
            Actor::Presidium {},
            at(2, 11, 10),
            r(RosterChange::StationOpened {
                station,
                name: format!("{village}代表联络站"),
                village: (*village).into(),
                on: day(2, 11),
            }),
        )?;
    }
    for i in 1..=40 {
        let station = StationId::from_u128(u128::from(i % 3) + 1);
        clerk.quiet(
            Actor::Presidium {},
            at(2, 12, 9),
            r(RosterChange::DeputyAssignedToStation {
                station,
                deputy: dep(i),
                on: day(2, 12),
            }),
        )?;
    }
    let uncovered = clerk.ledger.roster().deputies_without_station(day(2, 12));
    println!(
        "     3 stations opened; {} deputies not yet assigned to a station",
        uncovered.len()
    );
    // The chair takes a post in the township government: the law forbids holding both
    // (组织法2022 第十八条第二款). The fact is recorded; the record lists the conflict, and the
    // chair cannot act in the post until one of the two ends.
    clerk.file(
        staff(),
        at(2, 13, 9),
        r(RosterChange::AdministrativePostTaken {
            deputy: dep(1),
            title: "镇党政办主任".into(),
            on: day(2, 13),
        }),
    )?;
    for c in clerk.ledger.roster().conflicts_at(day(2, 13)) {
        println!(
            "     conflict: {} holds {} beside {:?} ({})",
            c.deputy,
            c.post.label_zh(),
            c.administrative,
            c.citation
        );
    }
    clerk.file(
        staff(),
        at(2, 14, 9),
        r(RosterChange::AdministrativePostLeft {
            deputy: dep(1),
            title: "镇党政办主任".into(),
            on: day(2, 14),
        }),
    )?;
    println!(
        "     the chair gave the administrative post up on 2026-02-14: {} conflicts remain",
        clerk.ledger.roster().conflicts_at(day(2, 14)).len()
    );

    println!("\n4. The presidium between sessions (主席团闭会期间工作)");
    let p = |c: PresidiumCommand| Command::Presidium(c);
    let meeting = MeetingId::from_u128(1);
    let chair = Actor::deputy(dep(1));
    clerk.file(
        chair.clone(),
        at(2, 20, 9),
        p(PresidiumCommand::ConveneMeeting { meeting }),
    )?;
    for n in 1..=7 {
        clerk.quiet(
            Actor::deputy(dep(n)),
            at(2, 20, 9),
            p(PresidiumCommand::RegisterAttendance { meeting }),
        )?;
    }
    println!(
        "     7 of 9 members present (quorum {})",
        clerk.ledger.rules().presidium_quorum().value.required(9)
    );
    let plan = PresidiumDecision::ApproveRecessPlan {
        year: 2026,
        items: vec![
            PlanItem::new(PlanItemKind::IssueOfConcern, "农村饮水安全"),
            PlanItem::new(
                PlanItemKind::SpecialWorkReport,
                "镇政府关于人居环境整治的专项工作报告",
            ),
            PlanItem::new(PlanItemKind::Inspection, "集镇污水管网建设视察"),
            PlanItem::new(PlanItemKind::Research, "村级集体经济发展调研"),
            PlanItem::new(
                PlanItemKind::LawEnforcementCheck,
                "《农产品质量安全法》执法检查",
            ),
        ],
    };
    let convene = PresidiumDecision::ConveneSession {
        session: MIDYEAR,
        opens_on: day(7, 10),
    };
    for (k, motion) in [plan, convene].into_iter().enumerate() {
        let k = u32::try_from(k).unwrap_or(0);
        let decision = DecisionId::from_u128(u128::from(k) + 1);
        clerk.file(
            chair.clone(),
            at(2, 20, 10 + k),
            p(PresidiumCommand::PutMotion {
                meeting,
                decision,
                motion,
            }),
        )?;
        for n in 1..=6 {
            clerk.quiet(
                Actor::deputy(dep(n)),
                at(2, 20, 10 + k),
                p(PresidiumCommand::CastVote {
                    decision,
                    choice: Choice::For,
                }),
            )?;
        }
        clerk.file(
            chair.clone(),
            at(2, 20, 10 + k),
            p(PresidiumCommand::CloseVote { decision }),
        )?;
    }
    // Deputy 20 is not on the presidium.
    let _ = clerk.file(
        Actor::deputy(dep(20)),
        at(2, 20, 12),
        p(PresidiumCommand::RegisterAttendance { meeting }),
    );
    clerk.file(
        chair.clone(),
        at(2, 20, 12),
        p(PresidiumCommand::CloseMeeting { meeting }),
    )?;
    if let Some(plan) = clerk.ledger.state().presidium().recess_plan(2026) {
        println!("     recess work plan 2026: {} items", plan.items.len());
        for item in &plan.items {
            println!("       - {}: {}", item.category.label_zh(), item.title);
        }
    }

    suggestions_filed_and_handed_over(&mut clerk)?;

    println!("\n5. A resignation is the congress's decision (选举法 第五十五条)");
    let base = |c: &Clerk, d| c.ledger.roster().all_deputies_count(c.ledger.rules(), d);
    let quorum = |c: &Clerk, d| c.ledger.rules().session_quorum().value.required(base(c, d));
    // Deputy 40 resigns in writing in March; stating the acceptance by hand is refused now
    // that sessions are in the record: the next session votes on it.
    let _ = clerk.file(
        Actor::Presidium {},
        at(3, 10, 11),
        r(RosterChange::ResignationAccepted {
            deputy: dep(40),
            on: day(3, 10),
            votes_for: 41,
        }),
    );

    suggestions_answered_and_rated(&mut clerk)?;

    println!("\n6. The mid-year regular session (年中例会), on the date the presidium set");
    attendance(&mut clerk, MIDYEAR, at(7, 10, 8), 39, &[41, 42, 43])?;
    clerk.file(
        Actor::Presidium {},
        at(7, 10, 9),
        s(SessionCommand::OpenSession { session: MIDYEAR }),
    )?;
    vote(
        &mut clerk,
        MIDYEAR,
        at(7, 10, 9),
        11,
        "选举大会主席团",
        Subject::PresidiumElection { members: presidium },
        (38, 0),
    )?;
    vote(
        &mut clerk,
        MIDYEAR,
        at(7, 10, 9),
        12,
        "通过大会议程",
        Subject::Agenda {},
        (38, 0),
    )?;
    vote(
        &mut clerk,
        MIDYEAR,
        at(7, 10, 10),
        13,
        "上半年预算执行情况报告",
        Subject::BudgetExecutionReport {},
        (35, 1),
    )?;
    println!(
        "     before: {} deputies, quorum {} present",
        base(&clerk, day(7, 9)),
        quorum(&clerk, day(7, 9))
    );
    // 23 of 46 is not a majority of all deputies.
    vote(
        &mut clerk,
        MIDYEAR,
        at(7, 10, 10),
        15,
        "接受代表辞职（23票）",
        Subject::AcceptResignation { deputy: dep(40) },
        (23, 0),
    )?;
    vote(
        &mut clerk,
        MIDYEAR,
        at(7, 10, 10),
        16,
        "接受代表辞职",
        Subject::AcceptResignation { deputy: dep(40) },
        (37, 0),
    )?;
    println!(
        "     from 2026-07-10: {} deputies, quorum {} present, majority {}",
        base(&clerk, day(7, 10)),
        quorum(&clerk, day(7, 10)),
        clerk
            .ledger
            .rules()
            .adoption()
            .value
            .required(base(&clerk, day(7, 10)))
    );
    // 22 for and nobody against is still short of a majority of all 45 deputies.
    vote(
        &mut clerk,
        MIDYEAR,
        at(7, 10, 11),
        14,
        "关于撤销镇政府某项决定的议案",
        Subject::AnnulGovernmentDecision {},
        (22, 0),
    )?;
    vice_chairs_with_another_election(&mut clerk)?;
    proposals_at_the_midyear_session(&mut clerk)?;
    clerk.file(
        Actor::Presidium {},
        at(7, 10, 17),
        s(SessionCommand::CloseSession { session: MIDYEAR }),
    )?;
    println!(
        "     vice-chairs (人大副主席): {}",
        names(&clerk, clerk.ledger.roster().vice_chairs_at(day(7, 10)))
    );

    println!("\n7. Two sessions missed without leave end a mandate (代表法 第六十二条)");
    let missed: Vec<DeputyId> = clerk
        .ledger
        .roster()
        .serving_at(day(7, 11))
        .into_iter()
        .filter(|d| clerk.ledger.roster().unexcused_absences(*d) >= 2)
        .collect();
    for d in &missed {
        clerk.file(
            Actor::CredentialsCommittee {},
            at(7, 20, 9),
            r(RosterChange::MandateTerminated {
                deputy: *d,
                on: day(7, 20),
                ground: TerminationGround::UnexcusedAbsences,
            }),
        )?;
    }
    println!(
        "     {} mandates terminated; {} deputies remain",
        missed.len(),
        base(&clerk, day(7, 20))
    );

    supervision_followed_to_closure(&mut clerk)?;
    work_appraisal(&mut clerk)?;
    deputies_work(&mut clerk)?;

    println!("\n11. The year in numbers");
    let sessions = clerk.ledger.state().sessions();
    let year = sessions.year_compliance(clerk.ledger.rules(), 2026);
    println!(
        "     sessions held in 2026: {} (at least {}: {}; normally {}: {}; {})",
        year.held,
        year.floor,
        if year.meets_floor { "met" } else { "NOT met" },
        year.normal,
        if year.meets_normal { "met" } else { "not met" },
        year.citation
    );
    println!(
        "     reports not heard this year (组织法2022 第十二条、第十九条第二款): {}",
        year.heard.missing().join("、")
    );
    let gaps = clerk
        .ledger
        .state()
        .presidium()
        .quarters_without_meeting(day(1, 1), day(12, 31));
    println!(
        "     quarters without a presidium meeting: {}",
        gaps.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let below = clerk
        .ledger
        .roster()
        .groups_below_minimum(clerk.ledger.rules(), day(12, 31));
    println!("     deputy groups below three members: {}", below.len());
    proposals_at_year_end(&clerk);

    year_end_records(&clerk);
    year_end_assessment(&clerk)?;

    println!("\n14. The archive (档案)");
    let replayed = Ledger::replay(clerk.ledger.rules().clone(), clerk.ledger.events())?;
    println!(
        "     {} events recorded; replayed state identical: {}",
        clerk.ledger.events().len(),
        replayed.state() == clerk.ledger.state()
    );
    Ok(())
}

/// Runs an election: the presidium calls it and nominates, fixes the candidates, and the
/// tellers count the ballots (every present deputy returns one).
fn elect(
    clerk: &mut Clerk,
    session: SessionId,
    when: DateTime<Utc>,
    n: u128,
    post: Post,
    candidates: &[Officeholder],
    votes_for: &[u32],
) -> Result<(), Error> {
    let s = |c: SessionCommand| Command::Session(c);
    let election = ElectionId::from_u128(n);
    clerk.file(
        Actor::Presidium {},
        when,
        s(SessionCommand::CallElection {
            session,
            election,
            post,
            seats: 1,
            margin: None,
            by_election: false,
        }),
    )?;
    // The presidium nominates no more than the seats (组织法2022 第二十六条第三款); further
    // candidates come from ten deputies co-signing in writing.
    for (k, c) in candidates.iter().enumerate() {
        let (actor, nominator) = if k == 0 {
            (Actor::Presidium {}, Nominator::Presidium {})
        } else {
            let first = 10 + 10 * u32::try_from(k).unwrap_or(0);
            (
                staff(),
                Nominator::Deputies {
                    signers: (first..first + 10).map(dep).collect(),
                },
            )
        };
        clerk.quiet(
            actor,
            when,
            s(SessionCommand::Nominate {
                session,
                election,
                candidate: c.clone(),
                nominator,
                ethnicity: None,
            }),
        )?;
    }
    clerk.file(
        Actor::Presidium {},
        when,
        s(SessionCommand::FixCandidates { session, election }),
    )?;
    let returned = clerk
        .ledger
        .state()
        .sessions()
        .get(session)
        .map(|x| x.present_at(clerk.ledger.roster(), when.date_naive()).len())
        .unwrap_or(0);
    let returned = u32::try_from(returned).unwrap_or(0);
    let tallies = candidates
        .iter()
        .zip(votes_for)
        .map(|(c, f)| CandidateTally::new(c.clone(), *f, returned.saturating_sub(*f + 2), 2))
        .collect();
    println!("     ballots: {returned} issued and returned");
    clerk.file(
        staff(),
        when,
        s(SessionCommand::CountBallots {
            session,
            election,
            ballots_returned: returned,
            tallies,
            write_ins: Vec::new(),
        }),
    )
}

/// Two vice-chair seats, four candidates (差额选举): one seat filled on the first ballot; the
/// seat left unfilled is elected again (另行选举) with candidates the presidium takes from the
/// first ballot's ranking (组织法2022 第二十九条第二、三款), exempt from the nominators' cap.
fn vice_chairs_with_another_election(clerk: &mut Clerk) -> Result<(), Error> {
    let s = |c: SessionCommand| Command::Session(c);
    let (session, election, when) = (MIDYEAR, ElectionId::from_u128(3), at(7, 10, 14));
    println!("     electing two vice-chairs (差额选举, two seats, four candidates)");
    clerk.file(
        Actor::Presidium {},
        when,
        s(SessionCommand::CallElection {
            session,
            election,
            post: Post::ViceChair,
            seats: 2,
            margin: None,
            by_election: false,
        }),
    )?;
    // The presidium nominates up to the seats; ten deputies co-sign each further candidate.
    for (n, signers) in [(2, None), (3, None), (4, Some(10)), (5, Some(20))] {
        let (actor, nominator) = match signers {
            None => (Actor::Presidium {}, Nominator::Presidium {}),
            Some(first) => (
                staff(),
                Nominator::Deputies {
                    signers: (first..first + 10).map(dep).collect(),
                },
            ),
        };
        let candidate = Officeholder::Deputy { deputy: dep(n) };
        let nominate = SessionCommand::Nominate {
            session,
            election,
            candidate,
            nominator,
            ethnicity: None,
        };
        clerk.quiet(actor, when, s(nominate))?;
    }
    clerk.file(
        Actor::Presidium {},
        when,
        s(SessionCommand::FixCandidates { session, election }),
    )?;
    let ballot = |votes: &[(u32, u32)]| {
        let tallies = votes
            .iter()
            .map(|(n, f)| {
                let who = Officeholder::Deputy { deputy: dep(*n) };
                CandidateTally::new(who, *f, 39 - f, 0)
            })
            .collect();
        s(SessionCommand::CountBallots {
            session,
            election,
            ballots_returned: 39,
            tallies,
            write_ins: Vec::new(),
        })
    };
    println!("     first ballot: 代表02 27, 代表03 20, 代表04 18, 代表05 10; 23 needed");
    clerk.file(staff(), when, ballot(&[(2, 27), (3, 20), (4, 18), (5, 10)]))?;
    // The presidium could nominate one more candidate only; it takes two from the ranking.
    clerk.file(
        Actor::Presidium {},
        at(7, 10, 15),
        s(SessionCommand::FixCandidatesFromRanking {
            session,
            election,
            candidates: 2,
        }),
    )?;
    println!("     另行选举: 代表03 and 代表04, from the first ballot's ranking");
    clerk.file(staff(), at(7, 10, 15), ballot(&[(3, 25), (4, 12)]))?;
    println!(
        "     vice-chairs (人大副主席): {}",
        names(clerk, clerk.ledger.roster().vice_chairs_at(day(7, 10)))
    );
    Ok(())
}

fn sup(c: SupervisionCommand) -> Command {
    Command::Supervision(c)
}

fn work(c: DeputyCommand) -> Command {
    Command::Deputy(c)
}

fn unit_actor(n: u128) -> Actor {
    Actor::Unit {
        unit: UnitId::from_u128(n),
    }
}

fn units(ns: &[u128]) -> std::collections::BTreeSet<UnitId> {
    ns.iter().copied().map(UnitId::from_u128).collect()
}

fn deputies(ns: impl IntoIterator<Item = u32>) -> std::collections::BTreeSet<DeputyId> {
    ns.into_iter().map(dep).collect()
}

/// An inspection from the recess plan, its two rectification items: one followed to closure,
/// one left overdue.
fn supervision_followed_to_closure(clerk: &mut Clerk) -> Result<(), Error> {
    println!("\n8. An inspection followed to closure (视察、跟踪问效)");
    let a = ActivityId::from_u128(1);
    let title = "集镇污水管网建设视察";
    clerk.file(
        Actor::Presidium {},
        at(8, 3, 9),
        sup(SupervisionCommand::Organise {
            activity: a,
            activity_kind: ActivityKind::Inspection,
            title: title.into(),
            units: units(&[1, 3]),
            plan_item: Some(title.into()),
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(8, 5, 17),
        sup(SupervisionCommand::RecordHeld {
            activity: a,
            on: day(8, 5),
            participants: deputies(1..=12),
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(8, 7, 9),
        sup(SupervisionCommand::RecordReport {
            activity: a,
            findings: "管网破损三处，部分路段雨污混流".into(),
            opinions: vec!["限期修复破损管网".into(), "开展雨污分流改造".into()],
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(8, 7, 10),
        sup(SupervisionCommand::DeliverOpinions {
            activity: a,
            to: units(&[1, 3]),
        }),
    )?;
    let (r1, r2) = (RectificationId::from_u128(1), RectificationId::from_u128(2));
    for (item, unit, issue, deadline) in [
        (r1, 1, "修复破损管网", day(9, 30)),
        (r2, 3, "整治雨污混流", day(10, 31)),
    ] {
        clerk.file(
            Actor::Presidium {},
            at(8, 8, 9),
            sup(SupervisionCommand::RaiseRectification {
                activity: a,
                item,
                unit: UnitId::from_u128(unit),
                issue: issue.into(),
                deadline,
            }),
        )?;
    }
    let feedback = |item| {
        sup(SupervisionCommand::SendFeedback {
            item,
            summary: "破损管网已全部修复".into(),
            completed: true,
        })
    };
    // Only the responsible unit reports on its item.
    let _ = clerk.file(unit_actor(2), at(9, 1, 9), feedback(r1));
    clerk.file(unit_actor(1), at(9, 20, 9), feedback(r1))?;
    clerk.file(
        Actor::deputy(dep(2)),
        at(9, 25, 9),
        sup(SupervisionCommand::Reinspect {
            item: r1,
            rectified: true,
            notes: "现场复查，三处均已修复".into(),
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(9, 26, 9),
        sup(SupervisionCommand::CloseItem { item: r1 }),
    )?;
    // The inspection cannot be closed while the second item is open.
    let _ = clerk.file(
        Actor::Presidium {},
        at(9, 26, 10),
        sup(SupervisionCommand::CloseActivity { activity: a }),
    );
    Ok(())
}

/// A unit rated under the county's threshold, rectification, a second round, publication.
fn work_appraisal(clerk: &mut Clerk) -> Result<(), Error> {
    println!("\n9. Work appraisal of a unit (工作评议)");
    let a = ActivityId::from_u128(2);
    clerk.file(
        Actor::Presidium {},
        at(10, 8, 9),
        sup(SupervisionCommand::Organise {
            activity: a,
            activity_kind: ActivityKind::WorkAppraisal,
            title: "镇财政所工作评议".into(),
            units: units(&[2]),
            plan_item: None,
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(10, 10, 9),
        sup(SupervisionCommand::RecordHeld {
            activity: a,
            on: day(10, 10),
            participants: deputies(1..=30),
        }),
    )?;
    let round = |s, b, u| {
        sup(SupervisionCommand::RecordRatings {
            activity: a,
            unit: UnitId::from_u128(2),
            ratings: Ratings::new(s, b, u),
        })
    };
    clerk.file(Actor::Presidium {}, at(10, 10, 16), round(13, 6, 11))?;
    print_rounds(clerk, a);
    clerk.file(
        Actor::Presidium {},
        at(10, 12, 9),
        sup(SupervisionCommand::RecordReport {
            activity: a,
            findings: "惠农补贴发放不及时，群众反映较多".into(),
            opinions: vec!["规范惠农资金发放流程".into()],
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(10, 12, 10),
        sup(SupervisionCommand::DeliverOpinions {
            activity: a,
            to: units(&[2]),
        }),
    )?;
    let close = sup(SupervisionCommand::CloseActivity { activity: a });
    // Under the threshold, the appraisal cannot close without rectification.
    let _ = clerk.file(Actor::Presidium {}, at(10, 15, 9), close.clone());
    let r3 = RectificationId::from_u128(3);
    clerk.file(
        Actor::Presidium {},
        at(10, 15, 10),
        sup(SupervisionCommand::RaiseRectification {
            activity: a,
            item: r3,
            unit: UnitId::from_u128(2),
            issue: "规范惠农资金发放流程".into(),
            deadline: day(11, 30),
        }),
    )?;
    clerk.file(
        unit_actor(2),
        at(11, 2, 9),
        sup(SupervisionCommand::SendFeedback {
            item: r3,
            summary: "建立发放台账，实行限时办结".into(),
            completed: true,
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(11, 4, 9),
        sup(SupervisionCommand::Reinspect {
            item: r3,
            rectified: true,
            notes: "抽查二十户，均按时发放".into(),
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(11, 4, 10),
        sup(SupervisionCommand::CloseItem { item: r3 }),
    )?;
    clerk.file(Actor::Presidium {}, at(11, 6, 9), round(21, 5, 4))?;
    print_rounds(clerk, a);
    clerk.file(
        Actor::Presidium {},
        at(11, 6, 10),
        sup(SupervisionCommand::PublishAppraisal { activity: a }),
    )?;
    clerk.file(Actor::Presidium {}, at(11, 7, 9), close)
}

fn print_rounds(clerk: &Clerk, a: ActivityId) {
    let results = clerk
        .ledger
        .state()
        .supervision()
        .activity(a)
        .map(|x| x.results())
        .unwrap_or_default();
    for r in results {
        let l = r.latest;
        println!(
            "     round {}: {} satisfied or basically satisfied of {} = {}; {} required: {}",
            l.round,
            l.approving,
            l.total,
            l.rate,
            l.required.unwrap_or(0),
            if l.rectification_required {
                "rectification required (应当整改)"
            } else {
                "passed"
            }
        );
    }
}

/// Speeches, training, a reception, a deed, a group activity, two duty reports with the voters'
/// evaluation, and the year's performance published.
fn deputies_work(clerk: &mut Clerk) -> Result<(), Error> {
    println!("\n10. Deputies' work and duty reports (代表履职、述职测评)");
    clerk.file(
        staff(),
        at(11, 10, 9),
        work(DeputyCommand::RecordSpeech {
            session: MIDYEAR,
            deputy: dep(10),
            topic: "关于农村饮水安全".into(),
        }),
    )?;
    clerk.file(
        Actor::CountyStandingCommittee {},
        at(11, 12, 9),
        work(DeputyCommand::RecordTraining {
            training: TrainingId::from_u128(1),
            on: day(11, 12),
            title: "乡镇人大代表履职培训".into(),
            organiser: TrainingOrganiser::CountyStandingCommittee,
            attendees: deputies((1..=39).chain(41..=43)),
        }),
    )?;
    let reception = ReceptionId::from_u128(1);
    clerk.file(
        Actor::deputy(dep(10)),
        at(11, 15, 9),
        work(DeputyCommand::RecordReception {
            reception,
            station: StationId::from_u128(2),
            on: day(11, 15),
            deputies: deputies([1, 10]),
            voters: 26,
            issues: vec!["村口路灯不亮".into(), "自来水水压不足".into()],
        }),
    )?;
    clerk.file(
        staff(),
        at(11, 18, 9),
        work(DeputyCommand::RecordIssueOutcome {
            reception,
            issue: 0,
            outcome: IssueOutcome::Resolved {},
        }),
    )?;
    clerk.file(
        staff(),
        at(11, 20, 9),
        work(DeputyCommand::RecordDeed {
            deed: DeedId::from_u128(1),
            on: day(11, 20),
            deputies: deputies([11]),
            description: "协调修缮石桥村便民桥".into(),
        }),
    )?;
    clerk.file(
        staff(),
        at(11, 22, 9),
        work(DeputyCommand::RecordGroupActivity {
            activity: GroupActivityId::from_u128(1),
            group: GroupId::from_u128(1),
            on: day(11, 22),
            topic: "走访困难群众".into(),
            participants: deputies([4, 8, 12]),
        }),
    )?;
    for (n, deputy, audience, (s, b, u)) in [(1_u32, 10, 68, (52, 10, 3)), (2, 11, 45, (30, 8, 2))]
    {
        let report = DutyReportId::from_u128(u128::from(n));
        clerk.file(
            Actor::Presidium {},
            at(11, 24 + n, 9),
            work(DeputyCommand::RecordDutyReport {
                report,
                deputy: dep(deputy),
                on: day(11, 24 + n),
                place: format!("第{}选区村委会", (deputy - 1) / 3 + 1),
                audience,
            }),
        )?;
        clerk.file(
            staff(),
            at(11, 24 + n, 11),
            work(DeputyCommand::RecordEvaluation {
                report,
                ratings: Ratings::new(s, b, u),
            }),
        )?;
        let outcome = clerk
            .ledger
            .state()
            .deputies()
            .duty_report(report)
            .and_then(|r| r.evaluation.as_ref())
            .map(|e| e.outcome);
        println!(
            "     {}: {}",
            names(clerk, vec![dep(deputy)]),
            describe_outcome(outcome)
        );
    }
    clerk.file(
        Actor::Presidium {},
        at(12, 28, 9),
        work(DeputyCommand::PublishPerformance { year: 2026 }),
    )
}

fn describe_outcome(outcome: Option<EvaluationOutcome>) -> String {
    match outcome {
        None => "not evaluated".to_owned(),
        Some(EvaluationOutcome::Invalid {
            respondents,
            required,
        }) => format!("{respondents} respondents, {required} needed: invalid (测评无效)"),
        Some(o @ EvaluationOutcome::Valid { approval, .. }) => format!(
            "approval {approval}; re-nomination {}, commendation {}",
            if o.recommends_renomination() {
                "recommended (建议连任)"
            } else {
                "not recommended"
            },
            if o.eligible_for_commendation() {
                "eligible (可评先评优)"
            } else {
                "not eligible"
            }
        ),
    }
}

/// Three deputies' yearly records, what is overdue, and what the year's archive lacks.
fn year_end_records(clerk: &Clerk) {
    println!("\n12. Deputies' records and the year's archive check (履职档案、档案缺项)");
    let ledger = &clerk.ledger;
    let end = day(12, 31);
    let state = ledger.state();
    for o in state.supervision().overdue(ledger.rules(), at(12, 31, 17)) {
        println!(
            "     overdue rectification: {} days past {} (逾期未整改)",
            o.days, o.deadline
        );
    }
    let scheme = PointsScheme::default_scheme().ok();
    for n in [1, 10, 44] {
        let Some(r) = records::performance_record(ledger, dep(n), 2026, end) else {
            continue;
        };
        let s = &r.sessions;
        let rate = s.rate.map_or_else(|| "—".to_owned(), |r| r.to_string());
        println!(
            "     {}: sessions {} (present {}, leave {}, absent {}; rate {rate}), speeches {}, supervision {}, training {}, reception days {}, duty reports {}{}",
            r.name,
            s.sessions,
            s.present,
            s.on_leave,
            s.absent_without_leave,
            r.speeches.len(),
            r.supervision.len(),
            r.trainings.len(),
            r.reception_days,
            r.duty_reports.len(),
            scheme
                .as_ref()
                .map(|sc| format!("; points {}", sc.score(&r).total))
                .unwrap_or_default()
        );
    }
    let pending = state
        .deputies()
        .pending_duty_reports(state.roster(), state.sessions(), ledger.rules(), end)
        .unwrap_or_default();
    if let Some(p) = pending.first() {
        println!(
            "     {} deputies have not reported to their voters yet; {} months left in the term",
            pending.len(),
            p.months_left
        );
    }
    println!("     the archive of 2026 lacks:");
    for g in records::archive_gaps(ledger, 2026, end) {
        println!(
            "       - {}。要求：{}（{}）",
            g.missing_zh,
            g.requires_zh,
            g.source_text()
        );
    }
}

fn proposal(n: u128) -> ProposalId {
    ProposalId::from_u128(100 + n)
}

fn pc(c: ProposalCommand) -> Command {
    Command::Proposal(c)
}

/// A presidium meeting convened by the chair with members 1 to 7 present; each motion is put,
/// six members vote for it, and the chair closes the vote.
fn presidium_meeting(
    clerk: &mut Clerk,
    when: DateTime<Utc>,
    id: u128,
    motions: Vec<PresidiumDecision>,
) -> Result<(), Error> {
    let p = |c: PresidiumCommand| Command::Presidium(c);
    let (meeting, chair) = (MeetingId::from_u128(id), Actor::deputy(dep(1)));
    clerk.quiet(
        chair.clone(),
        when,
        p(PresidiumCommand::ConveneMeeting { meeting }),
    )?;
    for n in 1..=7 {
        clerk.quiet(
            Actor::deputy(dep(n)),
            when,
            p(PresidiumCommand::RegisterAttendance { meeting }),
        )?;
    }
    for (k, motion) in motions.into_iter().enumerate() {
        let decision = DecisionId::from_u128(id * 10 + u128::try_from(k).unwrap_or(0));
        clerk.quiet(
            chair.clone(),
            when,
            p(PresidiumCommand::PutMotion {
                meeting,
                decision,
                motion,
            }),
        )?;
        for n in 1..=6 {
            clerk.quiet(
                Actor::deputy(dep(n)),
                when,
                p(PresidiumCommand::CastVote {
                    decision,
                    choice: Choice::For,
                }),
            )?;
        }
        clerk.file(
            chair.clone(),
            when,
            p(PresidiumCommand::CloseVote { decision }),
        )?;
    }
    clerk.quiet(chair, when, p(PresidiumCommand::CloseMeeting { meeting }))
}

/// A deputy drafts, the others sign in person, the drafter lodges it.
fn lodge(
    clerk: &mut Clerk,
    when: DateTime<Utc>,
    draft: ProposalCommand,
    drafter: u32,
    others: impl IntoIterator<Item = u32>,
) -> Result<(), Error> {
    let id = match &draft {
        ProposalCommand::DraftBill { proposal, .. }
        | ProposalCommand::DraftSuggestion { proposal, .. }
        | ProposalCommand::DraftInterpellation { proposal, .. }
        | ProposalCommand::DraftRecall { proposal, .. } => *proposal,
        _ => return Ok(()),
    };
    clerk.quiet(Actor::deputy(dep(drafter)), when, pc(draft))?;
    for n in others {
        clerk.quiet(
            Actor::deputy(dep(n)),
            when,
            pc(ProposalCommand::Sign { proposal: id }),
        )?;
    }
    clerk.file(
        Actor::deputy(dep(drafter)),
        when,
        pc(ProposalCommand::Submit { proposal: id }),
    )
}

fn draft_bill(n: u128, title: &str, power: Power) -> ProposalCommand {
    ProposalCommand::DraftBill {
        proposal: proposal(n),
        session: FIRST,
        power,
        title: title.into(),
        subject: format!("{title}的案由"),
        grounds: "群众反映强烈，经代表小组调研".into(),
        plan: "列入年度计划，分期实施".into(),
    }
}

/// Two deputies' bills: one listed, questioned and adopted; one not listed, which becomes a
/// suggestion under the county's practice.
fn bills_at_the_first_session(clerk: &mut Clerk) -> Result<(), Error> {
    println!("     bills (议案): five deputies or more jointly, while the session sits");
    let when = at(1, 15, 16);
    let road = draft_bill(
        1,
        "关于实施东片村道硬化工程的议案",
        Power::ConstructionPlans,
    );
    clerk.quiet(Actor::deputy(dep(10)), when, pc(road))?;
    for n in 11..=13 {
        clerk.quiet(
            Actor::deputy(dep(n)),
            when,
            pc(ProposalCommand::Sign {
                proposal: proposal(1),
            }),
        )?;
    }
    // Four signatures are one short of five (组织法2022 第二十二条第二款).
    let _ = clerk.file(
        Actor::deputy(dep(10)),
        when,
        pc(ProposalCommand::Submit {
            proposal: proposal(1),
        }),
    );
    clerk.quiet(
        Actor::deputy(dep(14)),
        when,
        pc(ProposalCommand::Sign {
            proposal: proposal(1),
        }),
    )?;
    clerk.file(
        Actor::deputy(dep(10)),
        when,
        pc(ProposalCommand::Submit {
            proposal: proposal(1),
        }),
    )?;
    lodge(
        clerk,
        when,
        draft_bill(2, "关于新建镇文化广场的议案", Power::ConstructionPlans),
        15,
        16..=19,
    )?;
    presidium_meeting(
        clerk,
        when,
        11,
        vec![
            PresidiumDecision::DecideBillListing {
                proposal: proposal(1),
                list: true,
            },
            PresidiumDecision::DecideBillListing {
                proposal: proposal(2),
                list: false,
            },
        ],
    )?;
    clerk.file(
        Actor::Presidium {},
        when,
        Command::Session(SessionCommand::PutItem {
            session: FIRST,
            item: ItemId::from_u128(5),
            title: "关于实施东片村道硬化工程的议案".into(),
            subject: Subject::Bill {
                proposal: proposal(1),
            },
        }),
    )?;
    let inquiry = township_congress::ids::InquiryId::from_u128(1);
    clerk.file(
        Actor::deputy(dep(20)),
        when,
        pc(ProposalCommand::AskInquiry {
            inquiry,
            session: FIRST,
            item: ItemId::from_u128(5),
            organ: Organ::Government {},
            question: "工程资金从何而来".into(),
        }),
    )?;
    clerk.file(
        Actor::Government {},
        when,
        pc(ProposalCommand::AnswerInquiry {
            inquiry,
            responder: "副镇长 李明".into(),
            answer: "县级补助六成，镇级配套四成".into(),
        }),
    )?;
    vote_on(clerk, FIRST, when, 5, "东片村道硬化工程议案", (36, 3))
}

/// Votes on an item already put: the first `yes` present deputies for, the next `no` against.
fn vote_on(
    clerk: &mut Clerk,
    session: SessionId,
    when: DateTime<Utc>,
    item: u128,
    title: &str,
    (yes, no): (u32, u32),
) -> Result<(), Error> {
    let item = ItemId::from_u128(item);
    let present = clerk
        .ledger
        .state()
        .sessions()
        .get(session)
        .map(|s| s.present_at(clerk.ledger.roster(), when.date_naive()))
        .unwrap_or_default();
    for (k, deputy) in present.iter().enumerate() {
        let k = u32::try_from(k).unwrap_or(u32::MAX);
        let choice = if k < yes {
            Choice::For
        } else if k < yes + no {
            Choice::Against
        } else {
            Choice::Abstain
        };
        clerk.quiet(
            Actor::deputy(*deputy),
            when,
            Command::Session(SessionCommand::CastVote {
                session,
                item,
                choice,
            }),
        )?;
    }
    println!("     {title}:");
    clerk.file(
        Actor::Presidium {},
        when,
        Command::Session(SessionCommand::CloseVote { session, item }),
    )
}

fn draft_suggestion(n: u128, category: &str, title: &str) -> ProposalCommand {
    ProposalCommand::DraftSuggestion {
        proposal: proposal(n),
        category: category.into(),
        title: title.into(),
        content: format!("{title}：具体情况和建议措施"),
    }
}

/// Four suggestions filed in recess, with the converted bill five; the presidium hands them to
/// the units.
fn suggestions_filed_and_handed_over(clerk: &mut Clerk) -> Result<(), Error> {
    println!("\n4b. Suggestions, criticisms and opinions (建议、批评和意见), filed in recess");
    let when = at(2, 25, 9);
    lodge(
        clerk,
        when,
        draft_suggestion(3, "农业农村", "关于整修石桥村灌溉渠的建议"),
        21,
        [22],
    )?;
    lodge(
        clerk,
        when,
        draft_suggestion(4, "社会保障", "关于增设农村养老服务点的建议"),
        23,
        [],
    )?;
    lodge(
        clerk,
        when,
        draft_suggestion(5, "城乡建设", "关于集镇增设路灯的建议"),
        25,
        [],
    )?;
    lodge(
        clerk,
        when,
        draft_suggestion(6, "生态环境", "关于河道垃圾清理的建议"),
        27,
        [],
    )?;
    let unit = UnitId::from_u128;
    presidium_meeting(
        clerk,
        at(3, 2, 9),
        12,
        vec![
            PresidiumDecision::HandOverSuggestions {
                proposals: [proposal(3), proposal(4), proposal(6)].into(),
                unit: unit(1),
                co_units: [unit(2)].into(),
            },
            PresidiumDecision::HandOverSuggestions {
                proposals: [proposal(2), proposal(5)].into(),
                unit: unit(3),
                co_units: Default::default(),
            },
        ],
    )?;
    println!(
        "     five suggestions handed over on 2026-03-02 (the unlisted bill among them); replies due 2026-06-02"
    );
    Ok(())
}

/// Contacts, replies, ratings, and one re-handling after an unsatisfied rating.
fn suggestions_answered_and_rated(clerk: &mut Clerk) -> Result<(), Error> {
    println!("\n5b. Handling: contact, replies, ratings, one re-handling (代表法 第五十一条)");
    let (farm, roads) = (
        Actor::Unit {
            unit: UnitId::from_u128(1),
        },
        Actor::Unit {
            unit: UnitId::from_u128(3),
        },
    );
    let reply = |n, class: &str| {
        pc(ProposalCommand::ReplySuggestion {
            proposal: proposal(n),
            class: class.into(),
            reply: "办理情况答复".into(),
        })
    };
    let rate = |n, rating| {
        pc(ProposalCommand::RateSuggestion {
            proposal: proposal(n),
            rating,
        })
    };
    clerk.file(
        Actor::Unit {
            unit: UnitId::from_u128(2),
        },
        at(4, 1, 9),
        pc(ProposalCommand::SendViews {
            proposal: proposal(3),
            views: "财政所同意安排资金".into(),
        }),
    )?;
    clerk.file(
        farm.clone(),
        at(4, 2, 9),
        pc(ProposalCommand::RecordContact {
            proposal: proposal(3),
            deputy: dep(21),
            note: "到现场面商".into(),
        }),
    )?;
    // Only the lead unit replies.
    let _ = clerk.file(
        Actor::Unit {
            unit: UnitId::from_u128(2),
        },
        at(4, 10, 9),
        reply(3, "A"),
    );
    clerk.file(farm.clone(), at(4, 10, 9), reply(3, "A"))?;
    clerk.file(farm.clone(), at(4, 20, 9), reply(4, "B"))?;
    clerk.file(farm.clone(), at(5, 6, 9), reply(6, "D"))?;
    clerk.file(roads.clone(), at(5, 8, 9), reply(5, "A"))?;
    clerk.file(
        Actor::deputy(dep(21)),
        at(5, 10, 9),
        rate(3, Rating::Satisfied),
    )?;
    clerk.file(
        Actor::deputy(dep(25)),
        at(5, 10, 9),
        rate(5, Rating::BasicallySatisfied),
    )?;
    // Only sponsors rate.
    let _ = clerk.file(
        Actor::deputy(dep(30)),
        at(5, 10, 9),
        rate(6, Rating::Satisfied),
    );
    clerk.file(
        Actor::deputy(dep(27)),
        at(5, 12, 9),
        rate(6, Rating::Unsatisfied),
    )?;
    clerk.file(farm.clone(), at(6, 20, 9), reply(6, "A"))?;
    clerk.file(
        Actor::deputy(dep(27)),
        at(6, 25, 9),
        rate(6, Rating::Satisfied),
    )
}

/// The resolution's implementation reported, an interpellation answered twice, a recall that
/// fails.
fn proposals_at_the_midyear_session(clerk: &mut Clerk) -> Result<(), Error> {
    println!("     the government reports on the resolution adopted in January (决议执行情况)");
    clerk.file(
        Actor::Government {},
        at(7, 10, 15),
        pc(ProposalCommand::ReportImplementation {
            proposal: proposal(1),
            session: MIDYEAR,
            summary: "东片村道一期完工".into(),
        }),
    )?;
    println!("     an interpellation (质询案), ten deputies in writing");
    let interpellation = ProposalCommand::DraftInterpellation {
        proposal: proposal(7),
        session: MIDYEAR,
        target: Target::Government {},
        question: "集镇污水管网工程为何停工".into(),
        content: "工程停工三个月，请说明原因和复工计划".into(),
    };
    lodge(clerk, at(7, 10, 15), interpellation, 20, 21..=29)?;
    presidium_meeting(
        clerk,
        at(7, 10, 15),
        13,
        vec![PresidiumDecision::DecideInterpellationAnswer {
            proposal: proposal(7),
            answer: AnswerMode::OralAtPlenary,
        }],
    )?;
    let answer = |text: &str| {
        pc(ProposalCommand::AnswerInterpellation {
            proposal: proposal(7),
            head: "镇长 王建国".into(),
            answer: text.into(),
        })
    };
    clerk.file(Actor::Government {}, at(7, 10, 15), answer("资金未到位"))?;
    // Five of ten (半数以上) are unsatisfied: a second answer is due.
    for n in 20..=29 {
        let satisfied = n >= 25;
        clerk.quiet(
            Actor::deputy(dep(n)),
            at(7, 10, 15),
            pc(ProposalCommand::RateAnswer {
                proposal: proposal(7),
                satisfied,
            }),
        )?;
    }
    println!(
        "     5 of 10 signers unsatisfied: half or more, so the government answers again (代表法 第二十条第五款)"
    );
    clerk.file(
        Actor::Government {},
        at(7, 10, 16),
        answer("县级资金已下达，八月复工"),
    )?;
    for n in 20..=29 {
        clerk.quiet(
            Actor::deputy(dep(n)),
            at(7, 10, 16),
            pc(ProposalCommand::RateAnswer {
                proposal: proposal(7),
                satisfied: true,
            }),
        )?;
    }
    println!("     a motion to recall the township head (罢免案), a fifth of the deputies");
    let head = Officeholder::Citizen {
        name: "王建国".into(),
    };
    lodge(
        clerk,
        at(7, 10, 16),
        ProposalCommand::DraftRecall {
            proposal: proposal(8),
            session: MIDYEAR,
            post: Post::TownshipHead,
            holder: head,
            reasons: "污水管网工程长期停工".into(),
        },
        30,
        31..=38,
    )?;
    clerk.file(
        Actor::Staff {
            name: "李干事".into(),
        },
        at(7, 10, 16),
        pc(ProposalCommand::RecordDefence {
            proposal: proposal(8),
            forum: township_congress::proposal::DefenceForum::Plenary,
            summary: "停工系资金原因，已落实".into(),
        }),
    )?;
    clerk.file(
        Actor::Presidium {},
        at(7, 10, 16),
        pc(ProposalCommand::PutRecallToVote {
            proposal: proposal(8),
        }),
    )?;
    clerk.file(
        staff(),
        at(7, 10, 16),
        pc(ProposalCommand::CountRecallBallots {
            proposal: proposal(8),
            ballots_returned: 39,
            votes_for: 12,
            votes_against: 25,
            abstentions: 2,
        }),
    )?;
    if let Some(r) = clerk.ledger.state().proposals().recall(proposal(8)) {
        println!(
            "     recall: {} ({})",
            r.status.stage(),
            r.status.stage().label_zh()
        );
    }
    Ok(())
}

/// Year-end: overdue suggestions, open obligations and the statistics.
fn proposals_at_year_end(clerk: &Clerk) {
    let state = clerk.ledger.state();
    let (proposals, sessions, rules) = (state.proposals(), state.sessions(), clerk.ledger.rules());
    let now = at(12, 31, 17);
    let overdue = proposals.overdue_suggestions(sessions, rules, now);
    println!(
        "     suggestions overdue on 2026-12-31 (逾期未答复): {}",
        overdue.len()
    );
    for d in &overdue {
        let title = proposals
            .suggestion(d.proposal)
            .map_or("", |s| s.title.as_str());
        println!(
            "       - {title}: due {}, {} days late, unit {}",
            d.due_on, -d.days_left, d.unit
        );
    }
    let stats = proposals.suggestion_stats(sessions, rules, day(1, 1), day(12, 31));
    let t = &stats.township;
    println!(
        "     suggestions: {} filed; on time {}; contacted {}; satisfied {}; solved {}; classes {:?}",
        t.filed, t.on_time, t.contacted, t.satisfaction, t.solved, t.classes
    );
    println!(
        "     resolutions awaiting an implementation report: {}; follow-ups open: {}",
        proposals.resolutions_awaiting_report().count(),
        proposals.open_follow_ups().count()
    );
}

/// The year's assessment (年度目标管理考核): 青山镇's evidence derived from the record above
/// plus the county's stated facts, its scorecard under the default rubric, then the county's
/// ranking with two smaller townships.
fn year_end_assessment(clerk: &Clerk) -> Result<(), Error> {
    println!("\n13. The year's assessment and the county ranking (年度考核、全县排名)");
    use EvidenceKey as K;
    let rubric = Rubric::default_rubric()?;
    let end = day(12, 31);
    let mut qingshan = Evidence::derive(&clerk.ledger, 2026, end)?;
    let derived = qingshan.items().count();
    let check = "县人大常委会 2026-12-20 实地检查";
    let facts = stated(&[
        (K::OfficeSpace, Value::yes(), check),
        (K::OfficeEquipment, Value::yes(), check),
        (
            K::Staffing,
            Value::level(1),
            "镇党委 2024年第7号任职文件（兼职）",
        ),
        (K::ActivityBudget, Value::yes(), "青山镇2026年财政预算"),
        (K::RulesOfProcedureAdopted, Value::yes(), check),
        (K::JobDutiesAdopted, Value::yes(), check),
        (K::DualContactSystemAdopted, Value::no(), check),
        (
            K::GroupDutiesAdopted,
            Value::yes(),
            "镇人大 2026年第2号文件",
        ),
        (
            K::PartyCommitteeStudied,
            Value::count(1),
            "镇党委会议纪要 2026年第4期",
        ),
        (K::ArchiveRating, Value::level(2), check),
        (K::PublicityItems, Value::count(5), "镇政府网站"),
        (K::HigherLevelPublicity, Value::count(1), "县融媒体中心"),
        (K::SeriousViolation, Value::no(), "县纪委 2026年12月函"),
    ]);
    println!(
        "     evidence as of {end}: {derived} items derived from the record; {} facts the record cannot know, stated with their sources:",
        facts.len()
    );
    for f in &facts {
        println!("       - {}: {} — {}", f.key.label_zh(), f.value, f.source);
    }
    qingshan.state_all(facts)?;
    print_scorecard(&rubric, &rubric.score(&qingshan));
    county_ranking(&rubric, qingshan)
}

/// Facts stated with their sources.
fn stated(list: &[(EvidenceKey, Value, &str)]) -> Vec<StatedFact> {
    list.iter()
        .map(|(key, value, source)| StatedFact::new(*key, *value, *source))
        .collect()
}

/// Every indicator with its points and the sentence that explains them, in Chinese and
/// English; the subtotals, bonus, vetoes, total and grade.
fn print_scorecard(rubric: &Rubric, card: &Scorecard) {
    println!(
        "     {} {} — {} (scorecard, 考核结果)",
        card.township, card.year, card.rubric
    );
    for d in &card.dimensions {
        println!(
            "     【{} {}】 {} / {}",
            d.name_zh, d.name_en, d.points, d.max
        );
        for i in &d.indicators {
            println!(
                "       {:>5}/{:<3} {}",
                i.points.to_string(),
                i.max,
                i.explanation_zh
            );
            println!("                 {}", i.explanation_en);
        }
    }
    if let Some(b) = &card.bonus {
        println!(
            "     【加分 Bonus】 {} (items {}, cap {})",
            b.points, b.raw, b.cap
        );
        for i in b.items.iter().filter(|i| i.evidence.is_some()) {
            println!(
                "       {:>5}     {}",
                i.points.to_string(),
                i.explanation_zh
            );
            println!("                 {}", i.explanation_en);
        }
    }
    for v in &card.vetoes {
        println!("     【一票否决 Veto】 {}", v.explanation_zh);
        println!("                 {}", v.explanation_en);
    }
    let bands: Vec<String> = rubric
        .grades()
        .iter()
        .map(|g| format!("{} ≥ {}", g.name_zh, g.at_least))
        .collect();
    let bonus = card.bonus.as_ref().map_or(Points::ZERO, |b| b.points);
    println!(
        "     total {} (dimensions {} of {}, bonus {bonus}); grade {} ({}) — bands {}",
        card.total,
        card.subtotal,
        card.max,
        card.grade.name_zh,
        card.grade.name_en,
        bands.join(", ")
    );
    if card.grade != card.grade_by_points {
        println!(
            "     (the points alone give {}; a veto caps the grade)",
            card.grade_by_points.name_zh
        );
    }
}

/// The county's ranking: 青山镇 and two townships whose records are built here, small, only
/// so that there is something to rank against — the output says which figure is which.
fn county_ranking(rubric: &Rubric, qingshan: Evidence) -> Result<(), Error> {
    use EvidenceKey as K;
    let end = day(12, 31);
    let check = "县人大常委会 2026-12-21 实地检查";
    let mut shiqiao = Evidence::derive(&small_township("石桥乡", true)?, 2026, end)?;
    shiqiao.state_all(stated(&[
        (K::OfficeSpace, Value::yes(), check),
        (K::Staffing, Value::level(2), "乡党委 2025年第3号任职文件"),
        (K::ActivityBudget, Value::yes(), "石桥乡2026年财政预算"),
        (K::RulesOfProcedureAdopted, Value::yes(), check),
        (K::PublicityItems, Value::count(2), "乡政府网站"),
        (K::Innovations, Value::count(1), "“板凳会”收集民意"),
    ]))?;
    let mut liuxi = Evidence::derive(&small_township("柳溪乡", false)?, 2026, end)?;
    liuxi.state_all(stated(&[
        (K::OfficeSpace, Value::yes(), check),
        (K::Staffing, Value::level(1), "乡党委 2025年第1号文件"),
        (K::PublicityItems, Value::count(1), "乡政府网站"),
    ]))?;
    println!("     the county's townships, and where their evidence comes from:");
    println!("       青山镇 — derived from the record above, plus the facts stated above");
    println!(
        "       石桥乡 — derived from a small record built for this example (its term, 15 deputies, one session that voted the government's report and the budget), plus 6 stated facts"
    );
    println!(
        "       柳溪乡 — only its term is on record (no session held in 2026), plus 3 stated facts"
    );
    let ranking = rubric.rank(&[qingshan, shiqiao, liuxi])?;
    let heads: Vec<&str> = rubric
        .dimensions()
        .iter()
        .map(|d| d.name_zh.as_str())
        .collect();
    println!(
        "     rank, township, total = {} + bonus, grade:",
        heads.join(" + ")
    );
    for row in &ranking.rows {
        let grade = rubric.grades().iter().find(|g| g.id == row.grade);
        let subtotals: Vec<String> = row.dimensions.iter().map(ToString::to_string).collect();
        println!(
            "     {:>4}  {}  {:>6} = {} + {}  {}{}",
            row.rank,
            row.township,
            row.total.to_string(),
            subtotals.join(" + "),
            row.bonus,
            grade.map_or("", |g| g.name_zh.as_str()),
            if row.vetoed {
                " (一票否决: vetoed)"
            } else {
                ""
            }
        );
    }
    for (leader, dim) in ranking.leaders.iter().zip(rubric.dimensions()) {
        println!(
            "     {} leader (单项第一): {} with {}",
            dim.name_zh,
            leader.townships.join("、"),
            leader.points
        );
    }
    Ok(())
}

/// A small township's record of 2026, built only for the ranking: its term of 15 deputies,
/// confirmed on 5 January, and, when it `sits`, one session on 20 January that opens with every
/// deputy present, elects its presidium, adopts its agenda and votes the government's work
/// report and the budget.
fn small_township(name: &str, sits: bool) -> Result<Ledger, Error> {
    let mut c = Clerk {
        ledger: Ledger::new(county_rules()),
    };
    let r = |change: RosterChange| Command::Roster(change);
    c.quiet(
        Actor::CountyStandingCommittee {},
        at(1, 5, 9),
        r(RosterChange::TermOpened {
            township: name.into(),
            number: 8,
            election_completed: day(1, 4),
            population: 1_800,
            seats: 15,
            uplift: false,
            township_kind: township_congress::roster::TownshipKind::Township,
            minorities: Vec::new(),
        }),
    )?;
    let all: std::collections::BTreeSet<DeputyId> = (1..=15).map(dep).collect();
    for n in 1..=15 {
        let constituency = ConstituencyId::from_u128(u128::from((n - 1) / 3) + 1);
        if n % 3 == 1 {
            let drawn = RosterChange::ConstituencyDrawn {
                constituency,
                name: format!("第{}选区", (n - 1) / 3 + 1),
                seats: 3,
                voters: 350,
            };
            c.quiet(Actor::ElectionCommittee {}, at(1, 5, 10), r(drawn))?;
        }
        let elected = RosterChange::DeputyElected {
            deputy: dep(n),
            name: format!("{name}代表{n:02}"),
            constituency,
            on: day(1, 4),
            by_election: false,
        };
        c.quiet(Actor::ElectionCommittee {}, at(1, 5, 10), r(elected))?;
    }
    let reviewed = RosterChange::CredentialsReviewed {
        valid: all.clone(),
        void: std::collections::BTreeSet::new(),
        on: day(1, 5),
    };
    c.quiet(Actor::CredentialsCommittee {}, at(1, 5, 11), r(reviewed))?;
    let confirmed = RosterChange::CredentialsConfirmed {
        deputies: all,
        on: day(1, 5),
    };
    c.quiet(Actor::Presidium {}, at(1, 5, 12), r(confirmed))?;
    c.quiet(
        Actor::Presidium {},
        at(1, 5, 13),
        r(RosterChange::DeputyListPublished { on: day(1, 5) }),
    )?;
    if sits {
        one_session(&mut c)?;
    }
    Ok(c.ledger)
}

/// The small township's one session: every deputy present and voting for each item.
fn one_session(c: &mut Clerk) -> Result<(), Error> {
    let s = |command: SessionCommand| Command::Session(command);
    let session = FIRST;
    let convene = SessionCommand::ConveneFirstSession {
        session,
        opens_on: day(1, 20),
    };
    c.quiet(Actor::Presidium {}, at(1, 10, 9), s(convene))?;
    let when = at(1, 20, 9);
    for n in 1..=15 {
        let present = SessionCommand::RecordAttendance {
            session,
            deputy: dep(n),
            attendance: Attendance::Present,
        };
        c.quiet(Actor::deputy(dep(n)), when, s(present))?;
    }
    c.quiet(
        Actor::Presidium {},
        when,
        s(SessionCommand::OpenSession { session }),
    )?;
    let items = [
        Subject::PresidiumElection {
            members: (1..=7).map(dep).collect(),
        },
        Subject::Agenda {},
        Subject::GovernmentWorkReport {},
        Subject::Budget {},
    ];
    for (k, subject) in (1_u128..).zip(items) {
        let item = ItemId::from_u128(k);
        let put = SessionCommand::PutItem {
            session,
            item,
            title: format!("议题{k}"),
            subject,
        };
        c.quiet(Actor::Presidium {}, when, s(put))?;
        for n in 1..=15 {
            let vote = SessionCommand::CastVote {
                session,
                item,
                choice: Choice::For,
            };
            c.quiet(Actor::deputy(dep(n)), when, s(vote))?;
        }
        c.quiet(
            Actor::Presidium {},
            when,
            s(SessionCommand::CloseVote { session, item }),
        )?;
    }
    c.quiet(
        Actor::Presidium {},
        at(1, 20, 17),
        s(SessionCommand::CloseSession { session }),
    )
}
