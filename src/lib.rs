//! blockctl: Cinder's volume flows, run in the operator's own process.
//!
//! Layers, top to bottom: [`cli`] (clap) calls the [`service::Service`]; the local service
//! runs [`flows`] on the [`flow`] engine, which journals into the [`catalogue`] and drives a
//! [`driver`] and, to attach volumes, a [`target`] helper. Only [`output`] prints.

pub mod api;
pub mod backend;
pub mod backup;
pub mod catalogue;
pub mod cli;
pub mod config;
pub mod driver;
pub mod error;
pub mod flow;
pub mod flows;
pub mod lock;
pub mod model;
pub mod output;
pub mod process;
pub mod scheduler;
pub mod service;
pub mod target;
