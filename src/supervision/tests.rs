//! Unit tests of supervision: each event's rules through the ledger, refusals leaving it
//! byte-identical, and the error codes.
