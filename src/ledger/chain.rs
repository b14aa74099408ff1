//! The archive's hash chain (哈希链): each entry's [`Digest`] covers its canonical bytes and the
//! digest of the entry before it, so an edit of any past entry, lawful-looking or not, changes
//! every digest from there on and the [`Ledger::head`](super::Ledger::head).
//!
//! The canonical form, step by step (`docs/archive.md` has it with a worked example):
//!
//! 1. The entry's JSON as the crate writes it, without its `digest` field: the fields `seq`,
//!    `at`, `actor`, `event`, `effects` (left out when empty) in that order, no whitespace,
//!    serde_json's escaping (only `"`, `\` and control characters; no `\u` escapes of other
//!    characters), times as RFC 3339 UTC with `Z`.
//! 2. `digest = SHA-256(previous digest, 32 bytes ‖ canonical bytes)`.
//! 3. The first entry's previous digest is [`Digest::GENESIS`], the SHA-256 of the ASCII bytes
//!    `township-congress/archive/v1`.

use std::fmt;
use std::io;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::{Event, LedgerError, Recorded};
use crate::actor::Actor;

/// The text whose SHA-256 is [`Digest::GENESIS`], the digest "before" the first entry.
pub const GENESIS_TEXT: &str = "township-congress/archive/v1";

/// A SHA-256 digest of an archive entry chained to the one before (摘要): 32 bytes, written as
/// 64 lowercase hexadecimal digits.
///
/// # Examples
///
/// ```
/// use township_congress::ledger::Digest;
///
/// let genesis = Digest::GENESIS.to_string();
/// assert_eq!(genesis.len(), 64);
/// let back: Digest = genesis.parse()?;
/// assert_eq!(back, Digest::GENESIS);
/// assert!("ABC".parse::<Digest>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "摘要")]
#[doc(alias = "哈希")]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Digest([u8; 32]);

impl Digest {
    /// The digest that precedes the first entry: SHA-256 of [`GENESIS_TEXT`]
    /// (`township-congress/archive/v1`), `551b9d1b…5e7f770a`. A test recomputes it.
    pub const GENESIS: Self = Self([
        0x55, 0x1b, 0x9d, 0x1b, 0xc7, 0x3d, 0x59, 0x05, 0xf8, 0xa6, 0x51, 0xd6, 0x06, 0xf2, 0x67,
        0x16, 0x67, 0x6f, 0x03, 0x3b, 0xb6, 0x06, 0x7d, 0x1c, 0x54, 0x6e, 0x34, 0xf5, 0x5e, 0x7f,
        0x77, 0x0a,
    ]);

    /// A digest from its 32 bytes.
    #[must_use]
    pub const fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The 32 bytes.
    #[must_use]
    pub const fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({self})")
    }
}

/// A digest that is not 64 lowercase hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a digest is 64 lowercase hexadecimal digits, got {chars} character(s)")]
#[non_exhaustive]
pub struct DigestParseError {
    /// How many characters the text had.
    pub chars: usize,
}

impl std::str::FromStr for Digest {
    type Err = DigestParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = || DigestParseError {
            chars: s.chars().count(),
        };
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        };
        if s.len() != 64 {
            return Err(fail());
        }
        let mut out = [0u8; 32];
        for (byte, pair) in out.iter_mut().zip(s.as_bytes().chunks_exact(2)) {
            let [hi, lo] = pair else { return Err(fail()) };
            *byte = (digit(*hi).ok_or_else(fail)? << 4) | digit(*lo).ok_or_else(fail)?;
        }
        Ok(Self(out))
    }
}

impl Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Hex;
        impl serde::de::Visitor<'_> for Hex {
            type Value = Digest;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("64 lowercase hexadecimal digits")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Digest, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Hex)
    }
}

impl JsonSchema for Digest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Digest".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "SHA-256 of the entry's canonical bytes chained to the previous entry's digest (docs/archive.md), as 64 lowercase hexadecimal digits.",
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
        })
    }
}

