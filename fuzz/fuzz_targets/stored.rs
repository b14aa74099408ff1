//! `cargo fuzz run stored`: see `fuzz/src/lib.rs` (stored) for the input and the promises checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| township_congress_fuzz::stored(data));
