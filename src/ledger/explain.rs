//! Refusals explained against a record (说明): the crate's [`Error`] with the deputies, units,
//! contact stations and deputy groups the ledger's roster knows named instead of their ids.
//! Here, beside the state it reads, so that the error module stays below the ledger.

use std::collections::BTreeMap;

use uuid::Uuid;

use super::State;
use crate::error::{Error, Refusal};
use crate::label::Words;

impl Error {
    /// Both sentences with the deputies, units, contact stations and deputy groups the
    /// roster knows named instead of their ids (说明): `deputy 王五` / `代表王五`.
    ///
    /// Ids the roster does not know stay as they are.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::{Error, Ledger, Rulebook, ids::DeputyId, session::SessionError};
    ///
    /// // An empty record knows no deputy, so the id stays; once the roster has 王五, the
    /// // sentences read `deputy 王五` and `代表王五`.
    /// let ledger = Ledger::new(Rulebook::NATIONAL);
    /// let e: Error = SessionError::NotPresent { deputy: DeputyId::from_u128(7) }.into();
    /// let words = e.explain(ledger.state());
    /// assert!(words.en.contains("00000000-0000-0000-0000-000000000007"));
    /// assert_eq!(words.zh, e.zh().to_string());
    /// ```
    #[must_use]
    pub fn explain(&self, state: &State) -> Words {
        let names = names(state);
        Words::new(
            with_names(&self.to_string(), &names),
            with_names(&self.zh().to_string(), &names),
        )
    }

    /// The refusal with deputies and units named from the ledger's state
    /// ([`Error::explain`]); the `error` keeps the ids.
    #[must_use]
    pub fn refusal_in(&self, state: &State) -> Refusal {
        Refusal::new(self, self.explain(state))
    }
}

/// The names the roster gives to ids: deputies, units, contact stations, deputy groups.
fn names(state: &State) -> BTreeMap<Uuid, String> {
    let roster = state.roster();
    let deputies = roster.deputies().map(|d| (*d.id.as_uuid(), d.name.clone()));
    let units = roster.units().map(|u| (*u.id.as_uuid(), u.name.clone()));
    let stations = roster.stations().map(|s| (*s.id.as_uuid(), s.name.clone()));
    let groups = roster.groups().map(|g| (*g.id.as_uuid(), g.name.clone()));
    deputies
        .chain(units)
        .chain(stations)
        .chain(groups)
        .collect()
}

/// `text` with every id in `names` replaced by its name.
fn with_names(text: &str, names: &BTreeMap<Uuid, String>) -> String {
    const LEN: usize = 36; // a hyphenated uuid
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        let id = rest.get(..LEN).and_then(|s| Uuid::try_parse(s).ok());
        if let Some(name) = id.and_then(|id| names.get(&id)) {
            out.push_str(name);
            i += LEN;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        out.push(c);
        i += c.len_utf8();
    }
    out
}