/// An entry without its digest, in the order of [`Recorded`]'s fields: what is hashed.
#[derive(Serialize)]
pub(super) struct Canonical<'a> {
    pub(super) seq: u64,
    pub(super) at: &'a DateTime<Utc>,
    pub(super) actor: &'a Actor,
    pub(super) event: &'a Event,
    #[serde(skip_serializing_if = "<[Event]>::is_empty")]
    pub(super) effects: &'a [Event],
}

impl Canonical<'_> {
    /// The entry's digest chained to `previous`.
    ///
    /// # Errors
    ///
    /// [`LedgerError::NotCanonical`] if the entry cannot be written as JSON (no wire type of
    /// the crate fails to; the error keeps a short excerpt of serde's message).
    pub(super) fn digest(&self, previous: &Digest) -> Result<Digest, LedgerError> {
        let mut hasher = Sha256::new();
        hasher.update(previous.0);
        serde_json::to_writer(HashWriter(&mut hasher), self).map_err(|e| {
            LedgerError::NotCanonical {
                message: crate::limits::bounded_message(&e.to_string()),
            }
        })?;
        Ok(Digest(hasher.finalize().into()))
    }
}

/// Feeds what serde_json writes straight into the hash, without a buffer.
struct HashWriter<'a>(&'a mut Sha256);

impl io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Recorded {
    /// The entry without its digest, as it is hashed.
    pub(super) fn canonical(&self) -> Canonical<'_> {
        Canonical {
            seq: self.seq,
            at: &self.at,
            actor: &self.actor,
            event: &self.event,
            effects: &self.effects,
        }
    }

    /// The digest this entry should carry after an entry whose digest is `previous`
    /// ([`Digest::GENESIS`] for the first): SHA-256 of `previous` and the entry's canonical
    /// bytes (`docs/archive.md`). [`Ledger::replay`](super::Ledger::replay) compares it with
    /// [`Recorded::digest`].
    ///
    /// # Errors
    ///
    /// [`LedgerError::NotCanonical`] if the entry cannot be written as JSON; no entry the
    /// crate records or reads fails to.
    pub fn chained_digest(&self, previous: &Digest) -> Result<Digest, LedgerError> {
        self.canonical().digest(previous)
    }

    /// The canonical bytes of the entry: its JSON without the `digest` field, as hashed.
    ///
    /// # Errors
    ///
    /// As [`Recorded::chained_digest`].
    pub fn canonical_bytes(&self) -> Result<Vec<u8>, LedgerError> {
        serde_json::to_vec(&self.canonical()).map_err(|e| LedgerError::NotCanonical {
            message: crate::limits::bounded_message(&e.to_string()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genesis_is_the_sha256_of_its_text() {
        let computed: [u8; 32] = Sha256::digest(GENESIS_TEXT.as_bytes()).into();
        assert_eq!(Digest::GENESIS, Digest(computed), "{}", Digest(computed));
    }

    #[test]
    fn hex_round_trips_and_refuses_anything_else() {
        let d = Digest::GENESIS;
        let hex = d.to_string();
        assert_eq!(hex.len(), 64);
        assert!(
            hex.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        assert_eq!(hex.parse::<Digest>(), Ok(d));
        let json = serde_json::to_string(&d).expect("serializes");
        assert_eq!(json, format!("\"{hex}\""));
        assert_eq!(serde_json::from_str::<Digest>(&json).expect("reads"), d);
        for bad in [
            hex.to_uppercase(),
            hex[..63].to_owned(),
            format!("{hex}0"),
            format!("{}g", &hex[..63]),
            "é".repeat(32),
            String::new(),
        ] {
            assert!(bad.parse::<Digest>().is_err(), "{bad}");
            assert!(serde_json::from_str::<Digest>(&format!("\"{bad}\"")).is_err());
        }
        assert_eq!(format!("{d:?}"), format!("Digest({hex})"));
    }
}
