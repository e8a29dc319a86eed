//! blockctl's CLI tests: one test binary, the real binary, real qemu-img.

mod support;

mod concurrency;
mod crash;
mod exit_codes;
mod fault_injection;
mod generated;
mod json_contract;
mod lifecycle;
