//! Reading the time of an envelope or an entry: the form the crate writes
//! (`2026-01-15T02:00:00Z`) is read directly; any other RFC 3339 form goes through chrono.

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{self, Deserializer, Visitor};

/// Deserializes a UTC time: the crate's own form fast, anything chrono reads otherwise.
pub(super) fn utc<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(UtcVisitor)
}

struct UtcVisitor;

impl Visitor<'_> for UtcVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an RFC 3339 date and time, such as 2026-01-15T02:00:00Z")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        if let Some(t) = fast(s.as_bytes()) {
            return Ok(t);
        }
        s.parse::<DateTime<Utc>>().map_err(E::custom)
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ`, exactly; `None` for anything else (left to chrono).
fn fast(b: &[u8]) -> Option<DateTime<Utc>> {
    let [
        y0,
        y1,
        y2,
        y3,
        b'-',
        m0,
        m1,
        b'-',
        d0,
        d1,
        b'T',
        h0,
        h1,
        b':',
        n0,
        n1,
        b':',
        s0,
        s1,
        b'Z',
    ] = *b
    else {
        return None;
    };
    let digit = |c: u8| c.is_ascii_digit().then(|| u32::from(c - b'0'));
    let two = |a: u8, b: u8| Some(digit(a)? * 10 + digit(b)?);
    let year = two(y0, y1)? * 100 + two(y2, y3)?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, two(m0, m1)?, two(d0, d1)?)?;
    let time = date.and_hms_opt(two(h0, h1)?, two(n0, n1)?, two(s0, s1)?)?;
    Some(time.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crates_own_form_and_any_rfc_3339() {
        let parse =
            |s: &str| serde_json::from_str::<Wrapper>(&format!("{{\"at\":\"{s}\"}}")).map(|w| w.at);
        let t = parse("2026-01-15T02:00:00Z").expect("own form");
        assert_eq!(t.to_rfc3339(), "2026-01-15T02:00:00+00:00");
        assert_eq!(parse("2026-01-15T10:00:00+08:00").expect("offset"), t);
        assert_eq!(parse("2026-01-15T02:00:00.000Z").expect("fraction"), t);
        // The fast path refuses what chrono refuses: no 30 February, no hour 24.
        assert!(parse("2026-02-30T02:00:00Z").is_err());
        assert!(parse("2026-01-15T24:00:00Z").is_err());
        assert!(parse("7").is_err());
        assert_eq!(fast(b"2026-01-15T02:00:00Z"), Some(t));
        assert_eq!(fast(b"2026-01-15T02:00:0xZ"), None);
    }

    #[derive(serde::Deserialize)]
    struct Wrapper {
        #[serde(deserialize_with = "utc")]
        at: DateTime<Utc>,
    }
}
