//! `cargo fuzz run envelope`: see `fuzz/src/lib.rs` (envelope) for the input and the promises checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| township_congress_fuzz::envelope(data));
