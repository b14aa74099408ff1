//! The national rulebook is the statute; provinces add their rules through the shipped
//! profiles. Through the public API only: a township built through the fixture builder,
//! commands through `Ledger::execute`, refusals that leave the ledger byte-identical.
//!
//! Also keeps `docs/rules.md` in step with the rulebook: regenerate it with
//! `UPDATE_DOCS=1 cargo test --test provinces`.

mod common;

use std::collections::BTreeSet;

use common::{S1, Town, TownBuilder, day, dep, item, presidium};
use township_congress::error::Error;
use township_congress::ids::{DeputyId, SessionId};
use township_congress::presidium::{PresidiumCommand, PresidiumError};
use township_congress::rulebook::{
    Authority, RuleField, RulebookError, RulebookProfile, SizeBounds, SizeCondition, rules_markdown,
};
use township_congress::session::{SessionCommand, SessionError, Subject};
use township_congress::{Rulebook, Threshold};

fn province(name: &str) -> Rulebook {
    Rulebook::province(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The first session convened for 15 January with 31 deputies present and, where the rulebook
/// has no preparatory meeting (national law has none), opened: the presidium is then the
/// first item either way.
fn ready_to_elect_the_presidium(town: TownBuilder) -> Town {
    let mut t = town.first_session_convened(1..=31);
    if !t.ledger.rules().preparatory_meeting().value {
        t.open(S1);
    }
    t
}

fn list(n: u32) -> BTreeSet<DeputyId> {
    (1..=n).map(dep).collect()
}

/// The presidium's election with `n` members, put to the session.
fn put_presidium(n: u32) -> SessionCommand {
    SessionCommand::PutItem {
        session: S1,
        item: item(1),
        title: "选举大会主席团".into(),
        subject: Subject::PresidiumElection { members: list(n) },
    }
}

/// A presidium of `n` members recorded by hand (the previous term's, before the record's
/// first session).
fn record_presidium(n: u32) -> PresidiumCommand {
    PresidiumCommand::RecordMembership {
        session: SessionId::from_u128(99),
        members: list(n),
        on: day(1, 5),
    }
}

/// Rule: 组织法2022 第十九条第一款 — national law sets no presidium size: six is lawful.
#[test]
fn national_accepts_a_presidium_of_six() {
    let mut t = ready_to_elect_the_presidium(Town::with_deputies(46));
    t.ok(presidium(), put_presidium(6));
    let mut t = Town::with_deputies(46).build();
    t.ok(presidium(), record_presidium(6));
    assert_eq!(
        t.ledger
            .state()
            .presidium()
            .members_at(t.ledger.roster(), day(1, 5))
            .len(),
        6
    );
}

/// Rule: 浙江 2016 第八条第二款 — seven to thirteen (seventeen where the county finds the
/// township qualifies): six is refused, citing the article and the field.
#[test]
fn zhejiang_refuses_a_presidium_of_six() {
    let rules = province("浙江");
    let mut t = ready_to_elect_the_presidium(Town::with_deputies(46).rules(rules.clone()));
    let e = t.refused(presidium(), put_presidium(6));
    assert_eq!(
        e,
        Error::Session(SessionError::PresidiumSize {
            allowed: SizeBounds {
                min: Some(7),
                max: Some(17),
            },
            got: 6,
            basis: rules.basis(RuleField::PresidiumSizeMin),
        })
    );
    assert_eq!(
        e.to_string(),
        "the presidium must have 7 to 17 members, chair and vice-chairs included; the list makes 6 (浙江省乡镇人民代表大会工作条例2016 第八条第二款; provincial rule, field `presidium_size_min`)"
    );
    t.ok(presidium(), put_presidium(7));

    let mut t = Town::with_deputies(46).rules(rules).build();
    let e = t.refused(presidium(), record_presidium(6));
    assert!(
        matches!(
            e,
            Error::Presidium(PresidiumError::SizeOutOfRange { size: 6, .. })
        ),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("浙江省乡镇人民代表大会工作条例2016 第八条第二款"),
        "{e}"
    );
}

/// Rule: 北京 2016 第十七条第二款 — five to nine: ten is refused, at the preparatory meeting
/// 北京 holds (第八条第一款) and when recorded by hand.
#[test]
fn beijing_refuses_a_presidium_of_ten() {
    let rules = province("北京");
    let mut t = ready_to_elect_the_presidium(Town::with_deputies(46).rules(rules.clone()));
    let e = t.refused(presidium(), put_presidium(10));
    assert_eq!(
        e,
        Error::Session(SessionError::PresidiumSize {
            allowed: SizeBounds {
                min: Some(5),
                max: Some(9),
            },
            got: 10,
            basis: rules.basis(RuleField::PresidiumSizeMax),
        })
    );
    assert!(
        e.to_string().contains(
            "北京市乡、民族乡、镇人民代表大会组织条例2016 第十七条第二款; provincial rule, field `presidium_size_max`"
        ),
        "{e}"
    );
    t.ok(presidium(), put_presidium(9));

    let mut t = Town::with_deputies(46).rules(rules).build();
    let e = t.refused(presidium(), record_presidium(10));
    assert!(
        matches!(
            e,
            Error::Presidium(PresidiumError::SizeOutOfRange { size: 10, .. })
        ),
        "{e}"
    );
    // The same ten are lawful nationally.
    let mut t = Town::with_deputies(46).build();
    t.ok(presidium(), record_presidium(10));
}

/// Rule: 重庆 2016 第三十条第一款 — seven to eleven; at most thirteen with 90,000 inhabitants
/// or more ("九万人以上", the bound included), measured on the term's population.
#[test]
fn chongqing_allows_thirteen_from_ninety_thousand_inhabitants() {
    let town = |population| {
        let builder = Town::with_deputies(46)
            .rules(province("重庆"))
            .population(population);
        ready_to_elect_the_presidium(builder)
    };
    let mut small = town(89_999);
    let e = small.refused(presidium(), put_presidium(12));
    assert!(
        e.to_string().contains("field `presidium_size_max`")
            && e.to_string().contains("第三十条第一款"),
        "{e}"
    );

    let mut large = town(90_000);
    let e = large.refused(presidium(), put_presidium(14));
    assert!(
        e.to_string().contains("7 to 13")
            && e.to_string()
                .contains("field `presidium_size_max_extended`"),
        "{e}"
    );
    large.ok(presidium(), put_presidium(13));
}

/// Rule: the preparatory meeting is provincial (重庆 第十二条); nationally a session opens
/// without one and elects its presidium first.
#[test]
fn the_preparatory_meeting_is_provincial() {
    let mut national = ready_to_elect_the_presidium(Town::with_deputies(46));
    let resolution = SessionCommand::PutItem {
        session: S1,
        item: item(5),
        title: "决议".into(),
        subject: Subject::Resolution {},
    };
    let e = national.refused(presidium(), resolution);
    assert_eq!(
        e.to_string(),
        "the session must elect its presidium first (组织法2022 第十九条第一款)"
    );

    let mut chongqing =
        ready_to_elect_the_presidium(Town::with_deputies(46).rules(province("重庆")));
    let e = chongqing.refused(presidium(), SessionCommand::OpenSession { session: S1 });
    assert_eq!(
        e.to_string(),
        "the preparatory meeting must elect the session's presidium first (重庆市乡镇人民代表大会工作条例2016 第十二条第一款; provincial rule, field `preparatory_meeting`)"
    );
}

/// Each shipped profile loads and validates, and its values are the provincial texts' (spot
/// checks against law.md's "Provincial variation").
#[test]
fn every_shipped_profile_loads_with_its_articles() {
    assert_eq!(
        Rulebook::PROVINCES,
        ["北京", "重庆", "河南", "江苏", "山东", "浙江"]
    );
    for name in Rulebook::PROVINCES {
        let rules = province(name);
        assert!(rules.validate().is_ok(), "{name}");
        let full = Rulebook::province(rules.name());
        assert_eq!(full.as_ref().ok(), Some(&rules), "{name} by its full name");
        // Everything a profile changes is provincial and cites the province's regulation.
        let national = Rulebook::NATIONAL.entries();
        for (p, n) in rules.entries().iter().zip(&national) {
            if p != n {
                assert_eq!(p.authority, Authority::Provincial, "{name} {}", p.field);
                assert!(p.citation.law.starts_with(name), "{name} {}", p.citation);
            }
        }
    }

    let zhejiang = province("浙江");
    assert_eq!(zhejiang.name(), "浙江省");
    assert_eq!(
        (
            zhejiang.presidium_size_min().value,
            zhejiang.presidium_size_max().value
        ),
        (Some(7), Some(13))
    );
    let extended = zhejiang.presidium_size_max_extended().value.expect("17");
    assert_eq!(
        (extended.max, extended.when),
        (17, SizeCondition::Discretionary {})
    );
    assert_eq!(zhejiang.presidium_meeting_interval_months().value, Some(3));
    assert!(zhejiang.presidium_members_no_administrative_post().value);
    assert!(!zhejiang.preparatory_meeting().value);
    assert_eq!(
        zhejiang.presidium_quorum().citation.to_string(),
        "浙江省乡镇人民代表大会工作条例2016 第二十四条第二款"
    );
    assert_eq!(
        zhejiang
            .presidium_members_no_administrative_post()
            .citation
            .to_string(),
        "浙江省乡镇人民代表大会工作条例2016 第三十八条"
    );

    let chongqing = province("重庆");
    assert!(chongqing.preparatory_meeting().value);
    assert_eq!(
        chongqing.preparatory_meeting().citation.to_string(),
        "重庆市乡镇人民代表大会工作条例2016 第十二条第一款"
    );
    assert_eq!(
        (
            chongqing.suggestion_reply_months().value,
            chongqing.suggestion_complex_reply_months().value
        ),
        (2, 4)
    );
    assert_eq!(
        chongqing
            .presidium_size_max_extended()
            .value
            .map(|e| e.when),
        Some(SizeCondition::PopulationAtLeast {
            inhabitants: 90_000
        })
    );
    assert!(chongqing.presidium_members_no_administrative_post().value);
    assert_eq!(chongqing.presidium_meeting_interval_months().value, None);

    let beijing = province("北京");
    assert_eq!(
        (
            beijing.presidium_size_min().value,
            beijing.presidium_size_max().value
        ),
        (Some(5), Some(9))
    );
    assert_eq!(beijing.sessions_per_year_min().value, 2);
    assert!(beijing.preparatory_meeting().value);

    let shandong = province("山东");
    assert!(shandong.preparatory_meeting().value);
    assert_eq!(
        shandong.preparatory_meeting().citation.to_string(),
        "山东省乡镇人民代表大会工作若干规定2015 第七条"
    );
    let extended = shandong.presidium_size_max_extended().value.expect("13");
    assert_eq!(
        (extended.max, extended.when),
        (13, SizeCondition::DeputiesAtLeast { deputies: 90 })
    );
    assert_eq!(
        shandong.presidium_adoption().citation.to_string(),
        "山东省乡镇人民代表大会工作若干规定2015 第八条第四款"
    );
    // No quorum in the text: the national default stays.
    assert_eq!(
        shandong.presidium_quorum(),
        Rulebook::NATIONAL.presidium_quorum()
    );

    let henan = province("河南");
    assert_eq!(
        henan.presidium_size_max_extended().value.map(|e| e.max),
        Some(15)
    );
    assert_eq!(
        henan.presidium_quorum().citation.to_string(),
        "河南省乡镇人民代表大会主席团工作条例2016 第五条第二款"
    );
    // Its bar covers township-government posts only, which the flag cannot express.
    assert!(!henan.presidium_members_no_administrative_post().value);

    let jiangsu = province("江苏");
    assert_eq!(jiangsu.presidium_quorum().value, Threshold::TWO_THIRDS);
    assert_eq!(
        jiangsu.presidium_size_max_extended().value.map(|e| e.when),
        Some(SizeCondition::DeputiesMoreThan { deputies: 100 })
    );
    let description = RulebookProfile::province("江苏")
        .ok()
        .and_then(|p| p.description)
        .unwrap_or_default();
    assert!(description.starts_with("Unverified"), "{description}");
}

#[test]
fn an_unknown_province_names_the_shipped_ones() {
    match Rulebook::province("上海") {
        Err(RulebookError::UnknownProvince { name, shipped }) => {
            assert_eq!(name, "上海");
            assert_eq!(shipped, Rulebook::PROVINCES);
        }
        other => panic!("expected UnknownProvince, got {other:?}"),
    }
}

fn rules_md_path() -> std::path::PathBuf {
    std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("docs/rules.md")
}

/// `docs/rules.md` is what readers see of the rules; a change to a field, a value or a
/// profile must show up there in the same commit. Regenerate with
/// `UPDATE_DOCS=1 cargo test --test provinces`.
#[test]
fn docs_rules_md_has_not_drifted() {
    let path = rules_md_path();
    let fresh = rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().expect("docs folder")).expect("docs folder");
        std::fs::write(&path, &fresh).expect("docs/rules.md written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "docs/rules.md is stale; run `UPDATE_DOCS=1 cargo test --test provinces` and commit docs/rules.md"
    );
}

/// Every field has a row, and every shipped province a column and a section.
#[test]
fn docs_rules_md_lists_every_field_and_province() {
    let committed = std::fs::read_to_string(rules_md_path()).unwrap_or_default();
    for entry in Rulebook::NATIONAL.entries() {
        assert!(
            committed.contains(&format!("| `{}` |", entry.field)),
            "{}",
            entry.field
        );
    }
    let header = committed
        .lines()
        .find(|l| l.starts_with("| field |"))
        .unwrap_or_default();
    assert!(header.contains(" 江苏 (unverified) |"), "{header}");
    for name in Rulebook::PROVINCES {
        let full = province(name).name().to_owned();
        assert!(header.contains(&format!(" {name}")), "{name} has no column");
        assert!(
            committed.contains(&format!("### {name} ({full})")),
            "{name} has no section"
        );
    }
    assert!(committed.contains("浙江省乡镇人民代表大会工作条例2016 第八条第二款"));
}
