//! blockctl's CLI tests: one test binary, the real binary, real qemu-img.

// Tests spawn blockctl, qemu-img and qemu-io themselves to observe the product from outside.
#![allow(clippy::disallowed_methods)]

mod support;

mod api;
mod api_attachments;
mod api_auth;
mod api_crash;
mod api_microversions;
mod attach;
mod backends;
mod backup;
mod completion;
mod concurrency;
mod crash;
mod doctor;
mod examples;
mod exit_codes;
mod fault_injection;
mod generated;
mod interactive;
mod interrupt;
#[cfg(feature = "rbd")]
mod iscsi;
mod json_contract;
mod keystone;
mod lifecycle;
mod lvm;
#[cfg(feature = "rbd")]
mod multibackend;
mod openstack_clients;
#[cfg(feature = "rbd")]
mod rbd;
#[cfg(feature = "rbd")]
mod rbd_backup;
#[cfg(feature = "rbd")]
mod rbd_backup_pool;
mod readme;
mod remote;
mod remote_admin;
mod tls;
