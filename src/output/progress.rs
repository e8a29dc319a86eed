//! indicatif bars for the drivers' [`Progress`] reports; hidden off a TTY or when asked.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::driver::{NoProgress, Progress};

struct Bar(Mutex<Option<ProgressBar>>);

const PERCENT: &str = "{msg:>12} [{bar:40}] {percent:>3}% {elapsed_precise} (eta {eta})";
const SPINNER: &str = "{spinner} {msg} ({elapsed})";
const BYTES: &str = "{msg:>12} [{bar:30}] {binary_bytes}/{binary_total_bytes} \
    {binary_bytes_per_sec} (eta {eta})";

impl Bar {
    fn begin(&self, template: &str, label: &str, total: u64) {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        bar.set_style(style);
        bar.set_message(label.to_owned());
        bar.enable_steady_tick(Duration::from_millis(200));
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(bar);
    }
}

impl Progress for Bar {
    fn start(&self, label: &str, total: u64) {
        self.begin(PERCENT, label, total);
    }
    fn start_bytes(&self, label: &str, total: u64) {
        self.begin(BYTES, label, total);
    }
    fn set_position(&self, position: u64) {
        if let Some(bar) = &*self.0.lock().unwrap_or_else(|e| e.into_inner()) {
            bar.set_position(position);
        }
    }
    fn finish(&self) {
        if let Some(bar) = self.0.lock().unwrap_or_else(|e| e.into_inner()).take() {
            bar.finish_and_clear();
        }
    }
    fn spin(&self, label: &str) {
        let spinner = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(SPINNER)
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        spinner.set_style(style);
        spinner.set_message(label.to_owned());
        spinner.enable_steady_tick(Duration::from_millis(100));
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(spinner);
    }
}

/// A bar on stderr when it is a terminal and progress is wanted; otherwise nothing.
pub fn progress_for(wanted: bool) -> Box<dyn Progress> {
    if wanted && std::io::stderr().is_terminal() {
        Box::new(Bar(Mutex::new(None)))
    } else {
        Box::new(NoProgress)
    }
}
