//! Broken wire input names the JSON path of the failing field and, in JSON Lines, the line:
//! a bad date, a misspelt field, an unknown tag, a bad id — at the top level and inside
//! internally tagged objects, where serde alone loses track.

mod common;

use common::Town;
use township_congress::json::{self, ParseError};
use township_congress::{Envelope, Rulebook};

/// A valid envelope fixing the deputy quota, as JSON, with `edit` applied to its text.
fn term_opened(edit: impl Fn(String) -> String) -> String {
    edit(
        r#"{"actor":{"kind":"county_standing_committee"},"at":"2026-01-05T02:00:00Z","command":{"roster":{"kind":"term_opened","township":"青山镇","number":8,"election_completed":"2026-01-04","population":28600,"seats":46,"uplift":false,"township_kind":"town","minorities":[]}}}"#
            .to_owned(),
    )
}

fn refused(json: &str) -> ParseError {
    match Envelope::from_json(json) {
        Ok(e) => panic!("accepted {e:?}"),
        Err(e) => e,
    }
}

#[test]
fn a_valid_envelope_reads() {
    assert!(Envelope::from_json(&term_opened(|s| s)).is_ok());
}

#[test]
fn a_bad_date_inside_a_command_names_its_field() {
    let e = refused(&term_opened(|s| s.replace("2026-01-04", "2026-02-30")));
    assert_eq!(e.path, "command.roster.election_completed");
    assert!(e.message.contains("out of range"), "{e}");
    assert!(
        e.to_string()
            .starts_with("at `command.roster.election_completed`: ")
    );
    assert!(e.zh().contains("`command.roster.election_completed` 处"));
}

#[test]
fn a_misspelt_field_is_named() {
    let e = refused(&term_opened(|s| {
        s.replace("\"population\"", "\"populaton\"")
    }));
    assert_eq!(e.path, "command.roster.populaton");
    assert!(e.message.contains("unknown field `populaton`"), "{e}");
}

#[test]
fn an_unknown_tag_is_named() {
    let e = refused(&term_opened(|s| s.replace("term_opened", "term_openned")));
    assert_eq!(e.path, "command.roster.kind");
    assert!(e.message.contains("unknown variant `term_openned`"), "{e}");
    let e = refused(&term_opened(|s| s.replace("\"roster\"", "\"rooster\"")));
    assert_eq!(e.path, "command.rooster");
    assert!(e.message.contains("unknown variant `rooster`"), "{e}");
}

#[test]
fn a_bad_id_is_named() {
    let json = r#"{"actor":{"kind":"deputy","deputy":"7"},"at":"2026-01-05T02:00:00Z","command":{"session":{"kind":"sign_interim_proposal","session":"00000000-0000-0000-0000-000000000001"}}}"#;
    let e = refused(json);
    assert_eq!(e.path, "actor.deputy");
    assert!(e.message.contains("UUID"), "{e}");
    let json = json
        .replace("\"7\"", "\"00000000-0000-0000-0000-000000000007\"")
        .replace("000000000001\"}}}", "01\"}}}");
    let e = refused(&json);
    assert_eq!(e.path, "command.session.session");
}

#[test]
fn a_bad_time_at_the_top_level_is_named() {
    let e = refused(&term_opened(|s| {
        s.replace("2026-01-05T02:00:00Z", "2026-01-05 02:00")
    }));
    assert_eq!(e.path, "at");
}

#[test]
fn a_log_names_the_line() {
    let mut t = Town::with_deputies(6).build();
    t.on(1, 6);
    let lines: Vec<String> = t
        .ledger
        .events()
        .iter()
        .map(|r| serde_json::to_string(r).expect("serializable"))
        .collect();
    let good = lines.join("\n");
    let log = json::log(&good).expect("reads");
    assert_eq!(log.len(), t.ledger.events().len());
    let replayed = township_congress::Ledger::replay_log(t.ledger.rules().clone(), log);
    assert!(replayed.is_ok());
    let mut broken = lines.clone();
    broken[2] = broken[2].replace("\"seq\":3", "\"seq\":\"3\"");
    let e = json::log(&broken.join("\n\n")).expect_err("misspelt");
    assert_eq!(e.line, Some(5), "blank lines count as lines");
    assert_eq!(e.path, "seq");
    assert!(e.to_string().starts_with("line 5, at `seq`: "), "{e}");
}

#[test]
fn envelopes_are_read_line_by_line() {
    let text = format!(
        "{}\n{}\n",
        term_opened(|s| s),
        term_opened(|s| s.replace("46", "\"46\""))
    );
    let read: Vec<_> = json::envelopes(&text).collect();
    assert!(read[0].is_ok());
    let e = read[1].as_ref().expect_err("a string for a number");
    assert_eq!((e.line, e.path.as_str()), (Some(2), "command.roster.seats"));
}

#[test]
fn a_profile_names_its_field() {
    let e = Rulebook::from_profile_json(
        r#"{"name":"某县","rules":{"session_quorum":{"value":{"at_least":{"num":2,"den":"3"}},"citation":{"law":"x","year":2020,"article":1}}}}"#,
    )
    .expect_err("a string for a number");
    assert!(
        e.to_string()
            .contains("rules.session_quorum.value.at_least.den"),
        "{e}"
    );
}

#[test]
fn a_huge_bad_value_is_quoted_in_part() {
    let name = "青".repeat(200_000);
    let e = refused(&term_opened(|s| {
        s.replace("\"town\"", &format!("\"{name}\""))
    }));
    assert!(
        e.message.chars().count() < 400,
        "{} chars",
        e.message.chars().count()
    );
}
