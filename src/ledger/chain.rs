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

use std::io;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use super::{Event, LedgerError, Recorded};
use crate::actor::Actor;

pub use crate::digest::{Digest, DigestParseError, GENESIS_TEXT};

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
        hasher.update(previous.as_bytes());
        serde_json::to_writer(HashWriter(&mut hasher), self).map_err(|e| {
            LedgerError::NotCanonical {
                message: crate::limits::bounded_message(&e.to_string()),
            }
        })?;
        Ok(Digest::from_bytes(hasher.finalize().into()))
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
        assert_eq!(
            Digest::GENESIS,
            Digest::from_bytes(computed),
            "{}",
            Digest::from_bytes(computed)
        );
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
