//! The phrasebook's tests: every English phrase an error carries has its Chinese.

use super::*;

/// Literals in these files that are not phrases an error carries.
const NOT_PHRASES: &[&str] = &[
    "an RFC 3339 date and time, such as 2026-01-15T02:00:00Z",
    "proportionally ",
    "none is recorded",
    "deputy township head",
    "township head",
    "deprived of political rights",
    "lost capacity",
    "lost nationality",
    "moved out",
    "ordered to resign, resignation accepted",
    "resignation accepted",
    "transferred out",
    "unexcused absences",
    "elected in a void election",
    "elected, awaiting confirmation",
    "not yet elected",
    "the date's publication",
    "the materials",
    "the notice to deputies",
    // Words written beside their Chinese (`Words::new(en, zh)`).
    "not adopted",
    "no session",
];

/// The multi-word English literals of a source file, outside its tests and comments.
fn phrases(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        if line.starts_with("//") || line.starts_with("#[") {
            continue;
        }
        for (i, part) in line.split('"').enumerate() {
            let english = part.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && part.contains(' ')
                && !part.contains(['{', '\\', '`'])
                && part.is_ascii();
            if i % 2 == 1 && english {
                found.push(part.to_owned());
            }
        }
    }
    found
}

fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

#[test]
fn every_phrase_an_error_carries_has_its_chinese() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in [
        "session",
        "presidium",
        "roster",
        "ledger",
        "scoring",
        "error",
    ] {
        sources(&root.join(dir), &mut files);
    }
    files.push(root.join("actor.rs"));
    let mut missing = std::collections::BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for p in phrases(&text) {
            let known = PHRASES.iter().any(|(en, _)| *en == p);
            if !known && !NOT_PHRASES.contains(&p.as_str()) {
                missing.insert(format!("{}: {p}", file.display()));
            }
        }
    }
    assert!(files.len() > 20, "{files:?}");
    assert!(
        missing.is_empty(),
        "phrases without Chinese (add them to label::PHRASES): {missing:#?}"
    );
}

#[test]
fn the_phrasebook_has_one_chinese_line_per_phrase() {
    let mut seen = std::collections::BTreeSet::new();
    for (en, zh) in PHRASES {
        assert!(seen.insert(*en), "{en} twice");
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{zh}"
        );
    }
    assert_eq!(phrase_zh("the presidium"), "主席团");
    assert_eq!(phrase_zh("not in the book"), "not in the book");
    assert_eq!(person_zh("deputy 7"), "代表7");
    assert_eq!(person_zh("the presidium"), "主席团");
    assert_eq!(person_zh("李四"), "李四");
}
